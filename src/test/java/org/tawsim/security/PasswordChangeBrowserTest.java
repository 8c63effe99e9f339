package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.SPAN;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.LoginThrottle;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/**
 * What README promises for accounts, in Chromium: changing one's password on My account (other sessions end,
 * this one stays), an admin's reset to a one-time password that every page turns into the change form, and
 * disabling an account, which ends its open session and tokens at once.
 */
class PasswordChangeBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "seven quiet lanterns on the jasim road";

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void changingThePasswordOnMyAccountEndsTheOtherSessionsAndKeepsThisOne() {
        Teams.Team team = teams.create("Password change", "annotator");
        String login = team.lead().login();
        ApiClient api = new ApiClient(port);
        String exports = "/api/v1/projects/" + team.project().id() + "/exports";
        logInAndWait(login, Teams.PASSWORD);
        String elsewhere = sessionId();
        driver.manage().deleteAllCookies();
        logInAndWait(login, Teams.PASSWORD);
        String here = sessionId();
        assertThat(withCookie(api, exports, elsewhere).statusCode()).isEqualTo(200);

        driver.get(url("account"));
        type("password-current", "not my password");
        type("password-new", NEW_PASSWORD);
        type("password-repeat", NEW_PASSWORD + Keys.ENTER); // Enter submits: the form works from the keyboard
        assertFieldError("password-current", "The current password is wrong.");

        retype("password-current", Teams.PASSWORD);
        retype("password-new", "a long password of your own");
        retype("password-repeat", "a long password of your own");
        driver.findElement(By.id("password-change")).click();
        assertFieldError("password-new", "written in the Tawsim documentation");

        retype("password-new", "short-pw");
        retype("password-repeat", "short-pw" + Keys.ENTER);
        assertFieldError("password-new", "at least 12 characters");

        retype("password-new", NEW_PASSWORD);
        retype("password-repeat", NEW_PASSWORD + "?" + Keys.ENTER);
        assertFieldError("password-repeat", "The two new passwords differ.");

        retype("password-repeat", NEW_PASSWORD + Keys.ENTER);
        wait.until(d -> String.valueOf(js("return document.body.innerText")).contains("Your other sessions have ended"));

        assertThat(withCookie(api, exports, elsewhere).statusCode()).as("the other session").isEqualTo(401);
        assertThat(withCookie(api, exports, here).statusCode()).as("this session").isEqualTo(200);
        driver.get(url("projects"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projects-page")));
        assertThat(api.send("GET", exports, ApiClient.basic(login, NEW_PASSWORD), null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", exports, ApiClient.basic(login, Teams.PASSWORD), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aResetLeadsEveryPageToTheChangeFormUntilTheOneTimePasswordIsReplaced() {
        // Sorted first on the admin page, so its row is on screen.
        UserAccount person = accounts.create("00reset-" + Long.toString(System.nanoTime(), 36), Teams.PASSWORD, "Reset me",
                SystemRole.LEAD);
        logInAndWait("admin", "admin-test-password");
        driver.get(url("admin"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.account-reset[aria-label*='" + person.login() + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("password-reset-confirm"))).sendKeys(Keys.ENTER);
        wait.until(d -> String.valueOf(js("return document.getElementById('one-time-password')?.value")).length() >= 16);
        String oneTime = String.valueOf(js("return document.getElementById('one-time-password').value"));
        driver.findElement(By.id("password-reset-close")).click();
        wait.until(d -> gridTexts("accounts").stream().anyMatch(cell -> cell.contains("Must change it at the next login")));

        driver.manage().deleteAllCookies();
        logIn(person.login(), oneTime);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-required")));
        assertThat(driver.getCurrentUrl()).endsWith("/account");
        assertThat(driver.findElements(By.id("tokens"))).as("no token can be made meanwhile").isEmpty();
        for (String page : List.of("", "projects", "exports")) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-required")));
        }
        ApiClient api = new ApiClient(port);
        HttpResponse<String> apiCall = withCookie(api, "/api/v1/projects/1/exports", sessionId());
        assertThat(apiCall.statusCode()).isEqualTo(403);
        assertThat(apiCall.body()).contains("password.change.required");

        type("password-current", oneTime);
        type("password-new", NEW_PASSWORD);
        type("password-repeat", NEW_PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-summary")));
        driver.get(url("projects"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projects-page")));
        assertThat(accounts.findById(person.id()).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAndTokensAtOnceAndRefusesItsWrites() {
        Teams.Team team = teams.create("Disable", "annotator");
        UserAccount annotator = team.annotator(0);
        long documentId = documents.importTextFile(team.lead(), team.project().id(), "disable.txt",
                "زار الوزير درعا أمس".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));
        String token = tokens.create(annotator, "script").secret();
        logInAndWait(annotator.login(), Teams.PASSWORD);
        driver.get(url("documents/" + documentId));
        wait.until(d -> !String.valueOf(js("return document.querySelector('tawsim-editor')?.csrfToken || ''")).isEmpty());
        ApiClient api = new ApiClient(port);
        String layer = "/api/v1/documents/" + documentId + "/layer";
        String session = sessionId();
        assertThat(writeFromThePage(documentId, revision(api, layer, session), 0)).as("a write before").isEqualTo(200L);
        long revision = revision(api, layer, session);
        assertThat(api.send("GET", layer, ApiClient.bearer(token), null).statusCode()).isEqualTo(200);

        accounts.setEnabled(accounts.findByLogin("admin").orElseThrow(), annotator.id(), false);

        // The open page's next request is a write: refused, and its session is over.
        assertThat(writeFromThePage(documentId, revision, 4)).as("a write from the open page").isEqualTo(401L);
        assertThat(dsl.fetchCount(SPAN, SPAN.DOCUMENT_ID.eq(documentId))).isEqualTo(1);
        assertThat(withCookie(api, layer, session).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", layer, ApiClient.bearer(token), null).statusCode()).isEqualTo(401);
        driver.get(url("documents/" + documentId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    /** An operation sent from the open document page with its session and CSRF token, as the editor sends it. */
    private Long writeFromThePage(long documentId, long baseRevision, int start) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const editor = document.querySelector('tawsim-editor');
                const headers = {'Content-Type': 'application/json'};
                headers[editor.csrfHeader] = editor.csrfToken;
                fetch('/api/v1/documents/' + arguments[0] + '/operations', {method: 'POST', headers, redirect: 'manual',
                    body: JSON.stringify({baseRevision: arguments[1], opId: crypto.randomUUID(),
                    operation: {type: 'create_span', start: arguments[2], end: arguments[2] + 3, label: 'PERSON'}})})
                  .then(r => done(r.status), e => done(-1));
                """, documentId, baseRevision, start);
        return ((Number) status).longValue();
    }

    private static long revision(ApiClient api, String layer, String sessionId) {
        HttpResponse<String> response = withCookie(api, layer, sessionId);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.body().replaceAll("(?s).*\"revision\":(\\d+).*", "$1"));
    }

    private void logInAndWait(String login, String password) {
        logIn(login, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private void type(String fieldId, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
    }

    private void retype(String fieldId, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private void assertFieldError(String fieldId, String message) {
        wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById(arguments[0]).invalid", fieldId))
                && String.valueOf(js("return document.getElementById(arguments[0]).errorMessage", fieldId)).contains(message));
        waitForVaadin();
    }

    private String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static HttpResponse<String> withCookie(ApiClient api, String path, String sessionId) {
        return api.sendWithCookie("GET", path, "JSESSIONID=" + sessionId);
    }
}
