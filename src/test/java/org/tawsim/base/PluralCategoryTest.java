package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected categories from CLDR's plural rules chart (unicode.org/cldr/charts/latest/supplemental/
 * language_plural_rules.html), whose integer examples for Arabic are: zero 0; one 1; two 2; few 3~10, 103~110,
 * 1003; many 11~26, 111, 1011; other 100~102, 200~202, 300~302, 1000; and for English: one 1; other 0, 2~16, 100.
 */
class PluralCategoryTest {

    @ParameterizedTest(name = "ar {0} → {1}")
    @CsvSource({"0, ZERO", "1, ONE", "2, TWO", "3, FEW", "10, FEW", "103, FEW", "110, FEW", "1003, FEW",
            "11, MANY", "26, MANY", "99, MANY", "111, MANY", "1011, MANY",
            "100, OTHER", "101, OTHER", "102, OTHER", "200, OTHER", "302, OTHER", "1000, OTHER"})
    void arabic(long n, PluralCategory expected) {
        assertThat(PluralCategory.of(n, Locale.forLanguageTag("ar"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "en {0} → {1}")
    @CsvSource({"0, OTHER", "1, ONE", "2, OTHER", "16, OTHER", "100, OTHER", "101, OTHER"})
    void english(long n, PluralCategory expected) {
        assertThat(PluralCategory.of(n, Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, 1, changes.one", "en, 5, changes.other", "ar, 2, changes.two", "ar, 11, changes.many"})
    void keyOfTheForm(String language, long n, String key) {
        assertThat(PluralCategory.key("changes", n, Locale.forLanguageTag(language))).isEqualTo(key);
    }
}
