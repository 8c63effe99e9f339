package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.MigrationScratch;

/** V17 gives tokens made before scopes existed the scope they had in effect, write; the database refuses other scopes. */
class TokenScopeMigrationTest {

    @TempDir
    Path migrations;

    @Test
    void existingTokensBecomeWriteTokensAndOnlyReadOrWriteIsStored() throws Exception {
        try (MigrationScratch scratch = new MigrationScratch("token_scope", migrations)) {
            scratch.migrateBelow(17);
            try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
                s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('lead', '{noop}x', 'Lead', 'lead')");
                s.execute("insert into api_token (user_id, name, token_hash) select id, 'nightly', repeat('a', 64) from app_user");
            }

            scratch.migrateBelow(18);

            try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
                try (ResultSet rows = s.executeQuery("select scope from api_token")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("write");
                }
                assertThatThrownBy(() -> s.execute("insert into api_token (user_id, name, token_hash, scope) "
                        + "select id, 'x', repeat('b', 64), 'admin' from app_user"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("api_token_scope_ck");
            }
        }
    }
}
