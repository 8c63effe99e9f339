package org.tawsim.account;

import java.security.SecureRandom;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.base.UserError;

/**
 * Passwords after the account exists: people change their own (knowing the current one), admins reset
 * someone else's to a one-time password that must be changed at the next login. Both bump the account's
 * credentials version, which ends every session opened before (the caller keeps its own, see
 * {@link AccountStanding#SESSION_ATTRIBUTE}).
 */
@Service
public class PasswordService {

    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;

    PasswordService(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * The user's own password, and only theirs. Returns the new credentials version: the caller's session
     * records it to stay open while the account's other sessions end.
     */
    @Transactional
    public long changeOwn(UserAccount me, String current, String newPassword, String repeat) {
        String hash = users.passwordHash(me.id()).orElseThrow(() -> new IllegalStateException("No account " + me.id()));
        if (current == null || current.isEmpty() || !passwordEncoder.matches(current, hash)) {
            throw new UserError("password.error.current");
        }
        PasswordPolicy.problem(newPassword).ifPresent(problem -> {
            throw new UserError(problem.messageKey(), PasswordPolicy.MIN_LENGTH);
        });
        if (!Objects.equals(newPassword, repeat)) {
            throw new UserError("password.error.repeat");
        }
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new UserError("password.error.same");
        }
        return users.updatePassword(me.id(), passwordEncoder.encode(newPassword), false);
    }

    /**
     * Admins only, never their own: a new random password that works once, to be changed at the next login.
     * The account's sessions end and its API tokens are revoked (whoever knew the old password may have made
     * some). Returned once; only its hash is kept.
     */
    @Transactional
    public String reset(UserAccount admin, long userId) {
        AccountService.requireAdmin(admin);
        if (admin.id() == userId) {
            throw new UserError("admin.error.self");
        }
        String oneTime = oneTimePassword();
        users.updatePassword(userId, passwordEncoder.encode(oneTime), true);
        tokens.revokeAll(userId);
        return oneTime;
    }

    /** Four groups of four unambiguous characters (about 92 bits), easy to read out. */
    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return sb.toString();
    }
}
