package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.API_TOKEN;
import static org.tawsim.db.Tables.APP_USER;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.LoginThrottle;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Teams;

/** Passwords, login throttling and API tokens, over a real socket against the real database. */
class AccountSecurityTest extends RunningApp {

    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Teams teams;

    private ApiClient api;
    private Teams.Team team;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = teams.create("Account security", "annotator");
        throttle.forgetAll();
    }

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserAccount user = accounts.create("hash-" + System.nanoTime(), "a password to hash", "Hash", SystemRole.ANNOTATOR);
        String stored = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(user.id())).fetchOne(APP_USER.PASSWORD_HASH);
        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("a password to hash");
        assertThat(new BCryptPasswordEncoder().matches("a password to hash", stored.substring("{bcrypt}".length()))).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("another password", stored.substring("{bcrypt}".length()))).isFalse();
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        String login = team.lead().login();
        for (int i = 0; i < 5; i++) {
            assertThat(exportsAs(ApiClient.basic(login, "wrong-" + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = exportsAs(ApiClient.basic(login, Teams.PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("login.locked").contains("15 minutes");
        // Another account from the same address is not locked by one account's failures.
        UserAccount other = accounts.create("other-" + System.nanoTime(), Teams.PASSWORD, "Other", SystemRole.LEAD);
        assertThat(api.send("GET", "/api/v1/documents/0/layer", ApiClient.basic(other.login(), Teams.PASSWORD), null).statusCode())
                .isNotIn(401, 429);

        throttle.forgetAll();
        assertThat(exportsAs(ApiClient.basic(login, Teams.PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void manyFailuresFromOneAddressLockItForEveryAccount() {
        IntStream.range(0, 20).forEach(i ->
                assertThat(exportsAs(ApiClient.basic("guess-" + i, "wrong")).statusCode()).isEqualTo(401));
        assertThat(exportsAs(ApiClient.basic(team.lead().login(), Teams.PASSWORD)).statusCode()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginResetsTheAccountsCount() {
        String login = team.lead().login();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(exportsAs(ApiClient.basic(login, "wrong")).statusCode()).isEqualTo(401);
            }
            assertThat(exportsAs(ApiClient.basic(login, Teams.PASSWORD)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anApiTokenActsWithItsOwnersRightsUntilRevoked() throws Exception {
        UserAccount lead = team.lead();
        ApiTokenService.CreatedToken created = tokens.create(lead, "nightly export");
        String secret = created.secret();
        assertThat(secret).startsWith("tawsim_").hasSizeGreaterThanOrEqualTo(7 + 43);

        // Stored as its SHA-256 only.
        var row = dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(created.token().id())).fetchOne();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.getTokenHash()).isEqualTo(sha256);
        assertThat(row.intoList()).noneMatch(v -> String.valueOf(v).contains(secret.substring(7)));
        assertThat(row.getLastUsedAt()).isNull();

        assertThat(exportsAs(ApiClient.bearer(secret)).statusCode()).isEqualTo(200);
        assertThat(tokens.list(lead)).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        // The owner's rights, no more: the lead has no layer of their own on this document.
        assertThat(api.send("GET", "/api/v1/documents/0/layer", ApiClient.bearer(secret), null).statusCode()).isIn(400, 403);
        // No session comes with a token call.
        assertThat(exportsAs(ApiClient.bearer(secret)).headers().firstValue("Set-Cookie")).isEmpty();

        // Someone else cannot revoke it; its owner can.
        tokens.revoke(team.annotator(0), created.token().id());
        assertThat(exportsAs(ApiClient.bearer(secret)).statusCode()).isEqualTo(200);
        tokens.revoke(lead, created.token().id());
        HttpResponse<String> revoked = exportsAs(ApiClient.bearer(secret));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("token.invalid");
        assertThat(tokens.list(lead)).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void unknownTokensAndTokensOfDisabledAccountsAreRefused() {
        assertThat(exportsAs(ApiClient.bearer("tawsim_not-a-real-token")).statusCode()).isEqualTo(401);
        assertThat(exportsAs(ApiClient.bearer("")).statusCode()).isEqualTo(401);
        String secret = tokens.create(team.lead(), "soon disabled").secret();
        accounts.setEnabled(team.lead().id(), false);
        assertThat(exportsAs(ApiClient.bearer(secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void tokensOpenTheApiOnlyNotThePages() {
        String secret = tokens.create(team.lead(), "api only").secret();
        HttpResponse<String> page = api.send("GET", "/v3/api-docs", ApiClient.bearer(secret), null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<String> exportsAs(String authorization) {
        return api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports", authorization, null);
    }
}
