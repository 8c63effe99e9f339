package org.tawsim.account;

import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the app refuses to start, before anything else happens, when the admin
 * password (TAWSIM_ADMIN_PASSWORD) is empty, short, or one that is written in our docs and demo data
 * ({@link PasswordPolicy}, the same rule as for passwords set in the app).
 */
public class ProductionAdminPassword implements EnvironmentPostProcessor {

    static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

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
        return PasswordPolicy.problem(password).map(problem -> switch (problem) {
            case EMPTY -> "TAWSIM_ADMIN_PASSWORD is empty";
            case KNOWN -> "TAWSIM_ADMIN_PASSWORD is a default or demo password that others know";
            case TOO_SHORT -> "TAWSIM_ADMIN_PASSWORD is shorter than " + MIN_LENGTH + " characters";
        });
    }
}
