package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.LoginThrottle;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.Teams;

/** Login and account page in Chromium: session id rotation, the lock message, API tokens shown once. */
class AccountBrowserTest extends BrowserTest {

    @Autowired
    Teams teams;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void theSessionIdChangesOnLoginAndTheOldOneIsWorthNothing() {
        Teams.Team team = teams.create("Session", "annotator");
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        waitForVaadin();
        String before = sessionId();
        assertThat(before).isNotNull();

        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        String after = sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);

        ApiClient api = new ApiClient(port);
        String exports = "/api/v1/projects/" + team.project().id() + "/exports";
        assertThat(withCookie(api, exports, after).statusCode()).isEqualTo(200);
        assertThat(withCookie(api, exports, before).statusCode()).isEqualTo(401);
    }

    @Test
    void aLockedAccountIsToldSoOnTheLoginPage() {
        Teams.Team team = teams.create("Locked", "annotator");
        String login = team.lead().login();
        ApiClient api = new ApiClient(port);
        // Failures over HTTP Basic count as much as those on the login page.
        for (int i = 0; i < 3; i++) {
            assertThat(api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports",
                    ApiClient.basic(login, "wrong"), null).statusCode()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            logIn(login, "wrong");
            wait.until(d -> d.getCurrentUrl().contains("error"));
        }
        logIn(login, Teams.PASSWORD);
        wait.until(d -> d.getCurrentUrl().contains("locked"));
        wait.until(d -> String.valueOf(js("return document.querySelector('vaadin-login-form')?.i18n?.errorMessage?.title")).contains("Too many failed logins"));
        assertThat(String.valueOf(js("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))).contains("15 minutes");
        assertThat(js("return document.querySelector('vaadin-login-form').error")).isEqualTo(true);
    }

    @Test
    void aTokenIsShownOnceWorksAndCanBeRevoked() {
        Teams.Team team = teams.create("Tokens", "annotator");
        logIn(team.lead().login(), Teams.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(url("account"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#token-name input")));
        name.sendKeys("training pipeline");
        driver.findElement(By.id("token-create")).click();
        wait.until(d -> String.valueOf(js("return document.getElementById('token-secret')?.value")).startsWith("tawsim_"));
        String secret = String.valueOf(js("return document.getElementById('token-secret').value"));
        assertThat(gridTexts("tokens")).contains("training pipeline");

        ApiClient api = new ApiClient(port);
        String exports = "/api/v1/projects/" + team.project().id() + "/exports";
        assertThat(api.send("GET", exports, ApiClient.bearer(secret), null).statusCode()).isEqualTo(200);
        // read only unless the scope says otherwise
        assertThat(gridTexts("tokens")).contains("Read only");
        HttpResponse<String> write = api.send("POST", exports, ApiClient.bearer(secret), "{\"format\":\"JSONL\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("token.scope.read");

        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tokens vaadin-grid-cell-content")));
        waitForVaadin();
        assertThat(String.valueOf(js("return document.body.innerHTML"))).doesNotContain(secret);
        assertThat(gridTexts("tokens")).noneMatch(t -> t.equals("Never"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.token-revoke"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.token-revoke")));
        assertThat(api.send("GET", exports, ApiClient.bearer(secret), null).statusCode()).isEqualTo(401);
    }

    private String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static HttpResponse<String> withCookie(ApiClient api, String path, String sessionId) {
        return api.sendWithCookie("GET", path, "JSESSIONID=" + sessionId);
    }
}
