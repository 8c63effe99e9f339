package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.UiLanguage;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * README "Upload limit": a script that lifts the browser's limit sends an 11 MB file anyway; the server refuses it
 * and the user reads the documented limit message, in English and in Arabic, and nothing is stored.
 */
class UploadLimitBrowserTest extends BrowserTest {

    /** Lifts the field's limit as a user's script could, then adds an 11 MB text file made in the browser. */
    private static final String SEND_TOO_LARGE = """
            const upload = document.querySelector('#document-upload');
            upload.maxFileSize = -1;
            const file = new File([new Uint8Array(11 * 1024 * 1024).fill(97)], 'big.txt', { type: 'text/plain' });
            upload._addFiles([file]);
            """;

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    DocumentService documents;

    @Test
    void inEnglish() {
        String message = refusedUpload("en");
        assertThat(message).isEqualTo("big.txt is larger than the limit of 10 MB; nothing was stored. Split it into smaller files.");
    }

    @Test
    void inArabic() {
        String message = refusedUpload("ar");
        assertThat(message).isEqualTo(new UserError("import.error.too-large", "big.txt", 10L).message(UiLanguage.ARABIC))
                .contains("big.txt");
    }

    /** The message in the file's row; the notification says the same. */
    private String refusedUpload(String language) {
        Teams.Team team = teams.create("Upload limit " + language, "annotator");
        accounts.setLanguage(team.lead().id(), language);
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("project/" + team.project().id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-upload")));
        waitForVaadin();

        js(SEND_TOO_LARGE);
        // The field sets error to false while the file is on its way, to the message when it is refused.
        wait.until(d -> (Boolean) js("return typeof document.querySelector('#document-upload').files[0].error === 'string'"));
        String shown = (String) js("return document.querySelector('#document-upload').files[0].error");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card.tawsim-feedback")));
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card.tawsim-feedback")).getText()).isEqualTo(shown);
        assertThat(documents.summaries(team.lead(), team.project().id())).isEmpty();
        return shown;
    }
}
