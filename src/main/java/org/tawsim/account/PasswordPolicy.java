package org.tawsim.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen by a person must be: at least {@value #MIN_LENGTH} characters and none that is
 * written in README, docs, the demo data or the tests, nor a usual first guess. One list for the prod
 * profile's admin password and for every password people set in the app.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Why a password is refused; the key is its message in the translations. */
    public enum Problem {
        EMPTY("password.error.short"), TOO_SHORT("password.error.short"), KNOWN("password.error.known");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Compared after {@link #normalized}: README's examples, demo accounts, test passwords, first guesses. */
    static final Set<String> KNOWN = Set.of(
            "a long password of your own", "correct horse battery staple", "a password of your own",
            "admin", "administrator", "password", "changeme", "change-me", "choose-one", "secret", "tawsim",
            "admin-demo", "lead-demo", "annotator1-demo", "annotator2-demo", "admin-test-password", "password-1",
            "12345678", "123456789012", "1234567890123", "password1234", "password12345", "adminadmin12",
            "administrator1", "tawsim-admin", "tawsimtawsim", "qwertyuiop12", "letmein12345");

    private PasswordPolicy() {
    }

    public static Optional<Problem> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (isKnown(password)) {
            return Optional.of(Problem.KNOWN);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        return Optional.empty();
    }

    /** Written somewhere public: also with other letter case, quotes or spacing around it. */
    public static boolean isKnown(String password) {
        return password != null && KNOWN.contains(normalized(password));
    }

    static String normalized(String password) {
        return password.strip().replaceAll("^['\"]+|['\"]+$", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
