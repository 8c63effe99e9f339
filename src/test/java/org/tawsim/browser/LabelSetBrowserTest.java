package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.layer.Span;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * A lead adds a label on the project's Labels tab, renames it (its spans follow), is told why a key is refused, and
 * cannot remove a label that spans use without relabelling them; an annotator in the Arabic UI then finds the label
 * in the editor's toolbar under its Arabic display name, with the guideline on hover.
 */
class LabelSetBrowserTest extends BrowserTest {

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
    @Autowired
    AccountService accounts;

    @Test
    void aLeadAddsAndRenamesALabelAndTheAnnotatorSeesItInArabic() {
        Teams.Team team = teams.create("Labels", "ann");
        long projectId = team.project().id();
        long documentId = documents.importTextFile(team.lead(), projectId, "jasim.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), projectId, 1, List.of(documentId));
        UserAccount ann = team.annotator(0);

        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Labels')]"))).click();
        assertThat(gridTexts("labels")).contains("PERSON", "ORG", "LOCATION", "EVENT");

        // add: a key the editor keeps for itself is refused with the reason, then a free key is taken
        type("label-name", "weapon");
        type("label-hotkey", "x");
        type("label-display-en", "Weapon");
        type("label-display-ar", "سلاح");
        driver.findElement(By.cssSelector("#label-guideline textarea")).sendKeys("Arms and ammunition, not their makers.", Keys.TAB);
        press("label-save");
        assertThat(notification()).contains("The key x is taken by the editor itself");
        assertThat(projects.labels(team.lead(), projectId)).hasSize(4);
        type("label-hotkey", "w");
        press("label-save");
        wait.until(d -> projects.labels(team.lead(), projectId).size() == 5);
        assertThat(projects.labels(team.lead(), projectId).get(4))
                .isEqualTo(new Label("WEAPON", "#e9c46a", "w", 4, "Weapon", "سلاح", "Arms and ammunition, not their makers."));
        wait.until(d -> gridTexts("labels").contains("WEAPON"));

        // a span uses it; then the lead renames it: the span keeps its place under the new name
        long spanId = annotations.apply(ann, documentId, 0, UUID.randomUUID(), new CreateSpan(18, 22, "WEAPON")).spanId();
        click(driver.findElement(By.cssSelector(".label-edit[data-label='WEAPON']")));
        waitForVaadin();
        type("label-name", "ARMS");
        press("label-save");
        wait.until(d -> projects.labels(team.lead(), projectId).get(4).name().equals("ARMS"));
        wait.until(d -> gridTexts("labels").contains("ARMS"));
        assertThat(annotations.layer(ann, documentId).spans()).containsExactly(new Span(spanId, 18, 22, "ARMS"));

        // removing it is refused while the span uses it: the dialog gives the count and offers to relabel
        click(driver.findElement(By.cssSelector(".label-remove[data-label='ARMS']")));
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-removal-count")));
        assertThat(count.getText()).contains("ARMS").contains("is used by 1 span");
        screenshot("label-removal.png");
        press("label-removal-cancel");
        waitForVaadin();
        assertThat(projects.labels(team.lead(), projectId)).extracting(Label::name).contains("ARMS");
        screenshot("labels-tab.png");

        // the annotator, in Arabic, sees the label under its Arabic name with the guideline on hover
        accounts.setLanguage(ann.id(), "ar");
        logInAs(ann);
        driver.get(url("documents/" + documentId));
        WebElement button = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tawsim-editor .tw-label[data-label='ARMS']")));
        assertThat(button.getText()).contains("سلاح").doesNotContain("ARMS");
        assertThat(button.getAttribute("title")).contains("Arms and ammunition, not their makers.");
        assertThat(driver.findElement(By.cssSelector("tawsim-editor .tw-label[data-label='PERSON']")).getText()).contains("PERSON");
        screenshot("labels-editor-ar.png");
    }

    @Test
    void theLabelsTabSpeaksArabicAndAnnotatorsDoNotGetIt() {
        Teams.Team team = teams.create("Labels ar", "ann");
        long projectId = team.project().id();
        accounts.setLanguage(team.lead().id(), "ar");
        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'الوسوم')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-name")));
        type("label-name", "9MM");
        press("label-save");
        assertThat(notification()).contains("ليس اسم وسم");

        logInAs(team.annotator(0));
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#project-tabs vaadin-tab")));
        waitForVaadin();
        assertThat(driver.findElements(By.xpath("//vaadin-tab[contains(., 'Labels')]"))).isEmpty();
        assertThat(driver.findElements(By.id("label-name"))).isEmpty();
    }

    /** A notification of the step before may still cover the button: scroll it to the middle and click it there. */
    private void press(String id) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitForVaadin();
    }

    private void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB); // the field sends its value when it loses focus
    }

    private String notification() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-notification-card.tawsim-feedback")))
                .getText();
    }

    private void logInAs(UserAccount user) {
        driver.manage().deleteAllCookies();
        logIn(user.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
