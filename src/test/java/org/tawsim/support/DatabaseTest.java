package org.tawsim.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of tests that run the application context against the real test PostgreSQL. */
@SpringBootTest
public abstract class DatabaseTest {

    /** Exports of this test run: a fresh folder, because project ids start again with every test database. */
    protected static final String EXPORTS_DIR = "target/test-exports/" + System.currentTimeMillis();

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
