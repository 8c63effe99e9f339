package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.MigrationScratch;

/**
 * V9 makes logins unique whatever their letter case on a database that already holds 'Admin' next to
 * 'admin': the oldest keeps its login, the others get free ones, and the index refuses new pairs.
 */
class LoginCaseMigrationTest {

    @TempDir
    Path migrations;

    @Test
    void existingLoginsThatDifferOnlyInCaseAreRenamedAndNewOnesRefused() throws Exception {
        try (MigrationScratch scratch = new MigrationScratch("login_case", migrations)) {
            scratch.migrateBelow(9);
            try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
                for (String login : List.of("admin", "Admin", "lead", "ADMIN", "Admin.dup1")) {
                    s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('" + login
                            + "', '{noop}x', '" + login + "', 'annotator')");
                }
            }

            scratch.migrateBelow(10);

            try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
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
            }
        }
    }
}
