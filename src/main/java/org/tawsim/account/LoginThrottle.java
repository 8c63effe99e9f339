package org.tawsim.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins within the lock time, the account (and,
 * with a higher limit, the remote address) is locked for that time, even for the right password. Form
 * logins and HTTP Basic calls count alike. The counts live in PostgreSQL, so all app instances behind a
 * load balancer share them (an attacker does not get the limit once per instance).
 *
 * <p>When the database cannot be reached the throttle lets the attempt through (fail open) and counts
 * nothing: refusing would lock everybody out for an outage, and the password check that follows needs the
 * same database, so no login can succeed past the throttle while it is down.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_SUBJECT = 320;
    private static final long CLEAN_UP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final LoginFailureRepository failures;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration lockTime;
    private final AtomicLong lastCleanUp = new AtomicLong(System.nanoTime());

    LoginThrottle(LoginFailureRepository failures,
                  @Value("${tawsim.login.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${tawsim.login.max-failures-per-address:20}") int maxPerAddress,
                  @Value("${tawsim.login.lock-minutes:15}") int lockMinutes) {
        this.failures = failures;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    public long lockMinutes() {
        return lockTime.toMinutes();
    }

    /** How long the login or the address stays locked, if it is. */
    public Optional<Duration> lockedFor(String login, String address) {
        try {
            return failures.lockedFor(key(login), subject(address));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, not checked: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public void failed(String login, String address) {
        try {
            failures.failed(LoginFailureRepository.ACCOUNT, key(login), maxPerAccount, lockTime);
            if (address != null) {
                failures.failed(LoginFailureRepository.ADDRESS, subject(address), maxPerAddress, lockTime);
            }
            cleanUpNowAndThen();
        } catch (DataAccessException e) {
            // the caller is answering "wrong password": a throttle outage must not turn that into an error
            log.warn("Login throttle unavailable, failure not counted: {}", e.getMessage());
        }
    }

    /** A successful login clears the account's count; the address keeps its own (a valid account must not reset it). */
    public void succeeded(String login) {
        try {
            failures.forget(LoginFailureRepository.ACCOUNT, key(login));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, count not cleared: {}", e.getMessage());
        }
    }

    /** Unlocks everything, on every instance, e.g. after an administrator has checked what happened. */
    public void forgetAll() {
        failures.forgetAll();
    }

    /** Expired rows are deleted at most once a minute per instance, on the failure path only (logins stay one read). */
    private void cleanUpNowAndThen() {
        long last = lastCleanUp.get();
        long now = System.nanoTime();
        if (now - last >= CLEAN_UP_EVERY_NANOS && lastCleanUp.compareAndSet(last, now)) {
            failures.forgetExpired(lockTime);
        }
    }

    private static String key(String login) {
        return subject(login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    /** Longer input cannot be a real login or address; cut it rather than fail on the column's limit. */
    private static String subject(String value) {
        return value == null || value.length() <= MAX_SUBJECT ? value : value.substring(0, MAX_SUBJECT);
    }
}
