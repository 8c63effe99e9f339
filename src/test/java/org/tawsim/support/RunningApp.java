package org.tawsim.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port against the test PostgreSQL. Browser tests and HTTP tests that extend it
 * share one running app (one Spring context) per test JVM; its password checks are counted ({@link PasswordCheckCounter}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PasswordCheckCounter.class)
public abstract class RunningApp {

    /** Exports of this test run: a fresh folder, because project ids start again with every test database. */
    protected static final String EXPORTS_DIR = "target/test-exports/" + System.currentTimeMillis();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("tawsim.admin.password", () -> "admin-test-password");
        registry.add("tawsim.exports.dir", () -> EXPORTS_DIR);
    }
}
