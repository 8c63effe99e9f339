package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** The demo lead opens the agreement dashboard of the demo project. */
class AgreementBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    ProjectService projects;

    @Test
    void leadSeesThePairMatrixAndTheDocuments() {
        logIn("lead", "lead-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("agreement"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-group")));
        assertThat(driver.findElement(By.id("agreement-group")).getText()).contains("documents");
        List<String> matrix = gridTexts("agreement-matrix");
        assertThat(matrix).contains("annotator1", "annotator2", "—");
        List<String> documents = gridTexts("agreement-documents");
        assertThat(documents).anyMatch(t -> !t.isBlank());
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
