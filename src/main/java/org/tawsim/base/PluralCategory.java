package org.tawsim.base;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The CLDR cardinal plural categories, for whole numbers, of the two UI languages. English says "1 change",
 * "2 changes"; Arabic has six forms: لا تغييرات / تغيير واحد / تغييران / 3–10 تغييرات / 11–99 تغييرًا / 100 تغيير.
 * Rules from CLDR's language plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
 * English one: i = 1 and v = 0. Arabic zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
 * many: n % 100 = 11..99; other: everything else (100–102, 200, …).
 */
public enum PluralCategory {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    public static PluralCategory of(long count, Locale locale) {
        long n = Math.abs(count);
        if (!isArabic(locale)) {
            return n == 1 ? ONE : OTHER;
        }
        long lastTwo = n % 100;
        if (n == 0) {
            return ZERO;
        } else if (n == 1) {
            return ONE;
        } else if (n == 2) {
            return TWO;
        } else if (lastTwo >= 3 && lastTwo <= 10) {
            return FEW;
        } else if (lastTwo >= 11) {
            return MANY;
        }
        return OTHER;
    }

    /** The categories a language's translations must give for every counted message. */
    public static Set<PluralCategory> categories(Locale locale) {
        return isArabic(locale) ? EnumSet.allOf(PluralCategory.class) : EnumSet.of(ONE, OTHER);
    }

    /** The translation key of a counted message's form: {@code key.one}, {@code key.few}, … */
    public static String key(String key, long count, Locale locale) {
        return key + "." + of(count, locale).suffix();
    }

    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static boolean isArabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
