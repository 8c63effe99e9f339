package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Conll2012ReaderTest {

    private static List<CorpusDocument> read(String content) throws IOException {
        return new Conll2012Reader().readAll(new StringReader(content), "keys.conll");
    }

    private static String spanText(CorpusDocument document, long id) {
        CorpusSpan span = document.spans().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        return SampleDocuments.slice(document.text(), span.start(), span.end());
    }

    private static List<String> spans(CorpusDocument document) {
        return document.spans().stream()
                .map(s -> SampleDocuments.slice(document.text(), s.start(), s.end()) + ":" + s.label()).toList();
    }

    private static List<List<String>> chains(CorpusDocument document) {
        return document.chains().stream()
                .map(chain -> chain.stream().map(id -> spanText(document, id)).toList()).toList();
    }

    @Test
    void readsTheGoldenFileBackIntoSpansAndChains() throws IOException {
        List<CorpusDocument> documents = read(SampleDocuments.golden("conll2012/two-documents.conll"));
        assertThat(documents).extracting(CorpusDocument::id).containsExactly("jasim-001", "emoji-002");
        CorpusDocument jasim = documents.get(0);
        assertThat(jasim.meta()).isEqualTo(Map.of("part", 0));
        assertThat(jasim.text()).isEqualTo("من وراء ظهور خلايا تنظيم الدولة في جاسم ب درعا ؟\nومن يقاتلهم ؟\n"
                + "قالت مصادر لـ موقع تلفزيون سوريا إن مدينة جاسم شهدت اشتباكات مع التنظيم .");
        // mentions nested in a longer named entity have no label of their own in this format
        assertThat(spans(jasim)).containsExactly("تنظيم الدولة:ORG", "جاسم:LOCATION", "درعا:LOCATION",
                "تلفزيون سوريا:ORG", "سوريا:null", "مدينة جاسم:LOCATION", "جاسم:null", "التنظيم:ORG");
        assertThat(chains(jasim)).containsExactly(List.of("جاسم", "مدينة جاسم", "جاسم"),
                List.of("تنظيم الدولة", "التنظيم"));
        CorpusDocument emoji = documents.get(1);
        assertThat(emoji.spans()).containsExactly(new CorpusSpan(0, 6, 16, "PERSON"), new CorpusSpan(1, 24, 28, "LOCATION"));
        assertThat(emoji.chains()).isEmpty();
    }

    @Test
    void writingWhatWasReadGivesTheSameFile() throws IOException {
        String golden = SampleDocuments.golden("conll2012/two-documents.conll");
        StringWriter out = new StringWriter();
        try (Conll2012Writer writer = new Conll2012Writer(out, true)) {
            for (CorpusDocument document : read(golden)) {
                writer.write(document);
            }
        }
        assertThat(out.toString()).isEqualTo(golden);
    }

    @Test
    void readsScorerTestFilesWithoutBarsAndFewColumns() throws IOException {
        // the layout of the scorer's own test key TC-O.key: five columns, "(1(2" and "1)2)" without bars
        String key = "#begin document (LuoTestCase);\n"
                + "test1\t0\t0\ta1\t(0\ntest1\t0\t1\ta2\t0)\ntest1\t0\t2\tjunk\t-\n"
                + "test1\t0\t3\tb1\t(1(2\ntest1\t0\t4\tb2\t-\ntest1\t0\t5\tb3\t1)2)\n\n"
                + "test2\t0\t0\tc\t(1)\n#end document\n";
        CorpusDocument document = read(key).get(0);
        assertThat(document.id()).isEqualTo("(LuoTestCase);");
        assertThat(document.text()).isEqualTo("a1 a2 junk b1 b2 b3\nc");
        assertThat(chains(document)).containsExactly(List.of("b1 b2 b3", "c"));
        assertThat(spans(document)).containsExactly("a1 a2:null", "b1 b2 b3:null", "b1 b2 b3:null", "c:null");
    }

    @Test
    void readsSpaceAlignedOntoNotesLines() throws IOException {
        String ontoNotes = "#begin document (bc/cctv/00/cctv_0001); part 003\n"
                + "bc/cctv/00/cctv_0001   3   0   Xinhua   NNP   (TOP(NP*   -   -   -   Speaker#1   (ORG)   (12)\n"
                + "bc/cctv/00/cctv_0001   3   1   reports  VBZ   *)         -   -   -   Speaker#1   *       -\n"
                + "\n#end document\n";
        CorpusDocument document = read(ontoNotes).get(0);
        assertThat(document.id()).isEqualTo("bc/cctv/00/cctv_0001");
        assertThat(document.meta()).isEqualTo(Map.of("part", 3));
        assertThat(spans(document)).containsExactly("Xinhua:ORG");
    }

    @Test
    void aClosingWithoutAnOpeningIsAnError() {
        String file = "#begin document (d); part 000\nd\t0\t0\tأ\t-\nd\t0\t1\tب\t3)\n#end document\n";
        assertThatThrownBy(() -> read(file)).isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:3: coreference 3) closes a mention that was never opened");
    }

    @Test
    void anUnclosedMentionOrDocumentIsAnError() {
        assertThatThrownBy(() -> read("#begin document (d); part 000\nd\t0\t0\tأ\t(3\n\n#end document\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:4: a mention of coreference entity 3 is never closed");
        assertThatThrownBy(() -> read("#begin document (d); part 000\nd\t0\t0\tأ\t-\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:2: the file ends inside document 'd': missing #end document");
        assertThatThrownBy(() -> read("#begin document (d); part 000\n#begin document (e); part 000\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:2: #begin document inside document 'd': missing #end document");
    }

    @Test
    void malformedLinesAreErrors() {
        assertThatThrownBy(() -> read("d\t0\t0\tأ\t-\n")).isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:1: expected '#begin document (<id>); part <n>' before token lines");
        assertThatThrownBy(() -> read("#begin document (d); part 000\nd\t0\t1\tأ\t-\n"))
                .isInstanceOf(FormatException.class).hasMessage("keys.conll:2: word number is 1, expected 0");
        assertThatThrownBy(() -> read("#begin document (d); part 000\nd\t0\t0\tأ\t(1x\n"))
                .isInstanceOf(FormatException.class).hasMessage("keys.conll:2: invalid coreference column '(1x'");
        assertThatThrownBy(() -> read("#begin document (d); part 000\nd\t0\t0\tأ\n"))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("keys.conll:2: expected at least 5 columns");
        assertThatThrownBy(() -> read("#begin document (d); part 000\n"
                + "d\t0\t0\tأ\t-\t*\t-\t-\t-\t-\t(ORG*\t-\n\n#end document\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("keys.conll:3: named entity (ORG is not closed at the end of its sentence");
    }
}
