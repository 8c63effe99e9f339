package org.tawsim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * Under the Content-Security-Policy the app still loads, logs in, shows its pages and the editor saves spans,
 * and the browser reports no violation at all. Violations are collected on every page from its very start
 * (before Vaadin's bootstrap scripts run) by a listener the browser installs itself.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private static final String COLLECT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
              seen.push([e.disposition, e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber, e.sample].join(' '));
              localStorage.setItem('csp-violations', JSON.stringify(seen));
            }, true);
            """;

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;

    @BeforeEach
    void collectViolations() {
        ((ChromiumDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECT_VIOLATIONS));
    }

    @Test
    void theAppLoadsLogsInAndTheEditorSavesWithoutAnyViolation() {
        Teams.Team team = teams.create("Policy", "annotator");
        long documentId = documents.importTextFile(team.lead(), team.project().id(), "policy.txt",
                "اشتباكات في مدينة جاسم بريف درعا.\n".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));

        driver.get(url("login"));
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNotNull();
        logIn(team.annotator(0).login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        gridTexts("my-documents");
        driver.get(url("documents/" + documentId));
        EditorPage editor = new EditorPage(driver);
        editor.focus().select(11, 15).press("3").saved();
        assertThat(editor.shownSpans()).isNotEmpty();
        driver.get(url("account"));
        waitForVaadin();

        driver.manage().deleteAllCookies();
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("project/" + team.project().id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents vaadin-grid-cell-content")));
        waitForVaadin();
        driver.get(url("swagger-ui/index.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));

        assertThat(violations()).as("CSP violations").isEmpty();
        // The listener does see a violation: an image from another origin is blocked and reported.
        js("const img = document.createElement('img'); img.src = 'http://127.0.0.2:9/x.png'; document.body.append(img);");
        wait.until(d -> !violations().isEmpty());
        assertThat(violations()).singleElement().asString().contains("img-src", "127.0.0.2");
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) js("return JSON.parse(localStorage.getItem('csp-violations') || '[]')");
    }
}
