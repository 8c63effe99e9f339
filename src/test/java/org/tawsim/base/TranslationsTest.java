package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Arabic say the same things: same keys, same placeholders, and every key the code asks for. */
class TranslationsTest {

    @Test
    void arabicAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("translations.properties");
        Properties ar = load("translations_ar.properties");
        assertThat(messages(ar)).isEqualTo(messages(en));
        for (String key : messages(en)) {
            String form = pluralBases(en).contains(key) ? key + ".other" : key;
            assertThat(placeholders(ar.getProperty(form))).as(key).isEqualTo(placeholders(en.getProperty(form)));
        }
    }

    /** A counted message gives every plural form its language has (CLDR): English one/other, Arabic all six. */
    @Test
    void countedMessagesHaveEveryPluralFormOfTheirLanguage() throws IOException {
        for (String language : List.of("en", "ar")) {
            Properties p = load(language.equals("en") ? "translations.properties" : "translations_ar.properties");
            Set<PluralCategory> required = PluralCategory.categories(Locale.forLanguageTag(language));
            Set<String> bases = pluralBases(p);
            assertThat(bases).as(language).contains("editor.save.retrying", "count.documents", "assign.created");
            for (String base : bases) {
                Set<PluralCategory> given = EnumSet.noneOf(PluralCategory.class);
                for (PluralCategory c : PluralCategory.values()) {
                    String form = p.getProperty(base + "." + c.suffix());
                    if (form != null) {
                        given.add(c);
                        // a form names no argument that the general form does not have
                        assertThat(placeholders(p.getProperty(base + ".other"))).as(base + "." + c.suffix())
                                .containsAll(placeholders(form));
                    }
                }
                assertThat(given).as(language + " " + base).isEqualTo(required);
            }
        }
        Properties en = load("translations.properties");
        assertThat(new java.text.MessageFormat(en.getProperty("count.documents.one"), Locale.ENGLISH).format(new Object[] {1}))
                .isEqualTo("1 document");
    }

    /** Keys, with the plural forms of a counted message ({@code x.one}, {@code x.other}, …) counted as one key {@code x}. */
    private static Set<String> messages(Properties p) {
        Set<String> bases = pluralBases(p);
        Set<String> keys = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            keys.add(dot > 0 && bases.contains(key.substring(0, dot)) ? key.substring(0, dot) : key);
        }
        return keys;
    }

    private static Set<String> pluralBases(Properties p) {
        Set<String> bases = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".other")) {
                bases.add(key.substring(0, key.length() - ".other".length()));
            }
        }
        return bases;
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Properties en = load("translations.properties");
        Pattern literal = Pattern.compile("(?:getTranslation|UserError|super|Plurals\\.text)\\(\"([a-z0-9.-]+)\"(?:, \"([a-z0-9.-]+)\")?");
        Pattern counted = Pattern.compile("Plurals\\.count\\(\"([a-z-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 2; g++) {
                        String key = m.group(g);
                        if (key != null && key.contains(".") && !key.endsWith(".") && !en.containsKey(key)
                                && !en.containsKey(key + ".other")) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
                Matcher c = counted.matcher(Files.readString(file));
                while (c.find()) {
                    if (!en.containsKey("count." + c.group(1) + ".other")) {
                        missing.add("count." + c.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
