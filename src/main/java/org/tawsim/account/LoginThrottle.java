package org.tawsim.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.tawsim.account.LoginFailureRepository.Counter;

/**
 * Slows down password guessing. Every password login (form and HTTP Basic alike) is counted before its password
 * is checked, in three counts, each with its own limit within the lock time: the account from this address, the
 * address over all accounts, and the account over all addresses (a higher limit, against guessing spread over
 * many addresses). An attempt that takes any count past its limit is refused without a password check, so at
 * most the limit is ever checked, however many guesses arrive at once. A successful login clears its account's
 * count from its address and takes its own attempt back from the two others. Reaching a limit locks that count
 * for the lock time.
 *
 * <p>The counts live in PostgreSQL, so all app instances behind a load balancer share them (an attacker does not
 * get the limit once per instance). When the database cannot be reached the throttle lets the attempt through
 * (fail open) and counts nothing: refusing would lock everybody out for an outage, and the password check that
 * follows needs the same database, so no login can succeed past the throttle while it is down.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_SUBJECT = 320;
    private static final String UNKNOWN_ADDRESS = "unknown";
    private static final long CLEAN_UP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final LoginFailureRepository failures;
    private final int maxPerAccountFromAddress;
    private final int maxPerAddress;
    private final int maxPerAccount;
    private final Duration lockTime;
    private final AtomicLong lastCleanUp = new AtomicLong(System.nanoTime());

    LoginThrottle(LoginFailureRepository failures,
                  @Value("${tawsim.login.max-failures-per-account:5}") int maxPerAccountFromAddress,
                  @Value("${tawsim.login.max-failures-per-address:20}") int maxPerAddress,
                  @Value("${tawsim.login.max-failures-per-account-all-addresses:100}") int maxPerAccount,
                  @Value("${tawsim.login.lock-minutes:15}") int lockMinutes) {
        this.failures = failures;
        this.maxPerAccountFromAddress = maxPerAccountFromAddress;
        this.maxPerAddress = maxPerAddress;
        this.maxPerAccount = maxPerAccount;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    public long lockMinutes() {
        return lockTime.toMinutes();
    }

    /**
     * Counts this attempt, before its password is checked. False: a limit is reached, refuse it unchecked (it then
     * counts only where it was refused, so that refusals from one address do not fill the account's count).
     */
    public boolean admit(String login, String address) {
        try {
            List<Limited> counted = new ArrayList<>();
            for (Limited limited : counters(login, address)) {
                if (failures.attempt(limited.counter(), limited.max(), lockTime) > limited.max()) {
                    counted.forEach(c -> failures.takeBack(c.counter(), c.max()));
                    return false;
                }
                counted.add(limited);
            }
            cleanUpNowAndThen();
            return true;
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, attempt not counted: {}", e.getMessage());
            return true;
        }
    }

    /**
     * The password was right: the account's count from this address starts again (its earlier failures were the
     * user's own typing); the address and the account over all addresses only get this attempt back, so that a
     * valid account cannot reset what other guesses counted there.
     */
    public void succeeded(String login, String address) {
        try {
            List<Limited> counters = counters(login, address);
            failures.forget(counters.get(0).counter());
            counters.subList(1, counters.size()).forEach(c -> failures.takeBack(c.counter(), c.max()));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, count not cleared: {}", e.getMessage());
        }
    }

    /** How long the next attempt for this login from this address stays refused, if it is locked. */
    public Optional<Duration> lockedFor(String login, String address) {
        try {
            return failures.lockedFor(counters(login, address).stream().map(Limited::counter).toList());
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, not checked: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Unlocks everything, on every instance, e.g. after an administrator has checked what happened. */
    public void forgetAll() {
        failures.forgetAll();
    }

    /** The narrowest count first: a refusal there must not count in the wider ones. */
    private List<Limited> counters(String login, String address) {
        String account = subject(login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
        String from = subject(address == null ? UNKNOWN_ADDRESS : address);
        // the address first: it has no '|' and is short, so cutting the pair to the column's size keeps it whole
        return List.of(
                new Limited(new Counter(LoginFailureRepository.ACCOUNT_ADDRESS, subject(from + "|" + account)), maxPerAccountFromAddress),
                new Limited(new Counter(LoginFailureRepository.ADDRESS, from), maxPerAddress),
                new Limited(new Counter(LoginFailureRepository.ACCOUNT, account), maxPerAccount));
    }

    /** Expired rows are deleted at most once a minute per instance. */
    private void cleanUpNowAndThen() {
        long last = lastCleanUp.get();
        long now = System.nanoTime();
        if (now - last >= CLEAN_UP_EVERY_NANOS && lastCleanUp.compareAndSet(last, now)) {
            failures.forgetExpired(lockTime);
        }
    }

    /** Longer input cannot be a real login or address; cut it rather than fail on the column's limit. */
    private static String subject(String value) {
        return value.length() <= MAX_SUBJECT ? value : value.substring(0, MAX_SUBJECT);
    }

    private record Limited(Counter counter, int max) {
    }
}
