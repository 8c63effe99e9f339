package org.tawsim.corpusimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tawsim.base.UserError;
import org.tawsim.export.ExportRequest;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;

/** The import API resolves format names through the registry, as the export API does, and lists its names. */
class ImportFormatNamesTest {

    @Test
    void importAndExportAcceptTheSameNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (CorpusFormat format : CorpusFormats.all()) {
            for (String name : Stream.concat(Stream.of(format.name()), format.aliases().stream()).toList()) {
                String spelling = name.toLowerCase(Locale.ROOT).replace('_', '-');
                assertThat(ImportController.formatNamed(spelling)).as(spelling).isSameAs(format);
                ExportRequest request = json.readValue("{\"format\":\"" + spelling + "\"}", ExportRequest.class);
                assertThat(request.format()).as(spelling).isSameAs(format);
            }
        }
    }

    @Test
    void anUnknownFormatIsAUserErrorListingTheRegistrysImportNames() {
        assertThatThrownBy(() -> ImportController.formatNamed(" brat ")).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.messageKey()).isEqualTo("corpus-import.error.format");
            assertThat(e.args()).containsExactly("brat", String.join(", ", CorpusFormats.importNames()));
            assertThat(e.message(Locale.ENGLISH))
                    .isEqualTo("Unknown format brat; use one of: JSONL, DOCCANO, CONLL_BIO, CONLL_2012. Nothing was stored.");
        });
    }
}
