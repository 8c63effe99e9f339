package org.tawsim.base;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the app refuses to start, before anything else happens, when the admin
 * password (TAWSIM_ADMIN_PASSWORD) is empty, short, or one that is written in our docs and demo data.
 */
public class ProductionAdminPassword implements EnvironmentPostProcessor {

    static final int MIN_LENGTH = 12;
    /** Passwords printed in README, the demo accounts, the tests, and the usual first guesses. */
    static final Set<String> KNOWN = Set.of("admin", "administrator", "password", "changeme", "change-me", "choose-one",
            "secret", "tawsim", "admin-demo", "lead-demo", "annotator1-demo", "annotator2-demo", "admin-test-password",
            "password-1", "12345678", "123456789012", "password1234", "adminadmin12");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        problem(environment.getProperty("tawsim.admin.password", "")).ifPresent(problem -> {
            throw new IllegalStateException("Tawsim does not start in the prod profile: " + problem
                    + ". Set TAWSIM_ADMIN_PASSWORD (or tawsim.admin.password) to a password of your own, at least "
                    + MIN_LENGTH + " characters; see README, section 'Run it in production'.");
        });
    }

    static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("TAWSIM_ADMIN_PASSWORD is empty");
        }
        if (KNOWN.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("TAWSIM_ADMIN_PASSWORD is a default or demo password that others know");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("TAWSIM_ADMIN_PASSWORD is shorter than " + MIN_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
