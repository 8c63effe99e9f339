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
import org.tawsim.support.AtOnce;
import org.tawsim.support.DatabaseTest;

/**
 * Two app instances behind a load balancer: two throttles over the same PostgreSQL count one attacker's
 * failures together, also when the failures arrive at the same moment.
 */
class SharedLoginThrottleTest extends DatabaseTest {

    @Autowired
    LoginFailureRepository repository;
    @Autowired
    LoginThrottle bean;

    final String login = "guessed-" + System.nanoTime();
    final String address = "192.0.2." + (System.nanoTime() % 200);

    @AfterEach
    void unlock() {
        bean.forgetAll();
    }

    @Test
    void twoInstancesShareTheCountAndTheLock() {
        LoginThrottle one = instance(5);
        LoginThrottle other = instance(5);
        one.failed(login, address);
        other.failed(login, address);
        one.failed(login, address);
        other.failed(login, address);
        assertThat(one.lockedFor(login, null)).isEmpty();
        assertThat(other.lockedFor(login, null)).isEmpty();

        one.failed(login.toUpperCase(), address);

        assertThat(other.lockedFor(login, null)).hasValueSatisfying(d -> assertThat(d)
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        assertThat(one.lockedFor(" " + login, null)).isPresent();
        assertThat(bean.lockedFor(login, null)).isPresent();
        // an administrator's reset on one instance unlocks everywhere
        bean.forgetAll();
        assertThat(other.lockedFor(login, null)).isEmpty();
    }

    @Test
    void aSuccessOnOneInstanceClearsTheAccountCountOnAll() {
        LoginThrottle one = instance(3);
        LoginThrottle other = instance(3);
        one.failed(login, address);
        one.failed(login, address);
        other.succeeded(login);
        one.failed(login, address);
        other.failed(login, address);
        assertThat(one.lockedFor(login, null)).isEmpty();
    }

    @Test
    void failuresArrivingAtOnceOnTwoInstancesAreAllCounted() {
        LoginThrottle one = instance(30);
        LoginThrottle other = instance(30);
        List<Callable<Boolean>> attempts = IntStream.range(0, 29).<Callable<Boolean>>mapToObj(i -> () -> {
            (i % 2 == 0 ? one : other).failed(login, null);
            return true;
        }).toList();

        assertThat(AtOnce.run(attempts)).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(one.lockedFor(login, null)).as("29 of 30 failures").isEmpty();

        other.failed(login, null);
        assertThat(one.lockedFor(login, null)).as("a lost update would leave it unlocked").isPresent();
    }

    @Test
    void theAddressIsLockedAcrossAccountsWithItsOwnLimit() {
        LoginThrottle one = instance(5);
        LoginThrottle other = instance(5);
        for (int i = 0; i < 19; i++) {
            (i % 2 == 0 ? one : other).failed(login + "-" + i, address);
        }
        assertThat(one.lockedFor("someone-else", address)).isEmpty();
        other.failed(login + "-last", address);
        assertThat(one.lockedFor("someone-else", address)).isPresent();
        assertThat(one.lockedFor("someone-else", "198.51.100.7")).isEmpty();
    }

    @Test
    void expiredCountsAreDeletedLocksAreKept() {
        instance(1).failed(login, null);
        instance(100).failed(login + "-counted", null);

        repository.forgetExpired(Duration.ZERO);

        assertThat(bean.lockedFor(login, null)).isPresent();
        instance(2).failed(login + "-counted", null);
        assertThat(bean.lockedFor(login + "-counted", null)).as("its earlier failure was forgotten").isEmpty();
    }

    @Test
    void withoutTheDatabaseTheThrottleLetsTheAttemptThroughInsteadOfFailing() {
        // what the app's jOOQ (with Spring's exception translation) throws while PostgreSQL is unreachable
        LoginFailureRepository unreachable = new LoginFailureRepository(DSL.using(SQLDialect.POSTGRES)) {
            @Override
            void failed(String scope, String subject, int max, Duration lock) {
                throw new DataAccessResourceFailureException("Connection refused");
            }

            @Override
            Optional<Duration> lockedFor(String account, String address) {
                throw new DataAccessResourceFailureException("Connection refused");
            }

            @Override
            void forget(String scope, String subject) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
        };
        LoginThrottle cut = new LoginThrottle(unreachable, 5, 20, 15);

        cut.failed(login, address);
        cut.succeeded(login);
        assertThat(cut.lockedFor(login, address)).isEmpty();
    }

    private LoginThrottle instance(int maxPerAccount) {
        return new LoginThrottle(repository, maxPerAccount, 20, 15);
    }
}
