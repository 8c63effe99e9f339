package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.TestDatabase;

/**
 * V9 makes logins unique whatever their letter case on a database that already holds 'Admin' next to
 * 'admin': the oldest keeps its login, the others get free ones, and the index refuses new pairs.
 */
class LoginCaseMigrationTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path migrations;

    @Test
    void existingLoginsThatDifferOnlyInCaseAreRenamedAndNewOnesRefused() throws Exception {
        String schema = "login_case_" + Long.toString(System.nanoTime(), 36);
        copyMigrationsBelow(9);
        flyway(schema).migrate();
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            for (String login : List.of("admin", "Admin", "lead", "ADMIN", "Admin.dup1")) {
                s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('" + login
                        + "', '{noop}x', '" + login + "', 'annotator')");
            }
        }

        copyMigrationsBelow(10);
        flyway(schema).migrate();

        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            List<String> logins = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("select login from app_user order by id")) {
                while (rows.next()) {
                    logins.add(rows.getString(1));
                }
            }
            // The oldest 'admin' stays; 'Admin.dup1' is taken (case aside) already, so 'Admin' becomes dup2 and 'ADMIN' dup3.
            assertThat(logins).containsExactly("admin", "Admin.dup2", "lead", "ADMIN.dup3", "Admin.dup1");
            assertThat(logins.stream().map(String::toLowerCase).distinct()).hasSize(logins.size());
            try (ResultSet rows = s.executeQuery("select must_change_password, credentials_version from app_user limit 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBoolean(1)).isFalse();
                assertThat(rows.getLong(2)).isZero();
            }
            assertThatThrownBy(() -> s.execute("insert into app_user (login, password_hash, display_name, system_role) "
                    + "values ('LEAD', '{noop}x', 'x', 'annotator')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("app_user_login_lower_uk");
        } finally {
            try (Connection c = connect("public"); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private void copyMigrationsBelow(int version) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db"))) {
            for (Path file : files.toList()) {
                Matcher m = VERSION.matcher(file.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) < version && !Files.exists(migrations.resolve(file.getFileName()))) {
                    Files.copy(file, migrations.resolve(file.getFileName()));
                }
            }
        }
    }

    private Flyway flyway(String schema) {
        TestDatabase.Connection db = TestDatabase.get();
        return Flyway.configure().dataSource(db.url(), db.user(), db.password()).schemas(schema).createSchemas(true)
                .locations("filesystem:" + migrations).load();
    }

    private static Connection connect(String schema) throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        c.setSchema(schema);
        return c;
    }
}
