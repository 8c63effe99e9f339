package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

    private static List<CorpusDocument> read(String content) throws IOException {
        return new JsonlReader().readAll(new StringReader(content), "corpus.jsonl");
    }

    private static void assertProblem(String content, String message) {
        assertThatThrownBy(() -> read(content)).isInstanceOf(FormatException.class).hasMessage(message);
    }

    @Test
    void readsTheGoldenFileIntoTheSampleDocuments() throws IOException {
        assertThat(read(SampleDocuments.golden("jsonl/two-documents.jsonl")))
                .containsExactly(SampleDocuments.jasim(), SampleDocuments.emoji());
    }

    @Test
    void readsBytesAsUtf8WithTheSameResult() throws IOException {
        byte[] bytes = SampleDocuments.golden("jsonl/two-documents.jsonl").getBytes(StandardCharsets.UTF_8);
        assertThat(new JsonlReader().readAll(new ByteArrayInputStream(bytes), "corpus.jsonl"))
                .containsExactly(SampleDocuments.jasim(), SampleDocuments.emoji());
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        CorpusDocument document = new CorpusDocument("rt", "😀😀 قال John في بدرعا", "gold", null,
                List.of(new CorpusSpan(4, 7, 11, "PERSON"), new CorpusSpan(3, 16, 20, null)), List.of(List.of(3L, 4L)));
        StringWriter out = new StringWriter();
        try (JsonlWriter writer = new JsonlWriter(out)) {
            writer.write(document);
        }
        assertThat(read(out.toString())).containsExactly(document);
    }

    @Test
    void spansAndChainsAreOptional() throws IOException {
        List<CorpusDocument> documents = read("{\"text\":\"درعا\"}\n\n{\"id\":7,\"text\":\"جاسم\",\"spans\":"
                + "[{\"start\":0,\"end\":4,\"label\":\"LOCATION\",\"token_start\":0,\"token_end\":0}]}\n");
        assertThat(documents).containsExactly(
                new CorpusDocument("1", "درعا", List.of(), List.of()),
                new CorpusDocument("7", "جاسم", List.of(new CorpusSpan(0, 0, 4, "LOCATION")), List.of()));
    }

    @Test
    void brokenJsonIsReportedOnItsLine() {
        assertThatThrownBy(() -> read(SampleDocuments.golden("errors/broken-json-line-3.jsonl")))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("corpus.jsonl:3: invalid JSON: ")
                .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(3))
                .satisfies(e -> assertThat(((FormatException) e).fileName()).isEqualTo("corpus.jsonl"));
    }

    @Test
    void spansOutOfRangeInvertedOrEmptyAreRejected() {
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":2,\"end\":5,\"label\":\"LOC\"}]}",
                "corpus.jsonl:1: span 0: span [2, 5) is out of range, the text has 4 code points");
        assertProblem("{\"text\":\"ok\"}\n{\"text\":\"درعا\",\"spans\":[{\"start\":3,\"end\":1,\"label\":\"LOC\"}]}",
                "corpus.jsonl:2: span 0: inverted span, start 3 is after end 1");
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":1,\"end\":1,\"label\":\"LOC\"}]}",
                "corpus.jsonl:1: span 0: empty span at 1");
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":-1,\"end\":1,\"label\":\"LOC\"}]}",
                "corpus.jsonl:1: span 0: field 'start' must be a non-negative integer, not -1");
    }

    @Test
    void missingOrMistypedFieldsAreNamed() {
        assertProblem("{\"id\":\"a\",\"spans\":[]}", "corpus.jsonl:1: document: missing field 'text'");
        assertProblem("{\"text\":5}", "corpus.jsonl:1: document: field 'text' must be a string");
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":\"0\",\"end\":1,\"label\":\"LOC\"}]}",
                "corpus.jsonl:1: span 0: field 'start' must be a non-negative integer, not \"0\"");
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":0.5,\"end\":1,\"label\":\"LOC\"}]}",
                "corpus.jsonl:1: span 0: field 'start' must be a non-negative integer, not 0.5");
        assertProblem("{\"text\":\"درعا\",\"spans\":[{\"start\":0,\"end\":1}]}",
                "corpus.jsonl:1: span 0: missing field 'label'");
        assertProblem("{\"text\":\"درعا\",\"spans\":{}}", "corpus.jsonl:1: document: field 'spans' must be an array");
        assertProblem("{\"text\":\"درعا\",\"meta\":[]}", "corpus.jsonl:1: document: field 'meta' must be an object");
        assertProblem("[1,2]", "corpus.jsonl:1: expected a JSON object");
    }

    @Test
    void offsetsCountedInUtf16AreCaughtByTheSpanText() {
        // Java's indexOf says John starts at 7 after the emoji; in code points it is 6
        assertProblem("{\"text\":\"😀 قال John Smith\",\"spans\":[{\"start\":7,\"end\":11,\"label\":\"PER\",\"text\":\"John\"}]}",
                "corpus.jsonl:1: span 0: text 'John' is not the text at [7, 11) in code points, 'ohn '");
    }

    @Test
    void unknownLabelsAreRejectedWhenALabelSetIsGiven() {
        JsonlReader reader = new JsonlReader(Set.of("PERSON", "LOCATION"));
        assertThatThrownBy(() -> reader.readAll(new StringReader(
                "{\"text\":\"درعا\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"LOC\"}]}"), "x.jsonl"))
                .isInstanceOf(FormatException.class).hasMessage("x.jsonl:1: span 0: unknown label 'LOC'");
    }

    @Test
    void chainsMustNameKnownSpansOnce() {
        String spans = "\"spans\":[{\"id\":1,\"start\":0,\"end\":1,\"label\":\"A\"},{\"id\":2,\"start\":1,\"end\":2,\"label\":\"A\"}]";
        assertProblem("{\"text\":\"ab\"," + spans + ",\"chains\":[[1,9]]}", "corpus.jsonl:1: chain 0: unknown span id 9");
        assertProblem("{\"text\":\"ab\"," + spans + ",\"chains\":[[1,2],[2]]}",
                "corpus.jsonl:1: chain 1: span 2 is already in chain 0");
        assertProblem("{\"text\":\"ab\"," + spans + ",\"chains\":[[]]}",
                "corpus.jsonl:1: chain 0 must be a non-empty array of span ids");
        assertProblem("{\"text\":\"ab\",\"spans\":[{\"id\":1,\"start\":0,\"end\":1,\"label\":\"A\"},"
                + "{\"id\":1,\"start\":1,\"end\":2,\"label\":\"A\"}]}", "corpus.jsonl:1: span 1: id 1 is already used by span 0");
    }

    @Test
    void duplicateKeysAndTrailingContentAreInvalidJson() {
        assertThatThrownBy(() -> read("{\"text\":\"a\",\"text\":\"b\"}")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("corpus.jsonl:1: invalid JSON: Duplicate field 'text'");
        assertThatThrownBy(() -> read("{\"text\":\"a\"} x")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("corpus.jsonl:1: invalid JSON");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() {
        byte[] bytes = "{\"text\":\"a\"}\n{\"text\":\"\u00FF\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new JsonlReader().readAll(new ByteArrayInputStream(bytes), "latin1.jsonl"))
                .isInstanceOf(FormatException.class).hasMessage("latin1.jsonl:2: not valid UTF-8");
    }

    /** Whatever a line holds, the reader answers with documents or a FormatException, never anything else. */
    @Test
    void damagedLinesOnlyEverCauseFormatExceptions() throws IOException {
        String good = SampleDocuments.golden("jsonl/two-documents.jsonl").split("\n")[1];
        Random random = new Random(20221020);
        String alphabet = "{}[]\":,0123456789-.e nulltruefalse\\u😀د";
        int formatErrors = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder line = new StringBuilder(good);
            for (int edit = 0; edit < 1 + random.nextInt(4); edit++) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.deleteCharAt(at);
                    case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                read(line.toString());
            } catch (FormatException expected) {
                formatErrors++;
            }
        }
        assertThat(formatErrors).isGreaterThan(100);
    }

    @Test
    void documentsBeforeAnErrorAreHandedOver() {
        List<CorpusDocument> seen = new ArrayList<>();
        assertThatThrownBy(() -> new JsonlReader().read(new StringReader("{\"text\":\"a\"}\n{"), "f", seen::add))
                .isInstanceOf(FormatException.class);
        assertThat(seen).hasSize(1);
    }
}
