package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * A lead downloads a project's backup from its page, restores it under a new name from the projects page and
 * finds the same documents; a file that is not a backup is refused in words and stores nothing.
 */
class BackupBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    ProjectService projects;
    @Autowired
    AccountService accounts;

    @Test
    void aLeadDownloadsABackupAndRestoresItUnderANewName() throws Exception {
        Teams.Team team = teams.create("Backup", "annotator");
        long projectId = team.project().id();
        documents.importTextFile(team.lead(), projectId, "jasim.txt", "اشتباكات في جاسم بريف درعا".getBytes(StandardCharsets.UTF_8), null);
        documents.importTextFile(team.lead(), projectId, "daraa.txt", "وصل الوفد إلى درعا".getBytes(StandardCharsets.UTF_8), null);

        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("project/" + projectId));
        List<String> original = gridTexts("documents");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backup-download")));
        assertThat(link.getText()).contains("Download backup");
        // the browser's own request, with its session cookie, as following the link would send it
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.text().then(body => done({status: r.status,"
                        + " disposition: r.headers.get('Content-Disposition'), body})));", link);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("disposition")).contains("-backup-" + LocalDate.now() + ".json");
        String backup = (String) download.get("body");
        assertThat(backup).contains("\"format\":\"tawsim-project-backup\"", "jasim.txt", "daraa.txt");

        String restoredName = "Restored " + System.nanoTime();
        driver.get(url("projects"));
        openRestoreDialog();
        upload("backup.json", backup);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("restore-chosen"), "2 documents"));
        screenshot("restore-dialog.png");
        WebElement name = driver.findElement(By.cssSelector("#restore-name input"));
        name.clear();
        name.sendKeys(restoredName);
        driver.findElement(By.id("restore-start")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), restoredName));
        assertThat(driver.getCurrentUrl()).doesNotEndWith("/project/" + projectId);
        assertThat(gridTexts("documents")).containsExactlyInAnyOrderElementsOf(original);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedInWords() throws Exception {
        Teams.Team team = teams.create("Not a backup", "annotator");
        // in Arabic, right to left: the messages are the translated ones
        accounts.setLanguage(team.lead().id(), "ar");
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("projects"));

        openRestoreDialog();
        // the upload field's own button speaks Arabic too
        assertThat((String) js("return arguments[0].i18n.addFiles.one", driver.findElement(By.id("restore-upload"))))
                .isEqualTo("اختر ملفًا…");
        upload("broken.json", "{\"format\": \"tawsim-project-backup\", \"documents\": [");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("restore-error"), "ليس ملف JSON مقروءًا"));
        assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
        screenshot("restore-dialog-error-ar.png");
        assertThat(driver.findElement(By.id("restore-error")).getText()).doesNotContain("Exception");
        assertThat(driver.findElement(By.id("restore-start")).getDomAttribute("disabled")).isNotNull();

        driver.get(url("projects"));
        openRestoreDialog();
        upload("other.json", "{\"format\": \"something-else\", \"version\": 1, \"name\": \"Other\"}");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("restore-error"), "ليس نسخة احتياطية لمشروع"));
        assertThat(projects.findByName("Other")).isEmpty();
    }

    private void openRestoreDialog() {
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("restore-project"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("restore-upload")));
        waitForVaadin();
    }

    private void upload(String fileName, String content) throws Exception {
        Path file = Files.createTempDirectory("tawsim-backup").resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        WebElement upload = driver.findElement(By.id("restore-upload"));
        WebElement input = (WebElement) js("return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
