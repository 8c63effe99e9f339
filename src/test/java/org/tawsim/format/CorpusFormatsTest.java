package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry: one class per format, every name and alias resolving to it, and the name lists callers show. */
class CorpusFormatsTest {

    private static final Set<String> LABELS = Set.of("ORG", "LOCATION", "PERSON");

    @Test
    void everyNameAndAliasResolvesToItsOneFormatInAnySpelling() {
        Map<String, CorpusFormat> owner = new HashMap<>();
        for (CorpusFormat format : CorpusFormats.all()) {
            for (String name : names(format)) {
                assertThat(owner.put(name, format)).as("%s names one format only", name).isNull();
                for (String spelling : List.of(name, name.toLowerCase(Locale.ROOT), name.replace('_', '-'),
                        " " + name.toLowerCase(Locale.ROOT).replace('_', '-') + " ")) {
                    assertThat(CorpusFormats.named(spelling)).as(spelling).isSameAs(format);
                }
            }
        }
        assertThat(owner).containsOnlyKeys("JSONL", "DOCCANO", "CONLL_NER", "CONLL_BIO", "CONLL", "CONLL_2012", "CONLL2012");
    }

    @Test
    void eachFormatIsOneClassAndConllBioIsConllNerUnderItsImportName() {
        assertThat(CorpusFormats.all()).extracting(f -> f.getClass()).doesNotHaveDuplicates().hasSize(4);
        assertThat(CorpusFormats.named("CONLL_BIO")).isSameAs(CorpusFormats.named("CONLL_NER")).isSameAs(CorpusFormats.CONLL_NER);
        assertThat(CorpusFormats.CONLL_NER.importName()).isEqualTo("CONLL_BIO");
        assertThat(CorpusFormats.CONLL_NER.reader(LABELS)).isInstanceOf(ConllNerReader.class);
        assertThat(CorpusFormats.CONLL_NER.writer(new ByteArrayOutputStream(), new WriteOptions(TagScheme.IOB2)))
                .isInstanceOf(ConllNerWriter.class);
    }

    @Test
    void anUnknownNameIsRefusedWithTheNameAsGiven() {
        assertThatThrownBy(() -> CorpusFormats.named(" brat ")).isInstanceOfSatisfying(UnknownFormat.class,
                e -> assertThat(e.name()).isEqualTo("brat"));
        assertThatThrownBy(() -> CorpusFormats.named(null)).isInstanceOfSatisfying(UnknownFormat.class,
                e -> assertThat(e.name()).isEmpty());
        assertThat(CorpusFormats.find("conll_2003")).isEmpty();
    }

    /** The lists the import API's error, the export API's error and the command line's help show. */
    @Test
    void theListsCallersShowComeFromTheRegistry() {
        assertThat(CorpusFormats.importNames()).containsExactly("JSONL", "DOCCANO", "CONLL_BIO", "CONLL_2012");
        assertThat(CorpusFormats.exportNames()).containsExactly("CONLL_NER", "CONLL_2012", "JSONL");
        assertThat(CorpusFormats.commandLineNames()).containsExactly("conll", "conll2012", "jsonl");
        assertThat(CorpusFormats.readable()).containsExactlyElementsOf(CorpusFormats.all());
        assertThat(CorpusFormats.writable()).containsExactlyInAnyOrderElementsOf(
                CorpusFormats.all().stream().filter(CorpusFormat::canWrite).toList());
        assertThat(CorpusFormats.DOCCANO.canWrite()).isFalse();
        assertThatThrownBy(() -> CorpusFormats.DOCCANO.writer(new ByteArrayOutputStream(), new WriteOptions(TagScheme.IOB2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void optionsSayWhichFormatTakesATagSchemeAndWhichMayLeaveMentionsUnlabelled() {
        assertThat(CorpusFormats.all().stream().filter(CorpusFormat::takesTagScheme)).containsExactly(CorpusFormats.CONLL_NER);
        assertThat(CorpusFormats.all().stream().filter(CorpusFormat::mayHaveUnlabelledMentions))
                .containsExactly(CorpusFormats.CONLL_2012);
        assertThat(CorpusFormats.writable()).extracting(CorpusFormat::extension).containsExactly("conll", "v4_conll", "jsonl");
    }

    /** What a format's writer writes, its own reader reads back: name, reader and writer belong together. */
    @Test
    void everyWritableFormatReadsBackWhatItWrote() throws IOException {
        for (CorpusFormat format : CorpusFormats.writable()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CorpusWriter writer = format.writer(out, new WriteOptions(TagScheme.IOB2))) {
                writer.writeDocument(SampleDocuments.jasim(), List.of());
                writer.writeDocument(SampleDocuments.emoji(), List.of());
                assertThat(writer.counts()).containsKey("written");
            }
            List<CorpusDocument> read = format.reader(LABELS).readAll(new ByteArrayInputStream(out.toByteArray()),
                    "x." + format.extension());
            assertThat(read).as(format.name()).hasSize(2);
        }
    }

    @Test
    void inJsonAFormatIsItsNameAndAnyNameOrAliasReadsBack() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(CorpusFormats.CONLL_NER)).isEqualTo("\"CONLL_NER\"");
        assertThat(json.readValue("\"conll-bio\"", CorpusFormat.class)).isSameAs(CorpusFormats.CONLL_NER);
        assertThat(json.readValue("\"CONLL_2012\"", CorpusFormat.class)).isSameAs(CorpusFormats.CONLL_2012);
    }

    private static List<String> names(CorpusFormat format) {
        return Stream.concat(Stream.of(format.name()), format.aliases().stream()).toList();
    }
}
