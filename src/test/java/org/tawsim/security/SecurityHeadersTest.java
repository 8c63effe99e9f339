package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Teams;

/** Every kind of answer carries the security headers: a page, the HTTP API (success and failure), a static file. */
class SecurityHeadersTest extends RunningApp {

    @Autowired
    Teams teams;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aPageCarriesTheHeadersAndItsSessionCookieIsSameSiteLax() {
        HttpResponse<String> page = api.send("GET", "/login", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void apiAnswersCarryTheHeaders() {
        Teams.Team team = teams.create("Headers", "annotator");
        HttpResponse<String> ok = api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports",
                ApiClient.basic(team.lead().login(), Teams.PASSWORD), null);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertSecurityHeaders(ok);
        HttpResponse<String> refused = api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports", null, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refused);
    }

    @Test
    void staticFilesCarryTheHeaders() {
        String page = api.send("GET", "/login", null, null).body();
        Matcher script = Pattern.compile("src=\"\\.?/?(VAADIN/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page loads a script from VAADIN/: " + page).isTrue();
        HttpResponse<String> file = api.send("GET", "/" + script.group(1), null, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertSecurityHeaders(file);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as("Content-Security-Policy of " + response.uri())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
