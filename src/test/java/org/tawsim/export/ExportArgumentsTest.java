package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tawsim.Application;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.TagScheme;

class ExportArgumentsTest {

    @Test
    void readsEveryOptionAndLeavesSpringSettingsToSpring() {
        ExportArguments args = ExportArguments.parse("--project", "Arabic news (demo)", "--format", "conll",
                "--scheme=bioes", "--source", "annotator1", "--split", "0.8,0.1,0.1", "--seed", "7", "--out", "out/x",
                "--user", "lead", "--spring.datasource.url=jdbc:postgresql://db/tawsim");

        assertThat(args.project()).isEqualTo("Arabic news (demo)");
        assertThat(args.out()).isEqualTo(Path.of("out/x"));
        assertThat(args.user()).isEqualTo("lead");
        assertThat(args.request()).isEqualTo(new ExportRequest(CorpusFormats.CONLL_NER, TagScheme.BIOES,
                ExportSources.ANNOTATOR, "annotator1", new ExportSplit(0.8, 0.1, 0.1, 7), true));
        assertThat(args.springArgs()).containsExactly("--spring.datasource.url=jdbc:postgresql://db/tawsim");
    }

    @Test
    void defaultsAreJsonlOfEveryAnnotatorWithoutSplit() {
        ExportArguments args = ExportArguments.parse("--project", "3", "--out", "o", "--format", "conll2012");
        assertThat(args.request()).isEqualTo(new ExportRequest(CorpusFormats.CONLL_2012, TagScheme.IOB2,
                ExportSources.ALL_ANNOTATORS, null, null, true));
        assertThat(ExportArguments.parse("--project", "3", "--out", "o").request().format()).isEqualTo(CorpusFormats.JSONL);
        assertThat(args.user()).isNull();
    }

    @Test
    void finishedDocumentsOnlyIsTheDefaultAndCanBeTurnedOff() {
        assertThat(ExportArguments.parse("--project", "3", "--out", "o").request().finishedOnly()).isTrue();
        assertThat(ExportArguments.parse("--project", "3", "--out", "o", "--finished-only", "no").request().finishedOnly()).isFalse();
        assertThat(ExportArguments.parse("--project", "3", "--out", "o", "--finished-only=yes").request().finishedOnly()).isTrue();
        // gold holds curated documents, whatever the option says
        assertThat(ExportArguments.parse("--project", "3", "--out", "o", "--source", "gold").request().finishedOnly()).isFalse();
        assertThatThrownBy(() -> ExportArguments.parse("--project", "3", "--out", "o", "--finished-only", "maybe"))
                .hasMessage("--finished-only must be yes or no, not 'maybe'");
    }

    @Test
    void badArgumentsSayWhatToChange() {
        assertInvalid("--project is required", "--out", "o");
        assertInvalid("--out is required", "--project", "1");
        assertInvalid("--format must be conll, conll2012 or jsonl, not 'xml'", "--project", "1", "--out", "o", "--format", "xml");
        assertInvalid("--scheme must be iob2 or bioes, not 'bilou'", "--project", "1", "--out", "o", "--scheme", "bilou");
        assertInvalid("unknown option --projekt", "--projekt", "1", "--out", "o");
        assertInvalid("--out needs a value", "--project", "1", "--out");
        assertInvalid("unexpected argument 'stray'", "--project", "1", "stray");
        assertInvalid("--project is given twice", "--project", "1", "--project", "2", "--out", "o");
        assertInvalid("--split needs three ratios train,dev,test, e.g. 0.8,0.1,0.1", "--project", "1", "--out", "o", "--split", "0.8,0.2");
        assertInvalid("--split ratios must not be negative and must not all be 0: '0,0,0'", "--project", "1", "--out", "o", "--split", "0,0,0");
        assertInvalid("--seed is only for --split", "--project", "1", "--out", "o", "--seed", "3");
    }

    @Test
    void aBadCommandLineExitsWith2AndTheUsageBeforeAnyDatabaseIsOpened() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.launch(Application.class, new String[] {"--project", "1", "--format", "pdf", "--out", "o"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("export: --format must be conll, conll2012 or jsonl, not 'pdf'\nUsage: java -jar tawsim.jar export");
    }

    private static void assertInvalid(String message, String... args) {
        assertThatThrownBy(() -> ExportArguments.parse(args)).isInstanceOf(ExportArguments.Invalid.class).hasMessage(message);
    }
}
