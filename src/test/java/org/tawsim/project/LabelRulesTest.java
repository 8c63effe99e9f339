package org.tawsim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tawsim.base.UserError;

class LabelRulesTest {

    @Test
    void theDefaultsKeepTheRules() {
        LabelRules.check(Label.DEFAULTS);
    }

    @Test
    void theReservedKeysAreTheLetterCommandsOfTheEditorKeymap() throws Exception {
        String keymap = Files.readString(Path.of("src/main/frontend/src/editor/keymap.ts"));
        Matcher letters = Pattern.compile("const LETTERS[^=]*= \\{([^}]*)}").matcher(keymap);
        assertThat(letters.find()).isTrue();
        Set<String> keys = new TreeSet<>();
        Matcher key = Pattern.compile("(\\w+):").matcher(letters.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        assertThat(keys).isEqualTo(new TreeSet<>(LabelRules.RESERVED_KEYS));
    }

    @Test
    void tidyingUpperCasesNamesLowerCasesColoursAndKeysAndDropsBlanks() {
        assertThat(LabelRules.tidy(new Label(" weapon ", "#AABBCC", " W ", 3, " ", " سلاح ", null)))
                .isEqualTo(new Label("WEAPON", "#aabbcc", "w", 3, null, "سلاح", ""));
    }

    @Test
    void anEmptySetAndOverlongTextsAreRefused() {
        assertRefused(List.of(), "label.error.empty");
        assertRefused(List.of(new Label("A", "#000000", null, 0, "x".repeat(65), null, "")), "label.error.display");
        assertRefused(List.of(new Label("A", "#000000", null, 0, null, null, "x".repeat(501))), "label.error.guideline");
        assertRefused(List.of(new Label("A", "#000000", "1", 0), new Label("B", "#000000", "1", 1)), "label.error.hotkey-taken");
    }

    @Test
    void theDisplayNameFollowsTheUiLanguageAndFallsBackToTheName() {
        Label place = new Label("PLACE", "#000000", null, 0, "Place", "مكان", "");
        assertThat(place.displayName(java.util.Locale.ENGLISH)).isEqualTo("Place");
        assertThat(place.displayName(java.util.Locale.forLanguageTag("ar"))).isEqualTo("مكان");
        assertThat(new Label("ORG", "#000000", null, 0).displayName(java.util.Locale.forLanguageTag("ar"))).isEqualTo("ORG");
    }

    private static void assertRefused(List<Label> labels, String key) {
        assertThatThrownBy(() -> LabelRules.check(labels))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
