package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.tawsim.account.LoginFailureRepository.Counter;
import org.tawsim.support.AtOnce;
import org.tawsim.support.DatabaseTest;

/**
 * Two app instances behind a load balancer: two throttles over the same PostgreSQL count one attacker's
 * attempts together, also when they arrive at the same moment; and the policy: per account from one address,
 * per address, and per account over all addresses. An attempt that is admitted and never succeeds is a failure.
 */
class SharedLoginThrottleTest extends DatabaseTest {

    @Autowired
    LoginFailureRepository repository;
    @Autowired
    LoginThrottle bean;

    final String login = "guessed-" + System.nanoTime();
    final String address = "192.0.2." + (System.nanoTime() % 200);
    final String otherAddress = "198.51.100.7";

    @AfterEach
    void unlock() {
        bean.forgetAll();
    }

    @Test
    void twoInstancesShareTheCountAndTheLock() {
        LoginThrottle one = instance(5, 20, 100);
        LoginThrottle other = instance(5, 20, 100);
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? one : other).admit(login, address)).isTrue();
        }
        assertThat(one.lockedFor(login, address)).isEmpty();
        assertThat(other.lockedFor(login, address)).isEmpty();

        assertThat(one.admit(login.toUpperCase(), address)).as("the fifth attempt is still checked").isTrue();

        assertThat(other.lockedFor(login, address)).hasValueSatisfying(d -> assertThat(d)
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        assertThat(one.lockedFor(" " + login, address)).isPresent();
        assertThat(other.admit(login, address)).isFalse();
        assertThat(bean.lockedFor(login, address)).isPresent();
        // an administrator's reset on one instance unlocks everywhere
        bean.forgetAll();
        assertThat(other.admit(login, address)).isTrue();
    }

    @Test
    void attemptsArrivingAtOnceOnTwoInstancesAdmitNoMoreThanTheLimit() {
        LoginThrottle one = instance(5, 20, 100);
        LoginThrottle other = instance(5, 20, 100);
        List<Callable<Boolean>> attempts = IntStream.range(0, 100)
                .<Callable<Boolean>>mapToObj(i -> () -> (i % 2 == 0 ? one : other).admit(login, address)).toList();

        List<AtOnce.Result<Boolean>> admitted = AtOnce.run(attempts);

        assertThat(admitted).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(admitted.stream().filter(AtOnce.Result::value).count()).isEqualTo(5);
    }

    @Test
    void aSuccessOnOneInstanceClearsTheAccountsCountFromThatAddressOnAll() {
        LoginThrottle one = instance(3, 20, 100);
        LoginThrottle other = instance(3, 20, 100);
        one.admit(login, address);
        one.admit(login, address);
        other.admit(login, address);
        other.succeeded(login, address);
        one.admit(login, address);
        other.admit(login, address);
        assertThat(one.lockedFor(login, address)).isEmpty();
        assertThat(one.admit(login, address)).isTrue();
    }

    @Test
    void oneAddressCannotLockTheAccountForOtherAddresses() {
        LoginThrottle throttle = instance(5, 20, 100);
        long admitted = IntStream.range(0, 100).filter(i -> throttle.admit(login, address)).count();

        assertThat(admitted).isEqualTo(5);
        assertThat(throttle.lockedFor(login, address)).isPresent();
        assertThat(throttle.lockedFor(login, otherAddress)).isEmpty();
        assertThat(throttle.admit(login, otherAddress)).as("its refusals did not count for the account").isTrue();
    }

    @Test
    void theAccountIsLockedForEveryAddressAtItsHigherLimit() {
        LoginThrottle throttle = instance(5, 20, 12);
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < 4; i++) {
                assertThat(throttle.admit(login, "203.0.113." + a)).isTrue();
            }
        }
        assertThat(throttle.lockedFor(login, "203.0.113.99")).as("12 failures from 3 addresses").isPresent();
        assertThat(throttle.admit(login, "203.0.113.99")).isFalse();
        assertThat(throttle.admit(login + "-other", "203.0.113.99")).isTrue();
    }

    @Test
    void theAddressIsLockedAcrossAccountsWithItsOwnLimit() {
        LoginThrottle one = instance(5, 20, 100);
        LoginThrottle other = instance(5, 20, 100);
        for (int i = 0; i < 19; i++) {
            assertThat((i % 2 == 0 ? one : other).admit(login + "-" + i, address)).isTrue();
        }
        assertThat(one.lockedFor("someone-else", address)).isEmpty();
        other.admit(login + "-last", address);
        assertThat(one.lockedFor("someone-else", address)).isPresent();
        assertThat(one.admit("someone-else", address)).isFalse();
        assertThat(one.lockedFor("someone-else", otherAddress)).isEmpty();
    }

    @Test
    void aSuccessTakesBackOnlyItsOwnAttemptFromTheAddress() {
        LoginThrottle throttle = instance(5, 20, 100);
        for (int i = 0; i < 19; i++) {
            throttle.admit(login + "-" + i, address);
        }
        assertThat(throttle.admit(login, address)).isTrue();
        throttle.succeeded(login, address);
        assertThat(throttle.lockedFor("someone-else", address)).as("19 failures").isEmpty();

        assertThat(throttle.admit(login + "-20th", address)).isTrue();
        assertThat(throttle.admit("someone-else", address)).as("the success did not reset the address").isFalse();
    }

    @Test
    void expiredCountsAreDeletedLocksAreKept() {
        instance(1, 1, 1).admit(login, null);
        instance(100, 100, 100).admit(login + "-counted", otherAddress);

        repository.forgetExpired(Duration.ZERO);

        assertThat(bean.lockedFor(login, null)).isPresent();
        LoginThrottle two = instance(2, 2, 2);
        two.admit(login + "-counted", otherAddress);
        assertThat(two.lockedFor(login + "-counted", otherAddress)).as("its earlier failure was forgotten").isEmpty();
    }

    @Test
    void withoutTheDatabaseTheThrottleLetsTheAttemptThroughInsteadOfFailing() {
        // what the app's jOOQ (with Spring's exception translation) throws while PostgreSQL is unreachable
        LoginFailureRepository unreachable = new LoginFailureRepository(DSL.using(SQLDialect.POSTGRES)) {
            @Override
            int attempt(Counter counter, int max, Duration lock) {
                throw new DataAccessResourceFailureException("Connection refused");
            }

            @Override
            void takeBack(Counter counter, int max) {
                throw new DataAccessResourceFailureException("Connection refused");
            }

            @Override
            Optional<Duration> lockedFor(List<Counter> counters) {
                throw new DataAccessResourceFailureException("Connection refused");
            }

            @Override
            void forget(Counter counter) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
        };
        LoginThrottle cut = new LoginThrottle(unreachable, 5, 20, 100, 15);

        assertThat(cut.admit(login, address)).isTrue();
        cut.succeeded(login, address);
        assertThat(cut.lockedFor(login, address)).isEmpty();
    }

    private LoginThrottle instance(int perAccountFromAddress, int perAddress, int perAccount) {
        return new LoginThrottle(repository, perAccountFromAddress, perAddress, perAccount, 15);
    }
}
