package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * A lead lets the annotators of a project see each other's work; an annotator then opens a co-annotator's
 * annotations of their document, read-only, next to their own editor. Before that, the choice is not there.
 */
class SharingBrowserTest extends BrowserTest {

    // "درعا" inside "بدرعا" is at code points 24-28
    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ProjectService projects;

    @Test
    void aLeadAllowsSharingAndAnAnnotatorReadsTheOthersSpans() {
        Teams.Team team = teams.create("Sharing", "ann", "other");
        long projectId = team.project().id();
        long documentId = documents.importTextFile(team.lead(), projectId, "jasim.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), projectId, 2, List.of(documentId));
        UserAccount ann = team.annotator(0);
        UserAccount other = team.annotator(1);
        annotations.apply(other, documentId, 0, UUID.randomUUID(), new CreateSpan(24, 28, "LOCATION"));

        // blind: neither the project page nor the document offers anything of the others' work
        logInAs(ann);
        driver.get(url("project/" + projectId));
        gridTexts("documents");
        assertThat(driver.findElements(By.id("annotators-see-each-other"))).isEmpty();
        openDocument(documentId);
        assertThat(driver.findElements(By.id("co-annotator-picker"))).isEmpty();

        // the lead ticks the box
        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("annotators-see-each-other")));
        assertThat(box.getText()).contains("Annotators may see each other's annotations (read-only)");
        assertThat(box.getAttribute("checked")).isNull();
        box.findElement(By.tagName("input")).click();
        waitForVaadin();
        wait.until(d -> projects.annotatorsSeeEachOther(team.lead(), projectId));

        // the annotator now picks the other annotator and reads their span, marked and labelled
        logInAs(ann);
        openDocument(documentId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("co-annotator-picker"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., '" + other.login() + "')]"))).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#co-annotator-text mark")));
        waitForVaadin();
        assertThat(mark.getText()).isEqualTo("درعا");
        assertThat(mark.getAttribute("title")).isEqualTo("LOCATION");
        assertThat(mark.getAttribute("aria-label")).isEqualTo("LOCATION");
        assertThat(mark.getCssValue("padding-left")).isEqualTo("0px");
        assertThat(driver.findElement(By.id("co-annotator-text")).getText()).isEqualTo(TEXT);
        assertThat(driver.findElement(By.id("co-annotator-legend")).getText()).contains("PERSON", "LOCATION");
        assertThat(driver.findElements(By.cssSelector("#co-annotator-layer [contenteditable], #co-annotator-layer input")))
                .isEmpty();
        screenshot("co-annotator-layer.png");
        // their own editor is still there, and still their own (empty) layer
        assertThat(driver.findElements(By.id("editor"))).hasSize(1);
        assertThat(annotations.layer(ann, documentId).spans()).isEmpty();

        // the lead turns it off again: the choice is gone
        projects.setAnnotatorsSeeEachOther(team.lead(), projectId, false);
        openDocument(documentId);
        assertThat(driver.findElements(By.id("co-annotator-picker"))).isEmpty();
    }

    private void logInAs(UserAccount user) {
        driver.manage().deleteAllCookies();
        logIn(user.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void openDocument(long documentId) {
        driver.get(url("documents/" + documentId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor")));
        waitForVaadin();
    }
}
