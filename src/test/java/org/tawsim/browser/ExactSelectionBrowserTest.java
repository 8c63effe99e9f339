package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * What the preview shows is what a label key stores, for every gesture, with Exact characters off and on, in both UI
 * languages: Shift+Alt+arrows and Alt+drag are exact; a plain drag snaps to whole words only while Exact is off.
 * The stored layer is read back over the API after each gesture.
 */
class ExactSelectionBrowserTest extends BrowserTest {

    @Autowired
    OneDocument oneDocument;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void whatThePreviewShowsIsWhatIsStored(String language) throws Exception {
        String text = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        OneDocument.Setup doc = oneDocument.assigned(text, language);
        logIn(doc.login(), Teams.PASSWORD);
        gridTexts("my-documents");
        driver.get(url("documents/" + doc.documentId()));
        EditorPage editor = new EditorPage(driver);
        assertThat(js("return document.documentElement.getAttribute('dir') || 'ltr'")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");

        int daraa = cp(text, text.indexOf("بدرعا")) + 1;     // ب|درعا
        int liwa = cp(text, text.indexOf("واللواء")) + 1;     // و|اللواء
        int faylaq = cp(text, text.indexOf("للفيلق")) + 1;    // ل|لفيلق (the preposition before the article)
        int city = cp(text, text.indexOf("مدينة جاسم"));      // a drag from inside مدينة to inside جاسم

        List<String> stored = new ArrayList<>();
        for (boolean exact : new boolean[] {false, true}) {
            String label = exact ? "ORG" : "LOCATION";
            String key = exact ? "2" : "3";
            if (exact) {
                editor.focus().press("x");
            }
            assertThat(js("return document.querySelector('#tw-exact').checked")).isEqualTo(exact);

            // Shift+Alt+arrows from the caret after ب: exact whatever X says.
            editor.click(daraa + 1, daraa + 2).press(Keys.ESCAPE).press(Keys.ARROW_RIGHT); // to the start of بدرعا
            editor.pressWith(Keys.ALT, Keys.ARROW_LEFT);                                   // one character on
            for (int i = 0; i < 4; i++) {
                new Actions(driver).keyDown(Keys.SHIFT).keyDown(Keys.ALT).sendKeys(Keys.ARROW_LEFT)
                        .keyUp(Keys.ALT).keyUp(Keys.SHIFT).perform();
            }
            labelAndCheck(editor, stored, daraa, daraa + 4, key, label);

            // Alt+drag over اللواء, leaving out و: exact whatever X says.
            editor.drag(liwa, liwa + 6, true);
            labelAndCheck(editor, stored, liwa, liwa + 6, key, label);

            // A plain drag over لفيلق: the whole word للفيلق while X is off, exactly لفيلق when it is on.
            editor.drag(faylaq, faylaq + 5, false);
            labelAndCheck(editor, stored, exact ? faylaq : faylaq - 1, faylaq + 5, key, label);

            // A plain drag starting and ending inside words: whole words while X is off, exact when on.
            editor.drag(city + 1, city + 8, false);
            labelAndCheck(editor, stored, exact ? city + 1 : city, exact ? city + 8 : city + 10, key, label);
        }
        assertThat(stored).hasSize(8);
    }

    /** The preview shows [start, end); the label key stores exactly that and nothing else. */
    private void labelAndCheck(EditorPage editor, List<String> stored, int start, int end, String key, String label) {
        assertThat(editor.preview()).isEqualTo(start + ":" + end);
        editor.press(key).saved();
        stored.add(start + ":" + end + ":" + label);
        assertThat(editor.storedSpans()).containsExactlyInAnyOrderElementsOf(stored);
    }

    static int cp(String text, int utf16Index) {
        assertThat(utf16Index).isNotNegative();
        return text.codePointCount(0, utf16Index);
    }
}
