package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based fuzzing of the readers that imports use: whatever a file holds, a reader returns documents or
 * throws a {@link FormatException} with a problem it recognised, never another exception (which an import would
 * turn into a crash) and never its last-resort "cannot be read (...)". QuickTheories shrinks a failing input to a
 * small one and prints its seed; {@code qt().withFixedSeed(seed)} replays it.
 */
class ReaderPropertiesTest {

    private static final Set<String> LABELS = Set.of("PERSON", "ORG", "LOCATION", "EVENT");

    /** Readers with and without a label list: each checks labels on another path. */
    private static List<CorpusReader> readers() {
        return List.of(new JsonlReader(), new JsonlReader(LABELS), new DoccanoReader(), new DoccanoReader(LABELS),
                new ConllNerReader(), new ConllNerReader(LABELS), new Conll2012Reader());
    }

    @Test
    void anyTextReadsOrFailsCleanly() {
        qt().withExamples(300).forAll(texts()).checkAssert(ReaderPropertiesTest::everyReaderReadsOrFailsCleanly);
    }

    @Test
    void anyBytesReadOrFailCleanly() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 300), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        qt().withExamples(300).forAll(bytes).checkAssert(file -> {
            for (CorpusReader reader : readers()) {
                try {
                    reader.readAll(new ByteArrayInputStream(file), "fuzz");
                } catch (FormatException expected) {
                    assertThat(expected.problem()).doesNotStartWith("cannot be read");
                } catch (IOException e) {
                    throw new AssertionError(reader.getClass().getSimpleName() + " threw " + e, e);
                }
            }
        });
    }

    @Test
    void jsonLikeLinesReadOrFailCleanly() {
        qt().withExamples(400).forAll(jsonLines()).checkAssert(ReaderPropertiesTest::everyReaderReadsOrFailsCleanly);
    }

    @Test
    void damagedGoldenFilesReadOrFailCleanly() {
        qt().withExamples(400).forAll(damagedGoldenFiles()).checkAssert(ReaderPropertiesTest::everyReaderReadsOrFailsCleanly);
    }

    /** Any UTF-16 string, unpaired surrogates included. */
    static Gen<String> texts() {
        return strings().betweenCodePoints(0, Character.MAX_VALUE).ofLengthBetween(0, 300)
                .mix(strings().allPossible().ofLengthBetween(0, 100));
    }

    /** Lines assembled from the pieces of our JSONL and doccano's, so that most get past the JSON parser. */
    static Gen<String> jsonLines() {
        Gen<String> number = Generate.oneOf(integers().between(-3, 40).map(i -> String.valueOf(i)),
                Generate.pick(List.of("1e3", "2.5", "-0", "99999999999", "null", "\"3\"", "true")));
        Gen<String> string = Generate.oneOf(Generate.pick(List.of("\"\"", "\"جاسم\"", "\"LOCATION\"", "\"CITY\"",
                        "\"\\u0000\"", "\"\\ud800\"", "\"😀𝐀 درعا\"", "\"gold\"", "null")),
                strings().allPossible().ofLengthBetween(0, 12).map(s -> JsonFields.MAPPER.valueToTree(s).toString()));
        Gen<String> value = Generate.oneOf(number, string, Generate.pick(List.of("[]", "{}", "[[1,4,\"PERSON\"]]")));
        Gen<String> span = number.zip(number, string, Generate.pick(List.of("start", "start_offset")),
                (s, e, l, k) -> k.equals("start")
                        ? "{\"start\":" + s + ",\"end\":" + e + ",\"label\":" + l + "}"
                        : "{\"start_offset\":" + s + ",\"end_offset\":" + e + ",\"label\":" + l + "}");
        Gen<String> triple = number.zip(number, string, (s, e, l) -> "[" + s + "," + e + "," + l + "]");
        Gen<String> spans = joined(Generate.oneOf(span, triple), 4, "[", "]");
        Gen<String> chains = joined(joined(number, 3, "[", "]"), 2, "[", "]");
        Gen<String> field = Generate.oneOf(
                string.map(s -> "\"text\":" + s), value.map(v -> "\"id\":" + v), string.map(s -> "\"source\":" + s),
                spans.map(s -> "\"spans\":" + s), spans.map(s -> "\"label\":" + s), spans.map(s -> "\"entities\":" + s),
                spans.map(s -> "\"tokens\":" + s), chains.map(c -> "\"chains\":" + c), value.map(v -> "\"meta\":" + v));
        Gen<String> line = joined(field, 6, "{", "}");
        return lists().of(line).ofSizeBetween(1, 4).map(lines -> String.join("\n", lines));
    }

    /** Golden files with a few random cuts, insertions and replacements. */
    static Gen<String> damagedGoldenFiles() {
        Gen<String> golden = Generate.pick(List.of("jsonl/two-documents.jsonl", "doccano/three-documents.jsonl",
                "conll-ner/two-documents.bioes.conll", "conll2012/two-documents.conll")).map(SampleDocuments::golden);
        List<Character> pieces = "()*|-_#\t \n\r0123456789BIOES-{}[]\":,.\\دبـ\u0000\ud83d\ude00".chars()
                .mapToObj(c -> (char) c).toList();
        Gen<String> insert = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 3)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        Gen<Edit> edit = doubles().between(0, 1).zip(integers().between(0, 3), insert, Edit::new);
        return golden.zip(lists().of(edit).ofSizeBetween(1, 6), (file, edits) -> {
            StringBuilder damaged = new StringBuilder(file);
            edits.forEach(e -> e.applyTo(damaged));
            return damaged.toString();
        });
    }

    private record Edit(double where, int kind, String text) {
        void applyTo(StringBuilder damaged) {
            int at = (int) (where * damaged.length());
            switch (kind) {
                case 0 -> damaged.insert(at, text);
                case 1 -> damaged.delete(at, Math.min(damaged.length(), at + 1 + text.length() * 10));
                case 2 -> damaged.replace(at, Math.min(damaged.length(), at + text.length()), text);
                default -> damaged.setLength(at);
            }
        }
    }

    /** Up to {@code max} generated items joined by commas between the brackets. */
    private static Gen<String> joined(Gen<String> items, int max, String open, String close) {
        return lists().of(items).ofSizeBetween(0, max).map(l -> open + String.join(",", l) + close);
    }

    private static void everyReaderReadsOrFailsCleanly(String file) {
        for (CorpusReader reader : readers()) {
            readsOrFailsCleanly(reader, file);
        }
    }

    private static void readsOrFailsCleanly(CorpusReader reader, String file) {
        try {
            reader.readAll(new StringReader(file), "fuzz");
        } catch (FormatException expected) {
            assertThat(expected.problem()).as("%s on:\n%s", reader.getClass().getSimpleName(), file)
                    .doesNotStartWith("cannot be read");
        } catch (IOException e) {
            throw new AssertionError(reader.getClass().getSimpleName() + " threw " + e, e);
        }
    }
}
