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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.TestDatabase;

/** V17 gives tokens made before scopes existed the scope they had in effect, write; the database refuses other scopes. */
class TokenScopeMigrationTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path migrations;

    @Test
    void existingTokensBecomeWriteTokensAndOnlyReadOrWriteIsStored() throws Exception {
        String schema = "token_scope_" + Long.toString(System.nanoTime(), 36);
        copyMigrationsBelow(17);
        flyway(schema).migrate();
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('lead', '{noop}x', 'Lead', 'lead')");
            s.execute("insert into api_token (user_id, name, token_hash) select id, 'nightly', repeat('a', 64) from app_user");
        }

        copyMigrationsBelow(18);
        flyway(schema).migrate();

        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("select scope from api_token")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("write");
            }
            assertThatThrownBy(() -> s.execute("insert into api_token (user_id, name, token_hash, scope) "
                    + "select id, 'x', repeat('b', 64), 'admin' from app_user"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("api_token_scope_ck");
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
