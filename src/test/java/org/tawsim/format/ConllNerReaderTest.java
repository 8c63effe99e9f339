package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tawsim.text.Token;

class ConllNerReaderTest {

    private static List<CorpusDocument> read(String content) throws IOException {
        return new ConllNerReader().readAll(new StringReader(content), "test.conll");
    }

    /** "text:LABEL" for each span, via code-point slicing of the rebuilt text. */
    private static List<String> entities(CorpusDocument document) {
        return document.spans().stream()
                .map(s -> SampleDocuments.slice(document.text(), s.start(), s.end()) + ":" + s.label())
                .toList();
    }

    @Test
    void readsTheGoldenFileIntoDocumentsWithRebuiltText() throws IOException {
        List<CorpusDocument> documents = read(SampleDocuments.golden("conll-ner/two-documents.iob2.conll"));
        assertThat(documents).hasSize(2);
        CorpusDocument jasim = documents.get(0);
        assertThat(jasim.id()).isEqualTo("1");
        assertThat(jasim.text()).isEqualTo("من وراء ظهور خلايا تنظيم الدولة في جاسم ب درعا ؟\nومن يقاتلهم ؟\n"
                + "قالت مصادر لـ موقع تلفزيون سوريا إن مدينة جاسم شهدت اشتباكات مع التنظيم .");
        assertThat(entities(jasim)).containsExactly("تنظيم الدولة:ORG", "جاسم:LOCATION", "درعا:LOCATION",
                "تلفزيون سوريا:ORG", "مدينة جاسم:LOCATION", "التنظيم:ORG");
        assertThat(jasim.spans().get(2)).isEqualTo(new CorpusSpan(2, 42, 46, "LOCATION"));
        CorpusDocument emoji = documents.get(1);
        assertThat(emoji.id()).isEqualTo("2");
        assertThat(emoji.text()).isEqualTo("😀 قال John Smith إن 𝐀 ب درعا آمنة .");
        // code points: the emoji counts one, so John starts at 6 (UTF-16 would say 7)
        assertThat(emoji.spans()).containsExactly(new CorpusSpan(0, 6, 16, "PERSON"),
                new CorpusSpan(1, 24, 28, "LOCATION"));
    }

    @Test
    void theFilesOwnTokensCanBeRecoveredWithTheirOffsets() throws IOException {
        CorpusDocument emoji = read(SampleDocuments.golden("conll-ner/two-documents.iob2.conll")).get(1);
        assertThat(JoinedTokens.of(emoji.text())).containsExactly(
                new Token("😀", 0, 1), new Token("قال", 2, 5), new Token("John", 6, 10), new Token("Smith", 11, 16),
                new Token("إن", 17, 19), new Token("𝐀", 20, 21), new Token("ب", 22, 23), new Token("درعا", 24, 28),
                new Token("آمنة", 29, 33), new Token(".", 34, 35));
        CorpusDocument tokens = read("2.4.\tO\nx\tO\n\ny\tO\n").get(0);
        assertThat(JoinedTokens.of(tokens.text())).extracting(Token::text).containsExactly("2.4.", "x", "y");
    }

    @Test
    void bioesAndIob2FilesReadToTheSameSpans() throws IOException {
        assertThat(read(SampleDocuments.golden("conll-ner/two-documents.bioes.conll")))
                .isEqualTo(read(SampleDocuments.golden("conll-ner/two-documents.iob2.conll")));
    }

    @Test
    void roundTripKeepsTheOutermostEntities() throws IOException {
        for (TagScheme scheme : TagScheme.values()) {
            StringWriter out = new StringWriter();
            try (ConllNerWriter writer = new ConllNerWriter(out, scheme)) {
                writer.write(SampleDocuments.jasim());
            }
            CorpusDocument back = read(out.toString()).get(0);
            assertThat(entities(back)).containsExactly("تنظيم الدولة:ORG", "جاسم:LOCATION", "درعا:LOCATION",
                    "تلفزيون سوريا:ORG", "مدينة جاسم:LOCATION", "التنظيم:ORG");
        }
    }

    @Test
    void iWithoutBStartsAnEntityAsInIob1() throws IOException {
        String iob1 = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n"
                + "call NN I-NP O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\nSmith NNP I-NP B-PER\n";
        CorpusDocument document = read(iob1).get(0);
        assertThat(document.text()).isEqualTo("EU rejects German call\nPeter Blackburn Smith");
        assertThat(entities(document)).containsExactly("EU:ORG", "German:MISC", "Peter Blackburn:PER", "Smith:PER");
    }

    @Test
    void adjacentEntitiesOfOneTypeStaySeparateAndSentencesCloseEntities() throws IOException {
        String content = "أ\tB-LOC\nب\tB-LOC\nج\tI-LOC\n\nد\tI-LOC\nه\tS-PER\nو\tE-PER\nز\tU-ORG\n";
        assertThat(entities(read(content).get(0))).containsExactly("أ:LOC", "ب ج:LOC", "د:LOC", "ه:PER", "و:PER", "ز:ORG");
    }

    @Test
    void aFileWithoutDocstartIsOneDocumentAndEmptyDocumentsAreSkipped() throws IOException {
        assertThat(read("أ\tO\n\nب\tO\n")).hasSize(1);
        assertThat(read("-DOCSTART-\n\n-DOCSTART-\tO\n\nأ\tO\n-DOCSTART- -X- -X- O\n")).hasSize(1);
        assertThat(read("")).isEmpty();
    }

    @Test
    void anInvalidTagIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("-DOCSTART- -X- -X- O\n\nأ\tO\nب\tX-LOC\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("test.conll:4: invalid tag 'X-LOC', expected O or B-, I-, E-, S- (L-, U-) and a type")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(4);
        assertThatThrownBy(() -> read("أ\tB-\n")).isInstanceOf(FormatException.class).hasMessageContaining(":1:");
    }

    @Test
    void aLineWithoutATagIsAnError() {
        assertThatThrownBy(() -> read("أ\tO\nب\n")).isInstanceOf(FormatException.class)
                .hasMessage("test.conll:2: expected a token and a tag, found only 'ب'");
    }

    @Test
    void unknownLabelsAreRejectedWhenALabelSetIsGiven() {
        ConllNerReader reader = new ConllNerReader(Set.of("PERSON", "ORG", "LOCATION", "EVENT"));
        assertThatThrownBy(() -> reader.readAll(new StringReader("أ\tB-PERSON\nب\tB-LOC\n"), "x.conll"))
                .isInstanceOf(FormatException.class)
                .hasMessage("x.conll:2: tag 'B-LOC': unknown label 'LOC'");
    }

    @Test
    void bytesThatAreNotUtf8AreAFormatError() {
        byte[] bytes = {'a', '\t', 'O', '\n', (byte) 0xC3, (byte) 0x28, '\t', 'O', '\n'};
        assertThatThrownBy(() -> new ConllNerReader().readAll(new ByteArrayInputStream(bytes), "bad.conll"))
                .isInstanceOf(FormatException.class)
                .hasMessage("bad.conll:2: not valid UTF-8");
    }
}
