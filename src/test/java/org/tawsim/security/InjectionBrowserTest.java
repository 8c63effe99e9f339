package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.format.CorpusFormats;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * Hostile text everywhere people can type it (article text, file name, user names, project name) is
 * stored as it is and shown as text on every page that shows it: no script runs, no markup is made.
 * Exports keep it as data.
 */
class InjectionBrowserTest extends BrowserTest {

    static final String SCRIPT = "<script>alert(1);window.__pwned='script'</script>";
    static final String IMAGE = "<img src=x onerror=\"alert(2);window.__pwned='img'\">";
    /** The first line of the hostile document, long enough to be taken as its headline (its title). */
    static final String TITLE = "عنوان خبر من درعا " + SCRIPT;
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String SQL = "'); drop table span;--";
    /** In names: any control character; in uploaded text the upload refuses C0 controls but tab and form feed. */
    static final String CONTROL = "bell\u0007esc\u001b[31mred\u007f";
    static final String CONTROL_IN_TEXT = "tab\there\fform\u0085nel\u009bcsi";

    /** Every text of the page, inside shadow roots too (the editor keeps its text in one). */
    private static final String DEEP_TEXT = "const t = n => { let s = n.shadowRoot ? t(n.shadowRoot) : '';"
            + " for (const c of n.childNodes) { s += c.nodeType === 3 ? c.nodeValue : t(c); } return s; };"
            + " return t(document.body) + ' ' + [...document.querySelectorAll('vaadin-select, vaadin-combo-box, vaadin-multi-select-combo-box')]"
            + ".map(e => e.shadowRoot ? t(e.shadowRoot) : '').join(' ');";

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ExportService exports;

    @Test
    void hostileTextIsShownLiterallyAndNoScriptRuns() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("inj-lead-" + tag, Teams.PASSWORD, "Lead " + IMAGE, SystemRole.LEAD);
        Project project = projects.create(lead, "Project " + IMAGE + " " + tag, SCRIPT);
        UserAccount first = member(project, lead, "inj-a-" + tag, SCRIPT);
        UserAccount second = member(project, lead, "inj-b-" + tag, SQL + " " + CONTROL);
        String text = TITLE + "\nفي درعا " + IMAGE + "\n" + FORMULA + "\n" + SQL + "\n" + CONTROL_IN_TEXT + "\n";
        long documentId = documents.importTextFile(lead, project.id(), IMAGE + ".txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 2, List.of(documentId));
        for (UserAccount annotator : List.of(first, second)) {
            long revision = annotations.layer(annotator, documentId).revision();
            annotations.apply(annotator, documentId, revision, UUID.randomUUID(), new Operation.CreateSpan(0, 5, "EVENT"));
            assignments.markDone(annotator, documentId); // the agreement dashboard counts finished documents
        }

        logIn(lead.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        // The project's documents and members
        open("project/" + project.id(), "#documents vaadin-grid-cell-content");
        assertShownLiterally(TITLE, IMAGE, SCRIPT, "Lead " + IMAGE);
        driver.findElements(By.cssSelector("#project-tabs vaadin-tab")).get(1).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#members vaadin-grid-cell-content")));
        assertShownLiterally(SCRIPT, SQL + " " + CONTROL);
        // The document as staff read it
        open("documents/" + documentId, "#document-text");
        assertShownLiterally(SCRIPT, IMAGE, FORMULA, SQL, CONTROL_IN_TEXT);
        // The agreement dashboard: annotators and documents by name
        open("agreement", "#agreement-group");
        assertShownLiterally(SCRIPT, TITLE);
        // Exports: the project by name, then an export of it
        ExportManifest jsonl = exports.export(lead, project.id(), new ExportRequest(CorpusFormats.JSONL, null, null, null, null));
        ExportManifest conll = exports.export(lead, project.id(), new ExportRequest(CorpusFormats.CONLL_2012, null, null, null, null));
        open("exports", "#export-project");
        js("document.getElementById('export-project').opened = true");
        try {
            wait.until(d -> String.valueOf(js(DEEP_TEXT)).contains("Project " + IMAGE));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The project is not listed: " + js("return document.getElementById('export-project').outerHTML"), e);
        }
        assertShownLiterally("Project " + IMAGE);
        js("document.getElementById('export-project').opened = false");

        // The annotator: the queue, their name in the header, the editor
        driver.manage().deleteAllCookies();
        logIn(first.login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        open("", "#my-documents vaadin-grid-cell-content");
        assertShownLiterally(TITLE, SCRIPT);
        open("documents/" + documentId, "#editor");
        wait.until(d -> String.valueOf(js(DEEP_TEXT)).contains(FORMULA));
        assertShownLiterally(SCRIPT, IMAGE, FORMULA, SQL, CONTROL_IN_TEXT);

        // Exports keep the text as data: JSON escapes it, CoNLL keeps every token on its own line.
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(
                exports.file(lead, project.id(), jsonl.exportId(), jsonl.files().get(0).name())).get(0));
        assertThat(line.get("text").textValue()).isEqualTo(text);
        assertThat(line.get("id").textValue()).isEqualTo(IMAGE);
        String conllText = Files.readString(exports.file(lead, project.id(), conll.exportId(), conll.files().get(0).name()));
        assertThat(conllText).doesNotContain("\f", "\u0085", "\u009b", "\r");
        assertThat(conllText.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")))
                .isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(12));
    }

    private UserAccount member(Project project, UserAccount lead, String login, String displayName) {
        UserAccount account = accounts.create(login, Teams.PASSWORD, displayName, SystemRole.ANNOTATOR);
        projects.addMember(lead, project.id(), login, ProjectRole.ANNOTATOR);
        return account;
    }

    private void open(String path, String ready) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        waitForVaadin();
    }

    private void assertShownLiterally(String... texts) throws InterruptedException {
        Thread.sleep(300); // a broken <img> fires onerror asynchronously
        assertNoAlert();
        assertThat(js("return window.__pwned")).as("a script ran").isNull();
        assertThat(js("return document.querySelectorAll('img[src=x]').length")).isEqualTo(0L);
        String shown = String.valueOf(js(DEEP_TEXT));
        for (String text : texts) {
            assertThat(shown).as("shown literally on " + driver.getCurrentUrl()).contains(text);
        }
    }

    private void assertNoAlert() {
        try {
            String message = driver.switchTo().alert().getText();
            throw new AssertionError("An alert opened: " + message);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
