package org.tawsim.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged files must end in documents or a FormatException, never in another exception: an import shows the
 * user what to fix instead of crashing. Each reader gets a few thousand randomly edited copies of a golden file
 * (fixed seed, so a failure can be replayed). The problem must also be one the reader recognised, not its
 * last-resort "cannot be read (...)" for an exception that slipped out of a parser.
 */
class ReaderRobustnessTest {

    private static final String ALPHABET = "()*|-_#\t \n0123456789BIOES-{}[]\":,.\\😀دبـ";

    private static int damagedReads(CorpusReader reader, String golden, long seed) throws IOException {
        Random random = new Random(seed);
        int formatErrors = 0;
        for (int round = 0; round < 2000; round++) {
            StringBuilder file = new StringBuilder(golden);
            for (int edit = 0; edit < 1 + random.nextInt(5); edit++) {
                int at = random.nextInt(file.length());
                switch (random.nextInt(4)) {
                    case 0 -> file.deleteCharAt(at);
                    case 1 -> file.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 2 -> file.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> file.delete(at, Math.min(file.length(), at + random.nextInt(40)));
                }
            }
            try {
                reader.readAll(new StringReader(file.toString()), "damaged");
            } catch (FormatException expected) {
                assertThat(expected.problem()).as("damaged file:\n%s", file).doesNotStartWith("cannot be read");
                formatErrors++;
            }
        }
        return formatErrors;
    }

    @Test
    void conll2012() throws IOException {
        assertThat(damagedReads(new Conll2012Reader(), SampleDocuments.golden("conll2012/two-documents.conll"), 1))
                .isPositive();
    }

    @Test
    void conllNer() throws IOException {
        assertThat(damagedReads(new ConllNerReader(), SampleDocuments.golden("conll-ner/two-documents.bioes.conll"), 2))
                .isPositive();
    }

    @Test
    void doccano() throws IOException {
        assertThat(damagedReads(new DoccanoReader(), SampleDocuments.golden("doccano/three-documents.jsonl"), 3))
                .isPositive();
    }

    @Test
    void jsonl() throws IOException {
        assertThat(damagedReads(new JsonlReader(), SampleDocuments.golden("jsonl/two-documents.jsonl"), 4))
                .isPositive();
    }
}
