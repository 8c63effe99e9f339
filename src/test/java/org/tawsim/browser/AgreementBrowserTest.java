package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** A lead opens the agreement dashboard of a project whose annotators finished some documents. */
class AgreementBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    /** Two annotators finished two documents and never opened a third: the default scope shows the two. */
    @Test
    void leadSeesThePairMatrixAndTheDocuments() {
        Teams.Team team = teams.create("Agreement page", "annotator1", "annotator2");
        long project = team.project().id();
        List<Long> ids = new ArrayList<>();
        for (String text : List.of("زار الوزير مدينة جاسم", "اجتمع الوفد في درعا", "وصل الوفد إلى دمشق")) {
            ids.add(documents.importTextFile(team.lead(), project, ids.size() + ".txt", text.getBytes(StandardCharsets.UTF_8), null).id());
        }
        assignments.assignBalanced(team.lead(), project, 2, List.of());
        for (UserAccount annotator : team.annotators()) {
            annotations.apply(annotator, ids.get(0), 0, UUID.randomUUID(), new CreateSpan(11, 21, "LOCATION"));
            annotations.apply(annotator, ids.get(1), 0, UUID.randomUUID(), new CreateSpan(15, 19,
                    annotator.equals(team.annotator(0)) ? "LOCATION" : "ORG"));
            assignments.markDone(annotator, ids.get(0));
            assignments.markDone(annotator, ids.get(1));
        }

        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("agreement?project=" + project));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-group")));
        waitForVaadin();
        assertThat(driver.findElement(By.id("agreement-scope")).getText())
                .isEqualTo("2 documents in scope (done by every compared annotator); 1 document left out.");
        assertThat(driver.findElement(By.id("agreement-group")).getText()).startsWith("2 documents.");
        List<String> matrix = gridTexts("agreement-matrix");
        assertThat(matrix).contains(team.annotator(0).login(), team.annotator(1).login(), "—");
        List<String> documentTitles = gridTexts("agreement-documents");
        assertThat(documentTitles).anyMatch(t -> t.contains("جاسم")).noneMatch(t -> t.contains("دمشق"));
        var cell = driver.findElements(By.cssSelector("#agreement-documents vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().matches("(?s).*\\p{IsArabic}.*")).findFirst().orElseThrow(); // a title, not a header
        js("arguments[0].scrollIntoView({block: 'center'})", cell);
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-disagreements")));
        // Both annotators' texts are shown side by side, read-only.
        wait.until(d -> ((Number) js("return document.querySelectorAll('tawsim-editor .tw-readonly').length")).intValue() == 2);
        assertThat(js("return document.querySelector('tawsim-editor .tw-readonly').textContent.length")).isNotEqualTo(0L);
        screenshot("side-by-side.png");
    }

    @Test
    void annotatorsCannotOpenIt() {
        logIn("annotator1", "annotator1-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("Agreement");
        driver.get(url("agreement"));
        waitForVaadin();
        assertThat(driver.findElements(By.id("agreement-group"))).isEmpty();
    }

    @Test
    void anAnnotatorAccountThatLeadsAProjectOpensItsDashboardFromTheProjectPage() {
        Teams.Team team = teams.create("Led by an annotator", "annotator", "second");
        UserAccount annotatorLead = team.annotator(0);
        projects.addMember(team.lead(), team.project().id(), annotatorLead.login(), ProjectRole.LEAD);

        logIn(annotatorLead.login(), Teams.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Agreement");
        driver.get(url("project/" + team.project().id()));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("project-agreement"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-project")));
        waitForVaadin();
        assertThat(driver.findElement(By.id("agreement-project")).getText()).contains(team.project().name());
    }
}
