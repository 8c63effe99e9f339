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
import org.tawsim.agreement.AgreementFilter;
import org.tawsim.agreement.AgreementService;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * A lead on the project page: the document list gets the room (uploads folded away), the document × annotator
 * matrix shows status, spans and last change; the lead assigns (from the keyboard), is refused unassigning work,
 * unassigns, reassigns, bulk assigns and removes a member whose spans still count in agreement and exports.
 */
class AssignmentsBrowserTest extends BrowserTest {

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
    AgreementService agreement;
    @Autowired
    ExportService exports;
    @Autowired
    AccountService accounts;

    @Test
    void aLeadAssignsUnassignsReassignsAndRemovesAMember() {
        Teams.Team team = teams.create("Assignments", "salma", "omar", "huda");
        long projectId = team.project().id();
        UserAccount salma = team.annotator(0);
        UserAccount omar = team.annotator(1);
        UserAccount huda = team.annotator(2);
        long jasim = document(team, "jasim", "اشتباكات في مدينة جاسم بدرعا");
        long daraa = document(team, "daraa", "زار الوزير درعا");
        assignments.assign(team.lead(), projectId, List.of(jasim), List.of(salma.login(), omar.login()));
        for (UserAccount annotator : List.of(salma, omar)) {
            annotations.apply(annotator, jasim, 0, UUID.randomUUID(), new CreateSpan(18, 22, "LOCATION"));
            assignments.markDone(annotator, jasim);
        }

        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        // the documents get the room: the upload forms are folded away once the project has documents
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-uploads")));
        assertThat(js("return document.getElementById('document-uploads').opened")).isEqualTo(false);
        assertThat(gridTexts("documents")).contains("jasim", "daraa");
        long gridHeight = (Long) js("return Math.round(document.getElementById('documents').getBoundingClientRect().height)");
        long windowHeight = (Long) js("return window.innerHeight");
        assertThat(gridHeight).as("the list's height in a window of " + windowHeight).isGreaterThan(windowHeight / 3);

        tab("Assignments");
        wait.until(d -> cellText(jasim, salma).contains("Done"));
        assertThat(cellText(jasim, salma)).startsWith("Done · 1 span · ");
        assertThat(cellText(jasim, omar)).startsWith("Done · 1 span · ");
        assertThat(cellText(jasim, huda)).startsWith("Not assigned");
        assertThat(cellText(daraa, salma)).startsWith("Not assigned");

        // assign from the keyboard: the cell's button takes the focus and Enter
        WebElement assign = driver.findElement(By.id("assign-" + daraa + "-" + huda.login()));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", assign);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> assignments.status(huda, daraa).isPresent());
        wait.until(d -> cellText(daraa, huda).startsWith("New · 0 spans"));

        // unassigning work is refused with the count; unassigning an untouched document works
        press("unassign-" + jasim + "-" + salma.login());
        assertThat(notification("has 1 span in this document")).contains(salma.login());
        assertThat(assignments.status(salma, jasim)).contains(AssignmentStatus.DONE);
        press("unassign-" + daraa + "-" + huda.login());
        wait.until(d -> assignments.status(huda, daraa).isEmpty());

        // reassign: daraa goes from salma to huda
        assignments.assign(team.lead(), projectId, List.of(daraa), List.of(salma.login()));
        driver.navigate().refresh();
        tab("Assignments");
        press("reassign-" + daraa);
        chooseIn("reassign-to", huda.login());
        press("reassign-save");
        wait.until(d -> assignments.status(huda, daraa).isPresent() && assignments.status(salma, daraa).isEmpty());
        wait.until(d -> cellText(daraa, huda).startsWith("New"));

        // bulk: every document gets two annotators, balanced
        WebElement perDocument = driver.findElement(By.cssSelector("#assign-per-document input"));
        perDocument.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        press("assign-run");
        notification("1 new assignment.");
        assertThat(assignments.matrix(team.lead(), projectId).documents())
                .allSatisfy(row -> assertThat(row.cells()).hasSize(2));

        // remove salma: her work stays read-only, in agreement and exports; she cannot open the project
        tab("Members");
        press("remove-member-" + salma.login());
        press("member-remove-confirm");
        wait.until(d -> projects.removedMembers(team.lead(), projectId).stream().anyMatch(m -> m.login().equals(salma.login())));
        assertThat(gridTexts("removed-members")).contains(salma.login());
        assertThat(projects.members(team.lead(), projectId)).extracting(Member::login).doesNotContain(salma.login());
        assertThat(agreement.report(team.lead(), projectId, AgreementFilter.all()).annotators()).contains(salma.login(), omar.login());
        ExportManifest manifest = exports.export(team.lead(), projectId, new ExportRequest(null, null, null, null, null, null));
        assertThat(manifest.files()).filteredOn(f -> f.source().equals(salma.login())).singleElement()
                .satisfies(f -> assertThat(f.documents()).isEqualTo(1));
        tab("Assignments");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + salma.login()
                + "') and contains(., '(removed)')]")).isEmpty());
        assertThat(cellText(jasim, salma)).startsWith("Done · 1 span");
        assertThat(driver.findElements(By.id("unassign-" + jasim + "-" + salma.login()))).as("read-only").isEmpty();

        logInAs(salma);
        driver.get(url("project/" + projectId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-not-found")));

        // the same matrix in Arabic
        accounts.setLanguage(team.lead().id(), "ar");
        logInAs(team.lead());
        driver.get(url("project/" + projectId));
        tab("الإسناد");
        wait.until(d -> cellText(jasim, omar).startsWith("مكتمل"));
        assertThat(driver.findElement(By.id("reassign-" + jasim)).getText()).isEqualTo("انقل الإسناد…");
    }

    private String cellText(long documentId, UserAccount annotator) {
        List<WebElement> cells = driver.findElements(By.cssSelector(
                ".assignment-cell[data-document='" + documentId + "'][data-login='" + annotator.login() + "']"));
        return cells.isEmpty() ? "" : cells.get(0).getText().replace('\n', ' ').strip();
    }

    private void tab(String name) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[contains(., '" + name + "')]"))));
    }

    private void chooseIn(String selectId, String text) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(selectId))));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-select-item[contains(., '" + text + "')]"))));
    }

    private long document(Teams.Team team, String name, String text) {
        return documents.importTextFile(team.lead(), team.project().id(), name + ".txt",
                (name + "\n" + text).getBytes(StandardCharsets.UTF_8), null).id();
    }

    private void press(String id) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitForVaadin();
    }

    /** The feedback notification that says this (earlier ones may still be showing). */
    private String notification(String text) {
        By cards = By.cssSelector("vaadin-notification-card.tawsim-feedback");
        wait.until(d -> d.findElements(cards).stream().anyMatch(c -> c.getText().contains(text)));
        return driver.findElements(cards).stream().map(WebElement::getText).filter(t -> t.contains(text)).findFirst().orElseThrow();
    }

    private void logInAs(UserAccount user) {
        driver.manage().deleteAllCookies();
        logIn(user.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
