package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(ar.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(ar.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Properties en = load("translations.properties");
        Pattern literal = Pattern.compile("(?:getTranslation|UserError|super)\\(\"([a-z0-9.-]+)\"(?:, \"([a-z0-9.-]+)\")?");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 2; g++) {
                        String key = m.group(g);
                        if (key != null && key.contains(".") && !key.endsWith(".") && !en.containsKey(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
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
