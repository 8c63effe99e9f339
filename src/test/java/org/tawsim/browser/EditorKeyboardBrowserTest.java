package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.browser.ExactSelectionBrowserTest.cp;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.LABEL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.jooq.DSLContext;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** Every editor action works from the keyboard alone, and the keys keep working after a button of the side panel. */
class EditorKeyboardBrowserTest extends BrowserTest {

    static final String TEXT = "قال أحمد إن أحمد عاد وإن أحمد سافر إلى درعا.";
    static final int A = cp(TEXT, TEXT.indexOf("أحمد"));
    static final int B = cp(TEXT, TEXT.indexOf("أحمد", A + 4));
    static final int C = cp(TEXT, TEXT.indexOf("أحمد", B + 4));

    @Autowired
    OneDocument oneDocument;
    @Autowired
    DSLContext db;

    @Test
    void selectLabelLinkSplitDeleteUndoAndRedoWithKeysOnly() {
        EditorPage editor = open();
        editor.focus(); // the text has the focus; from here on only keys

        // Arrows move by word (ArrowLeft is forward in right-to-left text); Shift+arrow selects the next word.
        editor.press(Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT);
        assertThat(editor.preview()).isEqualTo(A + ":" + (A + 4));
        editor.press("1").saved();
        editor.press(Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT).press("1").saved();
        editor.press(Keys.ARROW_LEFT, Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT).press("1").saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B), span(C));

        // L on the selected span (C), Shift+Tab to B, Enter: a chain; then A joins it the same way.
        editor.press("l").pressWith(Keys.SHIFT, Keys.TAB).press(Keys.ENTER).saved();
        assertThat(editor.storedChains()).containsExactly(List.of(at(B), at(C)));
        editor.pressWith(Keys.SHIFT, Keys.TAB).press("l").press(Keys.TAB).press(Keys.ENTER).saved();
        assertThat(editor.storedChains()).containsExactly(List.of(at(A), at(B), at(C)));

        // S splits the chain before the selected mention (Tab to C).
        editor.press(Keys.TAB, "s").saved();
        assertThat(editor.storedChains()).containsExactlyInAnyOrder(List.of(at(A), at(B)), List.of(at(C)));
        // U takes the selected mention out of its chain; undo puts it back.
        editor.press("u").saved();
        assertThat(editor.storedChains()).noneMatch(chain -> chain.contains(at(C)));
        editor.undo().saved();
        assertThat(editor.storedChains()).contains(List.of(at(C)));

        // Delete, undo, redo (Ctrl+Y and Ctrl+Shift+Z), undo.
        editor.press(Keys.DELETE).saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B));
        editor.undo().saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B), span(C));
        editor.pressWith(Keys.CONTROL, "y").saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B));
        editor.undo().saved();
        editor.redo().saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B));
        editor.undo().saved();
        assertThat(editor.storedSpans()).containsExactly(span(A), span(B), span(C));
        assertThat(editor.storedChains()).containsExactlyInAnyOrder(List.of(at(A), at(B)), List.of(at(C)));
        assertThat(editor.focused()).isEqualTo("tw-text");
    }

    @Test
    void afterEveryPanelButtonTheFocusIsBackOnTheTextAndCtrlZUndoesIt() {
        EditorPage editor = open();
        editor.focus().select(A, A + 4).press("1").saved();
        editor.select(B, B + 4).press("1").saved();
        editor.select(C, C + 4);
        driver.findElement(By.cssSelector("tawsim-editor .tw-label[data-label='PERSON']")).click(); // the toolbar
        editor.saved();
        assertThat(editor.focused()).isEqualTo("tw-text");
        // Link with the panel's button, then Tab to the target and Enter.
        driver.findElement(By.id("tw-link")).click();
        assertThat(editor.focused()).isEqualTo("tw-text");
        editor.pressWith(Keys.SHIFT, Keys.TAB).press(Keys.ENTER).saved();
        editor.pressWith(Keys.SHIFT, Keys.TAB).press("l").press(Keys.TAB).press(Keys.ENTER).saved();
        List<List<String>> whole = List.of(List.of(at(A), at(B), at(C)));
        assertThat(editor.storedChains()).isEqualTo(whole);

        // ✕ removes the first mention from the chain; Ctrl+Z, pressed right after, puts it back.
        driver.findElements(By.cssSelector("#tw-chains .tw-unlink")).get(0).click();
        editor.saved();
        assertThat(editor.focused()).isEqualTo("tw-text");
        assertThat(editor.storedChains()).containsExactly(List.of(at(B), at(C)));
        editor.undo().saved();
        assertThat(editor.storedChains()).isEqualTo(whole);

        // ✂ splits the chain before the second mention; Ctrl+Z joins it again.
        driver.findElements(By.cssSelector("#tw-chains .tw-split")).get(0).click();
        editor.saved();
        assertThat(editor.focused()).isEqualTo("tw-text");
        assertThat(editor.storedChains()).hasSize(2);
        editor.undo().saved();
        assertThat(editor.storedChains()).isEqualTo(whole);

        // Delete in the panel; Ctrl+Z brings the span back, and Ctrl+Shift+Z deletes it again.
        editor.press(Keys.TAB);
        driver.findElement(By.id("tw-delete")).click();
        editor.saved();
        assertThat(editor.focused()).isEqualTo("tw-text");
        assertThat(editor.storedSpans()).hasSize(2);
        editor.undo().saved();
        assertThat(editor.storedSpans()).hasSize(3);
        assertThat(editor.storedChains()).isEqualTo(whole);
        editor.redo().saved();
        assertThat(editor.storedSpans()).hasSize(2);

        // Undo and redo buttons of the toolbar hand the focus back too.
        driver.findElement(By.id("tw-undo")).click();
        editor.saved();
        assertThat(editor.focused()).isEqualTo("tw-text");
        editor.redo().saved();
        assertThat(editor.storedSpans()).hasSize(2);
    }

    @Test
    void aLetterGivenToALabelLabelsAndTheSameLetterWithShiftDoesTheCommand() {
        OneDocument.Setup doc = oneDocument.assigned(TEXT, "en");
        // A project may give the command letters to labels (a hotkey is any lower-case letter or digit).
        giveHotkey(doc.documentId(), "EVENT", "u");
        giveHotkey(doc.documentId(), "LOCATION", "s");
        EditorPage editor = open(doc);
        editor.focus();

        editor.press(Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT).press("u").saved();
        editor.press(Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT).press("s").saved();
        editor.press(Keys.ARROW_LEFT, Keys.ARROW_LEFT).pressWith(Keys.SHIFT, Keys.ARROW_LEFT).press("1").saved();
        assertThat(editor.storedSpans()).containsExactly(span(A, "EVENT"), span(B, "LOCATION"), span(C, "PERSON"));

        // One chain of A, B and C (L, Tab, Enter), with C selected at the end.
        editor.press("l").pressWith(Keys.SHIFT, Keys.TAB).press(Keys.ENTER).saved();
        editor.pressWith(Keys.SHIFT, Keys.TAB).press("l").press(Keys.TAB).press(Keys.ENTER).saved();
        editor.press(Keys.TAB).saved();
        assertThat(editor.storedChains()).containsExactly(List.of(at(A), at(B), at(C)));

        // Shift+S splits the chain before C, plain s relabels C, Shift+U takes C out of its chain, plain u relabels it.
        editor.pressWith(Keys.SHIFT, "s").saved();
        assertThat(editor.storedChains()).containsExactlyInAnyOrder(List.of(at(A), at(B)), List.of(at(C)));
        editor.press("s").saved();
        assertThat(editor.storedSpans()).containsExactly(span(A, "EVENT"), span(B, "LOCATION"), span(C, "LOCATION"));
        editor.pressWith(Keys.SHIFT, "u").saved();
        assertThat(editor.storedChains()).containsExactly(List.of(at(A), at(B)));
        editor.press("u").saved();
        assertThat(editor.storedSpans()).containsExactly(span(A, "EVENT"), span(B, "LOCATION"), span(C, "EVENT"));
        assertThat(editor.storedChains()).containsExactly(List.of(at(A), at(B)));
    }

    private void giveHotkey(long documentId, String label, String hotkey) {
        db.update(LABEL).set(LABEL.HOTKEY, hotkey).where(LABEL.NAME.eq(label)
                .and(LABEL.PROJECT_ID.eq(db.select(DOCUMENT.PROJECT_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)))))
                .execute();
    }

    private EditorPage open() {
        return open(oneDocument.assigned(TEXT, "en"));
    }

    private EditorPage open(OneDocument.Setup doc) {
        logIn(doc.login(), Teams.PASSWORD);
        gridTexts("my-documents");
        driver.get(url("documents/" + doc.documentId()));
        return new EditorPage(driver);
    }

    private static String span(int start) {
        return span(start, "PERSON");
    }

    private static String span(int start, String label) {
        return start + ":" + (start + 4) + ":" + label;
    }

    private static String at(int start) {
        return start + ":" + (start + 4);
    }
}
