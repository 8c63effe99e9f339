package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Refused writes answer keys chosen by constraint name, each said in English and Arabic. */
class ConstraintMessagesTest {

    @Test
    void aKnownConstraintHasItsOwnKeyAndAnyOtherTheGenericOne() {
        assertThat(ConstraintMessages.keyOf("label_colour_ck")).isEqualTo("data.integrity.label-colour");
        assertThat(ConstraintMessages.keyOf("span_within_text_ck")).isEqualTo("data.integrity.span-range");
        // A login differing only in case from another hits the case-insensitive index, not the unique column.
        assertThat(ConstraintMessages.keyOf("app_user_login_lower_uk")).isEqualTo("data.integrity.login-taken");
        assertThat(ConstraintMessages.keyOf("some_future_ck")).isEqualTo("data.integrity");
        assertThat(ConstraintMessages.keyOf(null)).isEqualTo("data.integrity");
        assertThat(ConstraintMessages.key(new IllegalStateException("duplicate key value violates unique constraint")))
                .isEqualTo("data.integrity");
    }

    @Test
    void everyKeyIsTranslatedInBothLanguagesWithoutSqlWords() throws IOException {
        Properties en = load("translations.properties");
        Properties ar = load("translations_ar.properties");
        for (String key : ConstraintMessages.keys()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContain("violates", "constraint", "_ck", "_uk");
            assertThat(ar.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(ConstraintMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
