package org.tawsim.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based fuzzing of the readers that imports use: whatever a file holds, a reader returns documents or
 * throws a {@link FormatException} with a problem it recognised, never another exception (which an import would
 * turn into a crash) and never its last-resort "cannot be read (...)". jqwik shrinks a failing input to a small
 * one and prints its seed; {@code @Property(seed = "...")} replays it.
 */
class ReaderProperties {

    private static final Set<String> LABELS = Set.of("PERSON", "ORG", "LOCATION", "EVENT");

    /** Readers with and without a label list: each checks labels on another path. */
    private static List<CorpusReader> readers() {
        return List.of(new JsonlReader(), new JsonlReader(LABELS), new DoccanoReader(), new DoccanoReader(LABELS),
                new ConllNerReader(), new ConllNerReader(LABELS), new Conll2012Reader());
    }

    @Property(tries = 300)
    void anyTextReadsOrFailsCleanly(@ForAll("texts") String file) {
        for (CorpusReader reader : readers()) {
            readsOrFailsCleanly(reader, file);
        }
    }

    @Property(tries = 300)
    void anyBytesReadOrFailCleanly(@ForAll byte[] file) {
        for (CorpusReader reader : readers()) {
            try {
                reader.readAll(new ByteArrayInputStream(file), "fuzz");
            } catch (FormatException expected) {
                assertThat(expected.problem()).doesNotStartWith("cannot be read");
            } catch (IOException e) {
                throw new AssertionError(reader.getClass().getSimpleName() + " threw " + e, e);
            }
        }
    }

    @Property(tries = 400)
    void jsonLikeLinesReadOrFailCleanly(@ForAll("jsonLines") String file) {
        for (CorpusReader reader : readers()) {
            readsOrFailsCleanly(reader, file);
        }
    }

    @Property(tries = 400)
    void damagedGoldenFilesReadOrFailCleanly(@ForAll("damagedGoldenFiles") String file) {
        for (CorpusReader reader : readers()) {
            readsOrFailsCleanly(reader, file);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    /** Lines assembled from the pieces of our JSONL and doccano's, so that most get past the JSON parser. */
    @Provide
    Arbitrary<String> jsonLines() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(-3, 40).map(String::valueOf),
                Arbitraries.of("1e3", "2.5", "-0", "99999999999", "null", "\"3\"", "true"));
        Arbitrary<String> string = Arbitraries.oneOf(Arbitraries.of("\"\"", "\"جاسم\"", "\"LOCATION\"", "\"CITY\"",
                "\"\\u0000\"", "\"\\ud800\"", "\"😀𝐀 درعا\"", "\"gold\"", "null"),
                Arbitraries.strings().ofMaxLength(12).map(s -> JsonFields.MAPPER.valueToTree(s).toString()));
        Arbitrary<String> value = Arbitraries.oneOf(number, string, Arbitraries.of("[]", "{}", "[[1,4,\"PERSON\"]]"));
        Arbitrary<String> span = Combinators.combine(number, number, string, Arbitraries.of("start", "start_offset"))
                .as((s, e, l, k) -> k.equals("start")
                        ? "{\"start\":" + s + ",\"end\":" + e + ",\"label\":" + l + "}"
                        : "{\"start_offset\":" + s + ",\"end_offset\":" + e + ",\"label\":" + l + "}");
        Arbitrary<String> triple = Combinators.combine(number, number, string).as((s, e, l) -> "[" + s + "," + e + "," + l + "]");
        Arbitrary<String> spans = Arbitraries.oneOf(span, triple).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> chains = number.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")
                .list().ofMaxSize(2).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> field = Arbitraries.oneOf(
                string.map(s -> "\"text\":" + s), value.map(v -> "\"id\":" + v), string.map(s -> "\"source\":" + s),
                spans.map(s -> "\"spans\":" + s), spans.map(s -> "\"label\":" + s), spans.map(s -> "\"entities\":" + s),
                spans.map(s -> "\"tokens\":" + s), chains.map(c -> "\"chains\":" + c), value.map(v -> "\"meta\":" + v));
        Arbitrary<String> line = field.list().ofMaxSize(6).map(fields -> "{" + String.join(",", fields) + "}");
        return line.list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n", lines));
    }

    /** Golden files with a few random cuts, insertions and replacements. */
    @Provide
    Arbitrary<String> damagedGoldenFiles() {
        Arbitrary<String> golden = Arbitraries.of("jsonl/two-documents.jsonl", "doccano/three-documents.jsonl",
                "conll-ner/two-documents.bioes.conll", "conll2012/two-documents.conll").map(SampleDocuments::golden);
        Arbitrary<Tuple.Tuple3<Double, Integer, String>> edit = Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3),
                Arbitraries.strings().withChars("()*|-_#\t \n\r0123456789BIOES-{}[]\":,.\\😀دبـ\u0000").ofMaxLength(3))
                .as(Tuple::of);
        return Combinators.combine(golden, edit.list().ofMinSize(1).ofMaxSize(6)).as((file, edits) -> {
            StringBuilder damaged = new StringBuilder(file);
            for (Tuple.Tuple3<Double, Integer, String> e : edits) {
                int at = (int) (e.get1() * damaged.length());
                switch (e.get2()) {
                    case 0 -> damaged.insert(at, e.get3());
                    case 1 -> damaged.delete(at, Math.min(damaged.length(), at + 1 + e.get3().length() * 10));
                    case 2 -> damaged.replace(at, Math.min(damaged.length(), at + e.get3().length()), e.get3());
                    default -> damaged.setLength(at);
                }
            }
            return damaged.toString();
        });
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
