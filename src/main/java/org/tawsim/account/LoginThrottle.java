package org.tawsim.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins within the lock time, the account (and,
 * with a higher limit, the remote address) is locked for that time, even for the right password. Form
 * logins and HTTP Basic calls count alike. Kept in memory: each app instance counts on its own.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration lockTime;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(@Value("${tawsim.login.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${tawsim.login.max-failures-per-address:20}") int maxPerAddress,
                  @Value("${tawsim.login.lock-minutes:15}") int lockMinutes) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    public long lockMinutes() {
        return lockTime.toMinutes();
    }

    /** How long the login or the address stays locked, if it is. */
    public Optional<Duration> lockedFor(String login, String address) {
        Instant now = clock.instant();
        return remaining(byAccount.get(key(login)), now).or(() -> remaining(byAddress.get(address), now));
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
        byAccount.compute(key(login), (k, f) -> count(f, now, maxPerAccount));
        if (address != null) {
            byAddress.compute(address, (k, f) -> count(f, now, maxPerAddress));
        }
    }

    /** A successful login clears the account's count; the address keeps its own (a valid account must not reset it). */
    public void succeeded(String login) {
        byAccount.remove(key(login));
    }

    /** Unlocks everything, e.g. after an administrator has checked what happened. */
    public void forgetAll() {
        byAccount.clear();
        byAddress.clear();
    }

    private Failures count(Failures f, Instant now, int max) {
        Failures current = f == null || f.first().plus(lockTime).isBefore(now) && !locked(f, now) ? new Failures(0, now, null) : f;
        int count = current.count() + 1;
        return new Failures(count, current.first(), count >= max ? now.plus(lockTime) : current.lockedUntil());
    }

    private static Optional<Duration> remaining(Failures f, Instant now) {
        return f != null && locked(f, now) ? Optional.of(Duration.between(now, f.lockedUntil())) : Optional.empty();
    }

    private static boolean locked(Failures f, Instant now) {
        return f.lockedUntil() != null && f.lockedUntil().isAfter(now);
    }

    private void forgetExpired(Instant now) {
        byAccount.values().removeIf(f -> !locked(f, now) && f.first().plus(lockTime).isBefore(now));
        byAddress.values().removeIf(f -> !locked(f, now) && f.first().plus(lockTime).isBefore(now));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
