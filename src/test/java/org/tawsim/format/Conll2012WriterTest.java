package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Conll2012WriterTest {

    private static String write(boolean singletons, CorpusDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out, singletons)) {
            for (CorpusDocument document : documents) {
                writer.write(document);
            }
        }
        return out.toString();
    }

    @Test
    void writesTheGoldenFileWithSingletons() throws IOException {
        assertThat(write(true, SampleDocuments.jasim(), SampleDocuments.emoji()))
                .isEqualTo(SampleDocuments.golden("conll2012/two-documents.conll"));
    }

    @Test
    void anIdWithTabsLineBreaksAndControlCharactersStaysInItsColumn() throws IOException {
        CorpusDocument document = new CorpusDocument("a\tb\nc\u0085d\u001ce\u2028f<script>", "درعا =cmd|' /C calc'!A0",
                List.of(new CorpusSpan(1, 0, 4, "LOCATION")), List.of());
        String out = write(true, document);
        // Python's str.splitlines() breaks at all of these; a line must stay a line for every reader.
        assertThat(out).doesNotContain("\u0085", "\u001c", "\u2028", "\r");
        List<String> tokenLines = out.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(tokenLines).isNotEmpty().allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(12));
        assertThat(out).startsWith("#begin document (a_b_c_d_e_f<script>); part 000\n");
    }

    @Test
    void singletonsAreIncludedByDefault() throws IOException {
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out)) {
            writer.write(SampleDocuments.jasim());
        }
        assertThat(out.toString()).isEqualTo(write(true, SampleDocuments.jasim())).contains("\t(2)\n");
    }

    @Test
    void writesTheGoldenFileWithoutSingletons() throws IOException {
        assertThat(write(false, SampleDocuments.jasim()))
                .isEqualTo(SampleDocuments.golden("conll2012/jasim-without-singletons.conll"));
    }

    @Test
    void theScorerReadsTheChainsWeMeant() {
        Map<String, Map<String, List<String>>> documents =
                ScorerStyleParser.parse(SampleDocuments.golden("conll2012/two-documents.conll"));
        assertThat(documents.keySet()).containsExactly("(jasim-001); part 000", "(emoji-002); part 000");
        // tokens are numbered over the document: جاسم is 7, مدينة جاسم 21-22, تنظيم الدولة 4-5, التنظيم 26
        assertThat(documents.get("(jasim-001); part 000")).isEqualTo(Map.of(
                "0", List.of("7-7", "22-22", "21-22"),
                "1", List.of("4-5", "26-26"),
                "2", List.of("9-9"),
                "3", List.of("18-19"),
                "4", List.of("19-19")));
        assertThat(documents.get("(emoji-002); part 000")).isEqualTo(Map.of(
                "0", List.of("2-3"), "1", List.of("7-7")));
    }

    @Test
    void countsWhatItWritesAndOmits() throws IOException {
        try (Conll2012Writer writer = new Conll2012Writer(new StringWriter(), true)) {
            assertThat(writer.write(SampleDocuments.jasim())).isEqualTo(new MentionCounts(8, 0, 0, 0, 0, 2));
        }
        try (Conll2012Writer writer = new Conll2012Writer(new StringWriter(), false)) {
            assertThat(writer.write(SampleDocuments.jasim())).isEqualTo(new MentionCounts(5, 0, 0, 0, 3, 2));
            writer.write(SampleDocuments.emoji());
            assertThat(writer.totals()).isEqualTo(new MentionCounts(5, 0, 0, 0, 5, 2));
        }
    }

    @Test
    void aTokenCanOpenCloseAndHoldSeveralChains() throws IOException {
        // tokens: أ0 ب1 ج2 د3 ه4
        CorpusDocument document = new CorpusDocument("nest", "أ ب ج د ه", List.of(
                new CorpusSpan(1, 0, 9, "EVENT"),   // أ..ه      chain A
                new CorpusSpan(2, 0, 3, "ORG"),     // أ ب       chain B
                new CorpusSpan(3, 2, 9, "ORG"),     // ب..ه      chain C (crosses 2: other chain, fine)
                new CorpusSpan(4, 2, 3, "PERSON"),  // ب         chain A, nested in 1
                new CorpusSpan(5, 8, 9, "PERSON")), // ه         chain B
                List.of(List.of(1L, 4L), List.of(2L, 5L), List.of(3L)));
        String out = write(true, document);
        assertThat(out).contains("\t1\tب\t-\t*\t-\t-\t-\t-\t*\t(2|(0)|1)\n");
        assertThat(out).contains("\t4\tه\t-\t*\t-\t-\t-\t-\t*)\t(1)|2)|0)\n");
        assertThat(ScorerStyleParser.parse(out).get("(nest); part 000")).isEqualTo(Map.of(
                "0", List.of("1-1", "0-4"),
                "1", List.of("0-1", "4-4"),
                "2", List.of("1-4")));
    }

    @Test
    void crossingMentionsOfOneChainAreDroppedAndCounted() throws IOException {
        // "(0 (0 0) 0)" would pair the wrong brackets, so the later of two equally long crossing mentions goes
        CorpusDocument document = new CorpusDocument("cross", "أ ب ج د", List.of(
                new CorpusSpan(1, 0, 3, "ORG"), new CorpusSpan(2, 2, 5, "ORG"), new CorpusSpan(3, 6, 7, "ORG")),
                List.of(List.of(1L, 2L, 3L)));
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out, true)) {
            assertThat(writer.write(document)).isEqualTo(new MentionCounts(2, 0, 1, 0, 0, 1));
        }
        assertThat(ScorerStyleParser.parse(out.toString()).get("(cross); part 000"))
                .isEqualTo(Map.of("0", List.of("0-1", "3-3")));
    }

    @Test
    void aSecondMentionOverTheSameTokensIsDroppedAndChainsComeFirst() throws IOException {
        CorpusDocument document = new CorpusDocument("dup", "جاسم درعا", List.of(
                new CorpusSpan(1, 0, 4, "LOCATION"), new CorpusSpan(2, 0, 4, "ORG"),
                new CorpusSpan(3, 5, 9, "LOCATION")), List.of(List.of(2L, 3L)));
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out, true)) {
            assertThat(writer.write(document)).isEqualTo(new MentionCounts(2, 1, 0, 0, 0, 1));
        }
        assertThat(ScorerStyleParser.parse(out.toString()).get("(dup); part 000"))
                .isEqualTo(Map.of("0", List.of("0-0", "1-1")));
    }

    @Test
    void aChainShrunkToOneMentionIsASingleton() throws IOException {
        CorpusDocument document = new CorpusDocument("one", "جاسم  درعا", List.of(
                new CorpusSpan(1, 0, 4, "LOCATION"), new CorpusSpan(2, 4, 6, "LOCATION")), List.of(List.of(1L, 2L)));
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out, false)) {
            assertThat(writer.write(document)).isEqualTo(new MentionCounts(0, 0, 0, 1, 1, 0));
        }
        assertThat(out.toString()).doesNotContain("(0");
    }

    @Test
    void idsLoseTheirWhitespaceAndEmptyDocumentsStillHaveTheirMarkers() throws IOException {
        CorpusDocument empty = new CorpusDocument("doc 7\tb", " \n", List.of(), List.of());
        assertThat(write(true, empty)).isEqualTo("#begin document (doc_7_b); part 000\n#end document\n");
    }
}
