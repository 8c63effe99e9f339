package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.text.TextRange;

class ConllNerWriterTest {

    private static String write(TagScheme scheme, CorpusDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        try (ConllNerWriter writer = new ConllNerWriter(out, scheme)) {
            for (CorpusDocument document : documents) {
                writer.write(document);
            }
        }
        return out.toString();
    }

    @Test
    void writesTheGoldenIob2File() throws IOException {
        assertThat(write(TagScheme.IOB2, SampleDocuments.jasim(), SampleDocuments.emoji()))
                .isEqualTo(SampleDocuments.golden("conll-ner/two-documents.iob2.conll"));
    }

    @Test
    void writesTheGoldenBioesFile() throws IOException {
        assertThat(write(TagScheme.BIOES, SampleDocuments.jasim(), SampleDocuments.emoji()))
                .isEqualTo(SampleDocuments.golden("conll-ner/two-documents.bioes.conll"));
    }

    @Test
    void countsTheNestedSpansItDrops() throws IOException {
        try (ConllNerWriter writer = new ConllNerWriter(new StringWriter(), TagScheme.IOB2)) {
            // سوريا inside تلفزيون سوريا and جاسم inside مدينة جاسم cannot be tagged
            assertThat(writer.write(SampleDocuments.jasim())).isEqualTo(new SpanCounts(6, 2, 0, 0));
            assertThat(writer.write(SampleDocuments.emoji())).isEqualTo(new SpanCounts(2, 0, 0, 0));
            assertThat(writer.totals()).isEqualTo(new SpanCounts(8, 2, 0, 0));
            assertThat(writer.totals().dropped()).isEqualTo(2);
        }
    }

    @Test
    void ofCrossingSpansTheLongerWinsAndOnATieTheEarlier() throws IOException {
        String text = "مدينة جاسم الشمالية";
        CorpusDocument document = new CorpusDocument("d", text, List.of(
                new CorpusSpan(1, 0, 10, "LOCATION"),     // مدينة جاسم (10 code points)
                new CorpusSpan(2, 6, 19, "LOCATION"),     // جاسم الشمالية (13): longer, kept
                new CorpusSpan(3, 0, 5, "ORG"),           // مدينة: tie with 4 on length, starts first
                new CorpusSpan(4, 11, 16, "PERSON")),     // الشما: same length as 3, later, and inside 2
                List.of());
        StringWriter out = new StringWriter();
        SpanCounts counts;
        try (ConllNerWriter writer = new ConllNerWriter(out, TagScheme.IOB2)) {
            counts = writer.write(document);
        }
        assertThat(out.toString()).isEqualTo(ConllNerWriter.DOCSTART + "\n\n"
                + "مدينة\tB-ORG\nجاسم\tB-LOCATION\nالشما\tI-LOCATION\nلية\tI-LOCATION\n\n");
        assertThat(counts).isEqualTo(new SpanCounts(2, 2, 0, 0));
    }

    @Test
    void equalLengthOverlapsKeepTheEarlierStart() throws IOException {
        CorpusDocument document = new CorpusDocument("d", "أ ب ج", List.of(
                new CorpusSpan(9, 2, 5, "LATER"), new CorpusSpan(8, 0, 3, "EARLIER")), List.of());
        String out = write(TagScheme.BIOES, document);
        assertThat(out).endsWith("أ\tB-EARLIER\nب\tE-EARLIER\nج\tO\n\n");
    }

    @Test
    void spansWithoutTokensOrLabelsAreCounted() throws IOException {
        CorpusDocument document = new CorpusDocument("d", "جاسم  درعا", List.of(
                new CorpusSpan(1, 4, 6, "LOCATION"), new CorpusSpan(2, 6, 10, null),
                new CorpusSpan(3, 0, 4, "Place name")), List.of());
        StringWriter out = new StringWriter();
        try (ConllNerWriter writer = new ConllNerWriter(out, TagScheme.IOB2)) {
            assertThat(writer.write(document)).isEqualTo(new SpanCounts(1, 0, 1, 1));
        }
        assertThat(out.toString()).endsWith("جاسم\tB-Place_name\nدرعا\tO\n\n");
    }

    @Test
    void sharedSpansOfOtherAnnotatorsSplitTokensToo() throws IOException {
        CorpusDocument mine = new CorpusDocument("d", "جاسم بدرعا", List.of(new CorpusSpan(1, 0, 4, "LOCATION")), List.of());
        StringWriter out = new StringWriter();
        try (ConllNerWriter writer = new ConllNerWriter(out, TagScheme.IOB2)) {
            writer.write(mine, List.of(new TextRange(6, 10)));
        }
        assertThat(out.toString()).endsWith("جاسم\tB-LOCATION\nب\tO\nدرعا\tO\n\n");
    }

    @Test
    void eachDocumentIsHandedOnWhenWrittenAndAnOutputStreamGetsUtf8() throws IOException {
        StringWriter out = new StringWriter();
        ConllNerWriter writer = new ConllNerWriter(out, TagScheme.IOB2);
        writer.write(SampleDocuments.emoji());
        int afterFirst = out.getBuffer().length();
        assertThat(afterFirst).isPositive();
        writer.write(SampleDocuments.emoji());
        assertThat(out.getBuffer().length()).isEqualTo(2 * afterFirst);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConllNerWriter utf8 = new ConllNerWriter(bytes, TagScheme.IOB2)) {
            utf8.write(SampleDocuments.emoji());
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(out.toString().substring(0, afterFirst));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }
}
