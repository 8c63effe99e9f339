package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * A display name and a project name that end in U+202E RIGHT-TO-LEFT OVERRIDE and mix Arabic and Latin stay inside
 * their own isolated run: the text after them (the role in the header, the login on "My account") still reads left
 * to right and stays after them, and lists show them in isolating elements.
 */
class BidiIsolationBrowserTest extends BrowserTest {

    static final String DISPLAY_NAME = "Rami رامي \u202E";
    static final String PROJECT_NAME = "Jasim جاسم \u202Eproject";

    /**
     * Screen positions inside the element with id arguments[0]: [left of the word's first letter, left of its last
     * letter, right edge of the element's first isolating child or -1].
     */
    private static final String POSITIONS = """
            const box = document.getElementById(arguments[0]);
            const word = arguments[1];
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const i = n.data.indexOf(word);
              if (i < 0) continue;
              const left = k => { const r = document.createRange(); r.setStart(n, i + k); r.setEnd(n, i + k + 1); return r.getBoundingClientRect().left; };
              const name = box.querySelector('bdi');
              return [left(0), left(word.length - 1), name ? name.getBoundingClientRect().right : -1];
            }
            return null;
            """;

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    Teams teams;

    @Test
    void userStringsDoNotReorderTheTextAroundThem() {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("bidi-lead-" + tag, Teams.PASSWORD, "Lead", SystemRole.LEAD);
        Project project = projects.create(lead, PROJECT_NAME + " " + tag, "");
        UserAccount annotator = accounts.create("bidi-" + tag, Teams.PASSWORD, DISPLAY_NAME, SystemRole.ANNOTATOR);
        projects.addMember(lead, project.id(), annotator.login(), ProjectRole.ANNOTATOR);
        long documentId = documents.importTextFile(lead, project.id(), "bidi.txt",
                "نص قصير.\n".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of(documentId));

        logIn(annotator.login(), Teams.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        waitForVaadin();
        // The header: "<name> · Annotator", the role after the name and not mirrored.
        assertReadsLeftToRightAfterTheName("current-user", "Annotator");
        assertThat(js("return document.querySelector('#current-user bdi').textContent")).isEqualTo(DISPLAY_NAME);
        // The queue lists the project name in an isolating element.
        List<String> isolated = isolatedCellTexts("my-documents");
        assertThat(isolated).contains(PROJECT_NAME + " " + tag);

        // My account: "<name> (<login>)".
        driver.get(url("account"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name")));
        waitForVaadin();
        assertReadsLeftToRightAfterTheName("account-name", annotator.login());

        // The lead's lists: projects by name, members by display name.
        driver.manage().deleteAllCookies();
        logIn(lead.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("projects"));
        waitForVaadin();
        assertThat(isolatedCellTexts("projects")).contains(PROJECT_NAME + " " + tag);
        driver.get(url("project/" + project.id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#project-tabs vaadin-tab")));
        driver.findElements(By.cssSelector("#project-tabs vaadin-tab")).get(1).click();
        assertThat(isolatedCellTexts("members")).contains(DISPLAY_NAME, annotator.login());
    }

    private void assertReadsLeftToRightAfterTheName(String id, String word) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js(POSITIONS, id, word);
        assertThat(at).as(word + " in #" + id).isNotNull();
        assertThat(at.get(0).doubleValue()).as("'%s' reads left to right in #%s", word, id).isLessThan(at.get(1).doubleValue());
        assertThat(at.get(2).doubleValue()).as("the name is an isolating element in #" + id).isPositive();
        assertThat(at.get(0).doubleValue()).as("'%s' comes after the name in #%s", word, id).isGreaterThanOrEqualTo(at.get(2).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> isolatedCellTexts(String gridId) {
        gridTexts(gridId);
        return (List<String>) js("return [...document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content bdi')]"
                + ".map(b => b.textContent)", gridId);
    }
}
