package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tawsim.account.AccountService;
import org.tawsim.account.LoginThrottle;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.support.AtOnce;
import org.tawsim.support.PasswordCheckCounter;
import org.tawsim.support.RunningApp;

/**
 * Password guessing over HTTP Basic against the running app: guesses fired all at once are counted before their
 * password is checked, so no more than the limit is ever checked; and every login costs one password check,
 * whether its account exists, is disabled or not. Password checks are counted at the app's own PasswordEncoder.
 */
class LoginThrottleRaceTest extends RunningApp {

    @Autowired
    AccountService accounts;
    @Autowired
    LoginThrottle throttle;
    @Value("${tawsim.login.max-failures-per-account}")
    int limit;

    private final String nonce = Long.toString(System.nanoTime(), 36);
    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        throttle.forgetAll();
    }

    @AfterEach
    void unlock() {
        throttle.forgetAll();
    }

    @Test
    void aHundredParallelGuessesGetAtMostTheLimitCheckedAndTheRightPasswordIsRefusedWhileLocked() {
        String right = "right-" + nonce + "-a password";
        UserAccount victim = accounts.create("victim-" + nonce, right, "Victim", SystemRole.LEAD);
        String guess = "guess-" + nonce + "-";
        List<Callable<Integer>> guesses = IntStream.range(0, 100)
                .<Callable<Integer>>mapToObj(i -> () -> call(victim.login(), guess + i).statusCode()).toList();

        List<AtOnce.Result<Integer>> answers = AtOnce.run(guesses);

        assertThat(answers).allSatisfy(a -> assertThat(a.value()).isIn(401, 429));
        assertThat(PasswordCheckCounter.of(guess)).as("password checks of 100 guesses at once")
                .isPositive().isLessThanOrEqualTo(limit);
        assertThat(answers.stream().filter(a -> a.value() == 401).count()).isEqualTo(PasswordCheckCounter.of(guess));

        HttpResponse<String> rightOne = call(victim.login(), right);
        assertThat(rightOne.statusCode()).isEqualTo(429);
        assertThat(rightOne.body()).contains("login.locked");
        assertThat(PasswordCheckCounter.of(right)).as("refused unchecked while locked").isZero();
    }

    @Test
    void unknownAndDisabledAccountsCostOnePasswordCheckLikeRealOnesAndAnswerAlike() {
        UserAccount real = accounts.create("real-" + nonce, "real-" + nonce + "-a password", "Real", SystemRole.ANNOTATOR);
        UserAccount disabled = accounts.create("disabled-" + nonce, "disabled-" + nonce + "-a password", "Off", SystemRole.ANNOTATOR);
        accounts.setEnabled(disabled.id(), false);

        HttpResponse<String> wrong = call(real.login(), "real-" + nonce + "-wrong");
        HttpResponse<String> unknown = call("nobody-" + nonce, "nobody-" + nonce + "-a password");
        HttpResponse<String> disabledWrong = call(disabled.login(), "disabled-" + nonce + "-wrong");
        HttpResponse<String> disabledRight = call(disabled.login(), "disabled-" + nonce + "-a password");

        assertThat(PasswordCheckCounter.of("real-" + nonce)).isEqualTo(1);
        assertThat(PasswordCheckCounter.of("nobody-" + nonce)).as("an unknown account's password is checked too").isEqualTo(1);
        assertThat(PasswordCheckCounter.of("disabled-" + nonce)).as("a disabled account's passwords are checked too").isEqualTo(2);
        for (HttpResponse<String> refused : List.of(wrong, unknown, disabledWrong, disabledRight)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo(wrong.body());
        }
    }

    private HttpResponse<String> call(String login, String password) {
        return api.send("GET", "/api/v1/projects", ApiClient.basic(login, password), null);
    }
}
