package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** A lead opens the change history of a document an annotator has just worked on. */
class HistoryBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Test
    void aLeadSeesWhoChangedWhat() {
        Teams.Team team = teams.create("History", "ann");
        UserAccount annotator = team.annotator(0);
        long documentId = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                "اشتباكات في مدينة جاسم بدرعا".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of());
        int start = 18;
        annotations.apply(annotator, documentId, 0, UUID.randomUUID(), new CreateSpan(start, start + 4, "LOCATION"));

        driver.get(url("login"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        logIn(team.lead().login(), Teams.PASSWORD);
        waitForVaadin();
        driver.get(url("project/" + team.project().id()));
        // the row may sit under the upload forms: click it the way a script would
        js("arguments[0].scrollIntoView(); arguments[0].click();",
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-" + documentId))));

        List<String> cells = gridTexts("history");
        assertThat(cells).contains(annotator.login(), "Span created", "[18, 22) LOCATION");
        // the import is the document's first entry, by the lead
        assertThat(cells).contains(team.lead().login(), "Document imported", "File jasim.txt (plain text)");
    }
}
