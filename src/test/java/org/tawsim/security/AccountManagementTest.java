package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.APP_USER;

import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.LoginThrottle;
import org.tawsim.account.PasswordService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Teams;

/** Changing, resetting, disabling and naming accounts, on the real database and over a real socket. */
class AccountManagementTest extends RunningApp {

    private static final String NEW_PASSWORD = "seven quiet lanterns on the jasim road";

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordService passwords;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Teams teams;
    @Autowired
    DSLContext dsl;

    private ApiClient api;
    private Teams.Team team;
    private UserAccount admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = teams.create("Account management", "annotator");
        admin = accounts.findByLogin("admin").orElseThrow();
        throttle.forgetAll();
    }

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndANewOneOfOwnChoosing() {
        UserAccount lead = team.lead();
        assertRefused(() -> passwords.changeOwn(lead, "not-the-password", NEW_PASSWORD, NEW_PASSWORD), "password.error.current");
        assertRefused(() -> passwords.changeOwn(lead, "", NEW_PASSWORD, NEW_PASSWORD), "password.error.current");
        assertRefused(() -> passwords.changeOwn(lead, Teams.PASSWORD, "eleven-char", "eleven-char"), "password.error.short");
        // README's own example, whatever its letter case.
        assertRefused(() -> passwords.changeOwn(lead, Teams.PASSWORD, "A long password of your own", "A long password of your own"),
                "password.error.known");
        assertRefused(() -> passwords.changeOwn(lead, Teams.PASSWORD, "lead-demo", "lead-demo"), "password.error.known");
        assertRefused(() -> passwords.changeOwn(lead, Teams.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!"), "password.error.repeat");
        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).as("nothing changed yet").isEqualTo(200);

        passwords.changeOwn(lead, Teams.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(exportsAs(ApiClient.basic(lead.login(), NEW_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).isEqualTo(401);
        assertRefused(() -> passwords.changeOwn(lead, NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD), "password.error.same");
    }

    @Test
    void aResetGivesAOneTimePasswordThatOpensNothingButThePasswordChange() {
        UserAccount lead = team.lead();
        String token = tokens.create(lead, "made with the leaked password").secret();
        assertThat(exportsAs(ApiClient.bearer(token)).statusCode()).isEqualTo(200);

        String oneTime = passwords.reset(admin, lead.id());

        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accounts.findById(lead.id()).orElseThrow().mustChangePassword()).isTrue();
        assertThat(exportsAs(ApiClient.bearer(token)).statusCode()).as("tokens are revoked at reset").isEqualTo(401);
        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).isEqualTo(401);
        HttpResponse<String> pending = exportsAs(ApiClient.basic(lead.login(), oneTime));
        assertThat(pending.statusCode()).isEqualTo(403);
        assertThat(pending.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(pending.body()).contains("\"error\":\"password.change.required\"");

        passwords.changeOwn(accounts.findById(lead.id()).orElseThrow(), oneTime, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(accounts.findById(lead.id()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(exportsAs(ApiClient.basic(lead.login(), NEW_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(exportsAs(ApiClient.basic(lead.login(), oneTime)).statusCode()).as("one time only").isEqualTo(401);
    }

    @Test
    void onlyAdminsResetOrEnableAndNotTheirOwnAccount() {
        UserAccount lead = team.lead();
        UserAccount annotator = team.annotator(0);
        assertThatThrownBy(() -> passwords.reset(lead, annotator.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(lead, annotator.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> passwords.reset(admin, admin.id()), "admin.error.self");
        assertRefused(() -> accounts.setEnabled(admin, admin.id(), false), "admin.error.self");
        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(accounts.findById(annotator.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void disablingEndsTheTokensForGoodAndPasswordsUntilEnabledAgain() {
        UserAccount lead = team.lead();
        String token = tokens.create(lead, "nightly").secret();
        assertThat(exportsAs(ApiClient.bearer(token)).statusCode()).isEqualTo(200);

        accounts.setEnabled(admin, lead.id(), false);

        assertThat(exportsAs(ApiClient.bearer(token)).statusCode()).isEqualTo(401);
        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(tokens.list(lead)).allMatch(t -> !t.active());

        accounts.setEnabled(admin, lead.id(), true);

        assertThat(exportsAs(ApiClient.basic(lead.login(), Teams.PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(exportsAs(ApiClient.bearer(token)).statusCode()).as("a revoked token stays revoked").isEqualTo(401);
    }

    @Test
    void loginsAreUniqueWhateverTheirLetterCaseAndLoggingInIsExact() {
        String login = "Case-" + Long.toString(System.nanoTime(), 36);
        UserAccount first = accounts.create(login, Teams.PASSWORD, "First", SystemRole.LEAD);
        assertRefused(() -> accounts.create(login.toLowerCase(), Teams.PASSWORD, "Second", SystemRole.ADMIN), "account.error.taken");
        assertRefused(() -> accounts.create(login.toUpperCase(), Teams.PASSWORD, "Third", SystemRole.ADMIN), "account.error.taken");
        // The database refuses it too, whoever writes the row.
        assertThatThrownBy(() -> dsl.insertInto(APP_USER).set(APP_USER.LOGIN, login.toUpperCase())
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.DISPLAY_NAME, "Raw").set(APP_USER.SYSTEM_ROLE, "admin")
                .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("app_user_login_lower_uk");

        assertThat(accounts.findByLogin(login)).map(UserAccount::id).contains(first.id());
        assertThat(exportsAs(ApiClient.basic(login, Teams.PASSWORD)).statusCode()).isIn(200, 403);
        assertThat(api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports",
                ApiClient.basic(login.toLowerCase(), Teams.PASSWORD), null).statusCode()).as("logging in is case-sensitive").isEqualTo(401);
    }

    @Test
    void accountsMadeOnTheAdminPageFollowThePolicyAndMustBeChangedAtFirstLogin() {
        String login = "made-" + Long.toString(System.nanoTime(), 36);
        assertRefused(() -> accounts.createByAdmin(admin, login, "short-pw", "Made", SystemRole.ANNOTATOR), "password.error.short");
        assertRefused(() -> accounts.createByAdmin(admin, login, "a long password of your own", "Made", SystemRole.ANNOTATOR),
                "password.error.known");
        assertThatThrownBy(() -> accounts.createByAdmin(team.lead(), login, NEW_PASSWORD, "Made", SystemRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.exists(login)).isFalse();

        UserAccount made = accounts.createByAdmin(admin, login, NEW_PASSWORD, "Made", SystemRole.ANNOTATOR);

        assertThat(made.mustChangePassword()).isTrue();
        assertThat(exportsAs(ApiClient.basic(login, NEW_PASSWORD)).statusCode()).isEqualTo(403);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).messageKey()).isEqualTo(messageKey));
    }

    private HttpResponse<String> exportsAs(String authorization) {
        return api.send("GET", "/api/v1/projects/" + team.project().id() + "/exports", authorization, null);
    }
}
