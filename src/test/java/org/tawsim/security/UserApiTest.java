package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.APP_USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.LoginThrottle;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Teams;

/** Accounts over the HTTP API: the admin page's rules, admins only, on the real database and a real socket. */
class UserApiTest extends RunningApp {

    private static final String ADMIN = ApiClient.basic("admin", "admin-test-password");

    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Teams teams;
    @Autowired
    DSLContext dsl;
    @Autowired
    ObjectMapper json;

    private ApiClient api;
    private Teams.Team team;
    private String tag;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = teams.create("User API", "annotator");
        tag = Long.toString(System.nanoTime(), 36);
        throttle.forgetAll();
    }

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void anAdminCreatesAnAccountWhoseOneTimePasswordMustBeChanged() throws Exception {
        HttpResponse<String> created = api.send("POST", "/api/v1/users", ADMIN,
                "{\"login\":\"salma-" + tag + "\",\"displayName\":\"سلمى\",\"role\":\"LEAD\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("login").asText()).isEqualTo("salma-" + tag);
        assertThat(body.get("displayName").asText()).isEqualTo("سلمى");
        assertThat(body.get("role").asText()).isEqualTo("lead");
        assertThat(body.get("enabled").asBoolean()).isTrue();
        String oneTime = body.get("oneTimePassword").asText();
        UserAccount stored = accounts.findByLogin("salma-" + tag).orElseThrow();
        assertThat(stored.role()).isEqualTo(SystemRole.LEAD);
        assertThat(stored.mustChangePassword()).isTrue();
        HttpResponse<String> pending = api.send("GET", "/api/v1/tokens", ApiClient.basic("salma-" + tag, oneTime), null);
        assertThat(pending.statusCode()).isEqualTo(403);
        assertThat(pending.body()).contains("password.change.required");
    }

    @Test
    void aLoginTakenInAnyLetterCaseIsAConflictAndBadInputIsA400() {
        int before = dsl.fetchCount(APP_USER);
        HttpResponse<String> taken = api.send("POST", "/api/v1/users", ADMIN,
                "{\"login\":\"" + team.lead().login().toUpperCase() + "\",\"role\":\"annotator\"}");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(taken.body()).contains("\"error\":\"account.error.taken\"");

        HttpResponse<String> badRole = api.send("POST", "/api/v1/users", ADMIN, "{\"login\":\"x-" + tag + "\",\"role\":\"boss\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("\"error\":\"account.error.role\"");
        HttpResponse<String> badLogin = api.send("POST", "/api/v1/users", ADMIN, "{\"login\":\"a b\",\"role\":\"annotator\"}");
        assertThat(badLogin.statusCode()).isEqualTo(400);
        assertThat(badLogin.body()).contains("\"error\":\"account.error.login\"");
        HttpResponse<String> arabic = api.send("POST", "/api/v1/users", ADMIN, "{\"login\":\"y-" + tag + "\",\"role\":\"boss\"}", "ar");
        assertThat(arabic.body()).contains("الدور إما");
        assertThat(dsl.fetchCount(APP_USER)).as("nothing created").isEqualTo(before);
    }

    @Test
    void onlyAdminsManageAccountsAndOthersLearnNothing() {
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String annotator = team.annotator(0).login();
        String writeToken = ApiClient.bearer(tokens.create(team.lead(), "write").secret());
        for (String who : new String[] {lead, writeToken}) {
            assertThat(api.send("GET", "/api/v1/users", who, null).statusCode()).isEqualTo(403);
            assertThat(api.send("POST", "/api/v1/users", who, "{\"login\":\"z-" + tag + "\"}").statusCode()).isEqualTo(403);
            assertThat(api.send("PATCH", "/api/v1/users/" + annotator, who, "{\"enabled\":false}").statusCode()).isEqualTo(403);
            assertThat(api.send("PATCH", "/api/v1/users/nobody-" + tag, who, "{\"enabled\":false}").statusCode())
                    .as("an unknown login answers like a known one").isEqualTo(403);
            assertThat(api.send("POST", "/api/v1/users/" + annotator + "/password-reset", who, null).statusCode()).isEqualTo(403);
        }
        assertThat(accounts.findByLogin("z-" + tag)).isEmpty();
        UserAccount unchanged = accounts.findByLogin(annotator).orElseThrow();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.mustChangePassword()).isFalse();
        assertThat(api.send("GET", "/api/v1/users", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminListsAndChangesAccountsNamedInAnyLetterCase() throws Exception {
        UserAccount annotator = team.annotator(0);
        JsonNode list = json.readTree(api.send("GET", "/api/v1/users", ADMIN, null).body());
        assertThat(list.findValuesAsText("login")).contains("admin", annotator.login());
        assertThat(list.toString()).doesNotContain("password_hash").doesNotContain("$2a$");

        HttpResponse<String> changed = api.send("PATCH", "/api/v1/users/" + annotator.login().toUpperCase(), ADMIN,
                "{\"displayName\":\"Salma H.\",\"role\":\"viewer\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("role").asText()).isEqualTo("viewer");
        UserAccount stored = accounts.findById(annotator.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Salma H.");
        assertThat(stored.role()).isEqualTo(SystemRole.VIEWER);
        assertThat(stored.enabled()).as("left out, left alone").isTrue();

        HttpResponse<String> unknown = api.send("PATCH", "/api/v1/users/nobody-" + tag, ADMIN, "{\"displayName\":\"X\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"error\":\"account.error.unknown\"").contains("nobody-" + tag);
        HttpResponse<String> badRole = api.send("PATCH", "/api/v1/users/" + annotator.login(), ADMIN,
                "{\"displayName\":\"Renamed\",\"role\":\"boss\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(accounts.findById(annotator.id()).orElseThrow().displayName()).as("all or nothing").isEqualTo("Salma H.");
        HttpResponse<String> self = api.send("PATCH", "/api/v1/users/admin", ADMIN, "{\"enabled\":false}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("admin.error.self");
        HttpResponse<String> unknownField = api.send("PATCH", "/api/v1/users/" + annotator.login(), ADMIN, "{\"email\":\"a@b.c\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
    }

    @Test
    void disablingOverTheApiEndsTokensAndPasswordsAtOnce() {
        UserAccount lead = team.lead();
        String token = ApiClient.bearer(tokens.create(lead, "nightly").secret());
        assertThat(api.send("GET", "/api/v1/tokens", token, null).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = api.send("PATCH", "/api/v1/users/" + lead.login(), ADMIN, "{\"enabled\":false}");

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"enabled\":false");
        assertThat(api.send("GET", "/api/v1/tokens", token, null).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/tokens", ApiClient.basic(lead.login(), Teams.PASSWORD), null).statusCode()).isEqualTo(401);
        assertThat(tokens.list(lead)).allMatch(t -> !t.active());

        assertThat(api.send("PATCH", "/api/v1/users/" + lead.login(), ADMIN, "{\"enabled\":true}").statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/tokens", ApiClient.basic(lead.login(), Teams.PASSWORD), null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/tokens", token, null).statusCode()).as("a revoked token stays revoked").isEqualTo(401);
    }

    @Test
    void aPasswordResetGivesAOneTimePasswordAndRevokesTokens() throws Exception {
        UserAccount lead = team.lead();
        String token = ApiClient.bearer(tokens.create(lead, "leaked").secret());

        HttpResponse<String> reset = api.send("POST", "/api/v1/users/" + lead.login() + "/password-reset", ADMIN, null);

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        JsonNode body = json.readTree(reset.body());
        assertThat(body.get("login").asText()).isEqualTo(lead.login());
        String oneTime = body.get("oneTimePassword").asText();
        assertThat(accounts.findById(lead.id()).orElseThrow().mustChangePassword()).isTrue();
        assertThat(api.send("GET", "/api/v1/tokens", token, null).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/tokens", ApiClient.basic(lead.login(), Teams.PASSWORD), null).statusCode()).isEqualTo(401);
        HttpResponse<String> pending = api.send("GET", "/api/v1/tokens", ApiClient.basic(lead.login(), oneTime), null);
        assertThat(pending.statusCode()).isEqualTo(403);
        assertThat(pending.body()).contains("password.change.required");

        HttpResponse<String> unknown = api.send("POST", "/api/v1/users/nobody-" + tag + "/password-reset", ADMIN, null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("account.error.unknown");
        assertThat(api.send("POST", "/api/v1/users/ADMIN/password-reset", ADMIN, null).body()).contains("admin.error.self");
    }
}
