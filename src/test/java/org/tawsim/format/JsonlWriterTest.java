package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

    private static String write(CorpusDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonlWriter writer = new JsonlWriter(out)) {
            for (CorpusDocument document : documents) {
                writer.write(document);
            }
        }
        return out.toString();
    }

    @Test
    void writesTheGoldenFile() throws IOException {
        // the golden file was made by a Python script with json.dumps and Python string indices
        assertThat(write(SampleDocuments.jasim(), SampleDocuments.emoji()))
                .isEqualTo(SampleDocuments.golden("jsonl/two-documents.jsonl"));
    }

    @Test
    void offsetsFollowPythonSlicingAfterAnEmoji() throws IOException {
        JsonNode line = new ObjectMapper().readTree(write(SampleDocuments.emoji()));
        String text = line.get("text").textValue();
        JsonNode john = line.get("spans").get(0);
        assertThat(john.get("start").intValue()).isEqualTo(6);   // text.indexOf would say 7
        assertThat(text.indexOf("John")).isEqualTo(7);
        for (JsonNode span : line.get("spans")) {
            assertThat(SampleDocuments.slice(text, span.get("start").intValue(), span.get("end").intValue()))
                    .isEqualTo(span.get("text").textValue());
        }
        for (JsonNode token : line.get("tokens")) {
            assertThat(SampleDocuments.slice(text, token.get("start").intValue(), token.get("end").intValue()))
                    .isEqualTo(token.get("text").textValue());
        }
        // token_end is inclusive: John Smith is tokens 2 and 3
        assertThat(john.get("token_start").intValue()).isEqualTo(2);
        assertThat(john.get("token_end").intValue()).isEqualTo(3);
    }

    @Test
    void aCliticSpanGetsItsOwnToken() throws IOException {
        JsonNode line = new ObjectMapper().readTree(write(SampleDocuments.jasim()));
        JsonNode daraa = line.get("spans").get(2);
        assertThat(daraa.get("text").textValue()).isEqualTo("درعا");
        int token = daraa.get("token_start").intValue();
        assertThat(line.get("tokens").get(token - 1).get("text").textValue()).isEqualTo("ب");
        assertThat(line.get("tokens").get(token).get("text").textValue()).isEqualTo("درعا");
        assertThat(daraa.get("token_end").intValue()).isEqualTo(token);
    }

    @Test
    void oneLinePerDocumentEvenWithUnicodeLineSeparatorsInTheText() throws IOException {
        CorpusDocument document = new CorpusDocument("sep", "سطر\u2028سطر\u2029\u0085\nدرعا \"ok\"",
                List.of(new CorpusSpan(1, 10, 14, "LOCATION")), List.of());
        String out = write(document, document);
        assertThat(out.split("\n", -1)).hasSize(3).endsWith("");
        assertThat(out).doesNotContain("\u2028", "\u2029", "\u0085")
                .contains("\\u2028", "\\u2029", "\\u0085", "\\n", "\\\"ok\\\"");
        assertThat(new ObjectMapper().readTree(out.split("\n")[0]).get("text").textValue()).isEqualTo(document.text());
    }

    @Test
    void aSpanOverWhitespaceOnlyHasNullTokens() throws IOException {
        CorpusDocument document = new CorpusDocument("ws", "جاسم  درعا", null, Map.of("k", List.of(1, "a")),
                List.of(new CorpusSpan(5, 4, 6, null)), null);
        assertThat(write(document)).isEqualTo("{\"id\":\"ws\",\"text\":\"جاسم  درعا\",\"source\":null,"
                + "\"meta\":{\"k\":[1,\"a\"]},\"tokens\":[{\"text\":\"جاسم\",\"start\":0,\"end\":4,\"id\":0},"
                + "{\"text\":\"درعا\",\"start\":6,\"end\":10,\"id\":1}],\"spans\":[{\"id\":5,\"start\":4,\"end\":6,"
                + "\"label\":null,\"token_start\":null,\"token_end\":null,\"text\":\"  \"}],\"chains\":[]}\n");
    }
}
