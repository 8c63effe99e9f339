package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.LoginThrottle;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Teams;

/**
 * Cross-site request forgery and where credentials count: the login form and API writes with the browser session
 * need the CSRF token; only an API token or HTTP Basic of the call's own skips it, and then the session is not
 * used; HTTP Basic opens the API, never a page.
 */
class SessionCsrfTest extends RunningApp {

    private static final String NOT_JSON = "{not json";

    @Autowired
    Teams teams;
    @Autowired
    LoginThrottle throttle;

    private Teams.Team team;
    private String exports;

    @BeforeEach
    void setUp() {
        throttle.forgetAll();
        team = teams.create("CSRF", "annotator");
        exports = "/api/v1/projects/" + team.project().id() + "/exports";
    }

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void theLoginFormNeedsTheTokenOfItsPage() {
        BrowserSession forged = new BrowserSession(port);
        HttpResponse<String> refused = forged.logIn(team.lead().login(), Teams.PASSWORD, false);
        assertThat(refused.headers().firstValue("Location").orElse("")).as(BrowserSession.describe(refused)).contains("/login?error");
        assertThat(forged.send("GET", exports, Map.of(), null).statusCode()).as("not logged in").isEqualTo(401);

        BrowserSession browser = new BrowserSession(port).openLoginPage();
        assertThat(browser.csrf()).containsKeys("_csrf", "_csrf_parameter", "_csrf_header");
        HttpResponse<String> loggedIn = browser.logIn(team.lead().login(), Teams.PASSWORD, true);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).as(BrowserSession.describe(loggedIn)).doesNotContain("login");
        assertThat(browser.send("GET", exports, Map.of(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anApiWriteWithTheSessionNeedsTheTokenWhateverOtherAuthorizationHeaderComesAlong() {
        BrowserSession lead = loggedIn(team.lead().login());

        HttpResponse<String> bare = lead.send("POST", exports, Map.of(), NOT_JSON);
        HttpResponse<String> foo = lead.send("POST", exports, Map.of("Authorization", "Foo"), NOT_JSON);

        for (HttpResponse<String> refused : java.util.List.of(bare, foo)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(refused.body()).contains("\"csrf.invalid\"");
        }
        HttpResponse<String> withToken = lead.send("POST", exports, Map.of(lead.csrf().get("_csrf_header"), lead.csrf().get("_csrf")), NOT_JSON);
        assertThat(withToken.statusCode()).as("past the CSRF check: the body is refused").isEqualTo(400);
    }

    @Test
    void credentialsOfTheCallsOwnReplaceTheSessionOnTheApi() {
        BrowserSession lead = loggedIn(team.lead().login());

        HttpResponse<String> wrongPassword = lead.send("POST", exports,
                Map.of("Authorization", ApiClient.basic(team.lead().login(), "not-the-password")), NOT_JSON);
        assertThat(wrongPassword.statusCode()).as("the session does not stand in for the wrong password").isEqualTo(401);
        HttpResponse<String> unknownToken = lead.send("POST", exports, Map.of("Authorization", ApiClient.bearer("tawsim_forged")), NOT_JSON);
        assertThat(unknownToken.statusCode()).isEqualTo(401);

        HttpResponse<String> rightPassword = lead.send("POST", exports,
                Map.of("Authorization", ApiClient.basic(team.lead().login(), Teams.PASSWORD)), NOT_JSON);
        assertThat(rightPassword.statusCode()).as("valid Basic needs no CSRF token").isEqualTo(400);
        HttpResponse<String> otherAccount = lead.send("GET", exports,
                Map.of("Authorization", ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD)), null);
        assertThat(otherAccount.statusCode()).as("the annotator of the header, not the lead of the session").isEqualTo(403);
    }

    @Test
    void httpBasicOpensTheApiNotThePages() {
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);

        HttpResponse<String> page = api.send("GET", "/projects", lead, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(api.send("GET", exports, lead, null).statusCode()).isEqualTo(200);
    }

    private BrowserSession loggedIn(String login) {
        BrowserSession browser = new BrowserSession(port).openLoginPage();
        HttpResponse<String> response = browser.logIn(login, Teams.PASSWORD, true);
        assertThat(response.headers().firstValue("Location").orElse("")).as(BrowserSession.describe(response)).doesNotContain("login");
        // the session id and its CSRF token change at login: read the token again, as a page opened now would
        return browser.openPage("/");
    }
}
