package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.base.UserError;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;

/** The command line and the export service take their format names from the registry. */
class ExportFormatNamesTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ExportService exports;

    ExportFixture fx;

    @BeforeEach
    void annotatedProject() {
        fx = new ExportFixture(scenarios);
    }

    @Test
    void theCommandLineHelpListsTheRegistrysNamesAndTakesEveryNameOfAWritableFormat() {
        assertThat(ExportArguments.USAGE).contains("  --format " + String.join("|", CorpusFormats.commandLineNames()) + "   default jsonl\n");
        for (CorpusFormat format : CorpusFormats.writable()) {
            Stream.concat(Stream.of(format.name(), format.commandLineName()), format.aliases().stream()).forEach(name ->
                    assertThat(ExportArguments.parse("--project", "1", "--out", "o", "--format", name.toLowerCase(Locale.ROOT))
                            .request().format()).as(name).isSameAs(format));
        }
        assertThatThrownBy(() -> ExportArguments.parse("--project", "1", "--out", "o", "--format", "doccano"))
                .isInstanceOf(ExportArguments.Invalid.class)
                .hasMessage("--format must be conll, conll2012 or jsonl, not 'doccano'");
    }

    @Test
    void aFormatThatCanOnlyBeReadIsRefusedListingTheFormatsAnExportWrites() {
        ExportRequest doccano = new ExportRequest(CorpusFormats.DOCCANO, null, null, null, null);
        assertThatThrownBy(() -> exports.export(fx.lead, fx.project.id(), doccano)).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.messageKey()).isEqualTo("export.error.format");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("DOCCANO can be imported but not exported; an export is written in "
                    + "one of: CONLL_NER, CONLL_2012, JSONL.");
        });
        assertThatThrownBy(() -> exports.documentsToRead(fx.lead, fx.project.id(), doccano)).isInstanceOf(UserError.class);
        assertThat(exports.list(fx.lead, fx.project.id())).isEmpty();
    }
}
