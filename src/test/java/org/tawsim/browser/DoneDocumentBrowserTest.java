package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.SPAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** Mark done makes the annotator's layer read-only in the editor, with a word; Reopen (by keyboard) makes it editable. */
class DoneDocumentBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;

    @Test
    void aDoneDocumentIgnoresLabelKeysUntilReopened() throws Exception {
        String text = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        Teams.Team team = teams.create("Done in the browser", "finisher");
        long documentId = documents.importTextFile(team.lead(), team.project().id(), "000_9720df9780ae2cfa.txt",
                text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));
        long annotator = team.annotator(0).id();
        logIn(team.annotator(0).login(), Teams.PASSWORD);
        driver.get(url("documents/" + documentId));
        EditorPage editor = new EditorPage(driver);
        int daraa = text.codePointCount(0, text.indexOf("بدرعا")) + 1;

        // the save state counts in the plural form of the UI language
        assertThat(js("return document.querySelector('tawsim-editor').count('editor.save.retrying', 1)"))
                .isEqualTo("Server unreachable: 1 change waiting, retrying");
        assertThat(js("return document.querySelector('tawsim-editor').count('editor.save.retrying', 3)"))
                .isEqualTo("Server unreachable: 3 changes waiting, retrying");

        toggle().click(); // Mark done
        wait.until(d -> d.findElements(By.id("tw-done")).size() == 1);
        assertThat(driver.findElement(By.id("tw-done")).getText()).isEqualTo("Done — reopen to edit");
        editor.focus().press("x").select(daraa, daraa + 4).press("3");
        wait.until(d -> editor.notice().contains("marked done"));
        editor.pressWith(Keys.CONTROL, "z");
        assertThat(editor.shownSpans()).isEmpty();
        assertThat(stored(documentId, annotator)).isEmpty();

        // Reopen with the keyboard alone: the button takes focus and Enter presses it.
        WebElement reopen = toggle();
        assertThat(reopen.getText()).isEqualTo("Reopen");
        reopen.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.id("tw-done")).isEmpty());
        editor.focus().select(daraa, daraa + 4).press("3").saved();
        assertThat(stored(documentId, annotator)).containsExactly(daraa + ":" + (daraa + 4) + ":LOCATION");
    }

    private WebElement toggle() {
        return wait.until(d -> d.findElement(By.id("status-toggle")));
    }

    private List<String> stored(long documentId, long annotator) {
        return dsl.select(SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.DOCUMENT_ID.eq(documentId).and(SPAN.ANNOTATOR_ID.eq(annotator)))
                .fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3());
    }
}
