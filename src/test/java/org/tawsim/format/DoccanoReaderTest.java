package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoccanoReaderTest {

    private static List<CorpusDocument> read(String content) throws IOException {
        return new DoccanoReader().readAll(new StringReader(content), "doccano.jsonl");
    }

    private static void assertProblem(String content, String message) {
        assertThatThrownBy(() -> read(content)).isInstanceOf(FormatException.class).hasMessage(message);
    }

    @Test
    void readsDoccanoExportsWithPythonOffsets() throws IOException {
        List<CorpusDocument> documents = read(SampleDocuments.golden("doccano/three-documents.jsonl"));
        assertThat(documents).hasSize(3);
        CorpusDocument first = documents.get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.text()).isEqualTo(SampleDocuments.EMOJI_TEXT);
        assertThat(first.meta()).isEqualTo(Map.of("Comments", List.of()));
        assertThat(first.spans()).containsExactly(new CorpusSpan(0, 6, 16, "PERSON"), new CorpusSpan(1, 23, 27, "LOCATION"));
        // doccano counts code points as Python does: the emoji before the entity shifts nothing
        assertThat(first.spans()).extracting(s -> SampleDocuments.slice(first.text(), s.start(), s.end()))
                .containsExactly("John Smith", "درعا");
        CorpusDocument nested = documents.get(1);
        assertThat(nested.spans()).extracting(s -> SampleDocuments.slice(nested.text(), s.start(), s.end()))
                .containsExactly("مدينة جاسم", "جاسم", "درعا");
        CorpusDocument plain = documents.get(2);
        assertThat(plain.id()).isEqualTo("4"); // no id: the line number
        assertThat(plain.spans()).isEmpty();
    }

    @Test
    void readsTheEntityFormOfNewerDoccano() throws IOException {
        CorpusDocument document = read("{\"id\":9,\"text\":\"في جاسم\",\"entities\":[{\"id\":3,\"label\":\"LOCATION\","
                + "\"start_offset\":3,\"end_offset\":7}],\"relations\":[]}").get(0);
        assertThat(document.spans()).containsExactly(new CorpusSpan(0, 3, 7, "LOCATION"));
        assertThat(document.meta()).isEqualTo(Map.of("relations", List.of()));
    }

    @Test
    void brokenJsonIsReportedOnItsLine() {
        assertThatThrownBy(() -> read("{\"text\":\"a\",\"label\":[]}\n\n{\"text\":\"b\",\"label\":[[0,1,\"X\"]\n"))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("doccano.jsonl:3: invalid JSON: ");
    }

    @Test
    void badSpansAreRejected() {
        assertProblem("{\"text\":\"درعا\",\"label\":[[0,5,\"LOC\"]]}",
                "doccano.jsonl:1: label 0: span [0, 5) is out of range, the text has 4 code points");
        assertProblem("{\"text\":\"درعا\",\"label\":[[0,2,\"LOC\"],[3,1,\"LOC\"]]}",
                "doccano.jsonl:1: label 1: inverted span, start 3 is after end 1");
        assertProblem("{\"text\":\"درعا\",\"label\":[[0,2]]}",
                "doccano.jsonl:1: label 0 must be [start, end, label], not [0,2]");
        assertProblem("{\"text\":\"درعا\",\"label\":[\"positive\"]}",
                "doccano.jsonl:1: label 0 must be [start, end, label], not \"positive\"");
        assertProblem("{\"text\":\"درعا\",\"label\":[[0,2,7]]}",
                "doccano.jsonl:1: label 0: label must be a string, not 7");
        assertProblem("{\"text\":\"درعا\",\"label\":[[0,2,\" \"]]}", "doccano.jsonl:1: label 0: empty label");
        assertProblem("{\"text\":\"درعا\",\"entities\":[{\"start_offset\":0,\"label\":\"LOC\"}]}",
                "doccano.jsonl:1: entities 0: missing field 'end_offset'");
    }

    @Test
    void missingTextOrTwoSpanFieldsAreRejected() {
        assertProblem("{\"id\":1,\"label\":[]}", "doccano.jsonl:1: document: missing field 'text'");
        assertProblem("{\"text\":\"a\",\"label\":[],\"entities\":[]}",
                "doccano.jsonl:1: document: both 'label' and 'entities' are given");
    }

    @Test
    void unknownLabelsAreRejectedWhenALabelSetIsGiven() {
        DoccanoReader reader = new DoccanoReader(Set.of("PERSON", "ORG", "LOCATION", "EVENT"));
        assertThatThrownBy(() -> reader.readAll(new StringReader("{\"text\":\"درعا\",\"label\":[[0,4,\"LOC\"]]}"), "d"))
                .isInstanceOf(FormatException.class).hasMessage("d:1: label 0: unknown label 'LOC'");
    }
}
