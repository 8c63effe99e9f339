package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.tawsim.Application;

/** The prod profile refuses to start with an empty or well-known admin password. */
class ProductionAdminPasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "admin", "lead-demo", "choose-one", "Admin-Test-Password", "short-pw",
            "a long password of your own", "'A long password of your own'", "correct horse battery staple"})
    void theAppDoesNotStartInProdWithAWeakAdminPassword(String password) {
        // A database nobody listens on: were the check to let the app through, it would fail differently.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("prod").run(
                "--tawsim.admin.password=" + password, "--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none").close())
                .hasStackTraceContaining("Tawsim does not start in the prod profile")
                .hasStackTraceContaining("TAWSIM_ADMIN_PASSWORD");
    }

    @Test
    void aPasswordOfYourOwnPasses() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("tawsim.admin.password", "seven quiet lanterns on the jasim road")));
        new ProductionAdminPassword().postProcessEnvironment(environment, new SpringApplication());
        assertThat(ProductionAdminPassword.problem("seven quiet lanterns on the jasim road")).isEmpty();
    }

    @Test
    void theDemoProfileIsNotChecked() {
        StandardEnvironment environment = new StandardEnvironment();
        new ProductionAdminPassword().postProcessEnvironment(environment, new SpringApplication());
    }
}
