package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as the app starts it: nobody gets in without a password, the app's role cannot run
 * programs or read server files, and a folder made by an earlier version (trust, everything owned by the
 * superuser) is closed and handed to the app's role on its next start, its rows kept.
 */
class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path tempDir;
    Path dataDir;
    EmbeddedServer server;

    @BeforeEach
    void dataFolder() throws Exception {
        dataDir = Files.createDirectories(tempDir.resolve("postgres"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void nobodyLogsInWithoutThePasswordKeptPrivateInTheDataFolder() throws Exception {
        server = EmbeddedServer.start(dataDir, 0);
        EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDir).orElseThrow();

        Path file = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(dataDir.resolve("pg_hba.conf")))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .containsExactly("host    all       all   127.0.0.1/32  scram-sha-256");

        assertRefused("postgres", null);
        assertRefused("postgres", "");
        assertRefused("postgres", "postgres");
        assertRefused(EmbeddedCredentials.APP_ROLE, "wrong");
        try (Connection operator = connect("postgres", credentials.superuserPassword())) {
            assertThat(query(operator, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("t");
            assertThat(query(operator, "show unix_socket_directories")).as("no Unix socket").isEmpty();
        }
        try (Connection app = connect(server.user(), server.password())) {
            assertThat(server.password()).isEqualTo(credentials.appPassword());
            assertThat(query(app, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("f");
            assertThat(query(app, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(query(app, "select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'"))
                    .isEqualTo(EmbeddedCredentials.APP_ROLE);
        }
    }

    @Test
    void theAppsRoleCannotRunProgramsOrReadServerFiles() throws Exception {
        server = EmbeddedServer.start(dataDir, 0);
        Path marker = tempDir.resolve("ran");
        try (Connection app = connect(server.user(), server.password()); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.execute("copy (select 1) to program 'touch " + marker + "'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.execute("select pg_read_file('postgresql.conf')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.execute("create role intruder superuser login password 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aFolderOfTheEarlierVersionIsClosedAndHandedToTheAppsRoleWithItsRows() throws Exception {
        // What the earlier version left: trust for everyone, the schema migrated and filled by the superuser.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start()) {
            DataSource superuser = earlier.getPostgresDatabase();
            Flyway.configure().dataSource(superuser).locations("classpath:db/migration").load().migrate();
            try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('kept', 'x', 'سهّل', 'lead')");
                s.execute("create sequence loose_counter");
            }
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        server = EmbeddedServer.start(dataDir, 0);

        assertThat(Files.readAllLines(dataDir.resolve("pg_hba.conf"))).noneMatch(line -> line.contains("trust") && !line.startsWith("#"));
        assertRefused("postgres", null);
        try (Connection app = connect(server.user(), server.password()); Statement s = app.createStatement()) {
            assertThat(query(app, "select display_name from app_user where login = 'kept'")).isEqualTo("سهّل");
            assertThat(query(app, "select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relowner <> current_user::regrole")).isEqualTo("0");
            assertThat(query(app, "select count(*) from pg_proc where pronamespace = 'public'::regnamespace"
                    + " and proowner <> current_user::regrole")).isEqualTo("0");
            // an owner's rights: new rows through the identity sequence, and the next migration's DDL
            s.execute("insert into app_user (login, password_hash, display_name, system_role) values ('new', 'x', 'new', 'lead')");
            s.execute("select nextval('loose_counter')");
            s.execute("alter table app_user add column probe int");
            s.execute("alter table app_user drop column probe");
        }
        // Flyway runs as the app's role: the history it finds is its own and complete.
        Flyway flyway = Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password())
                .locations("classpath:db/migration").load();
        flyway.validate();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void aRestartKeepsThePasswordsAndTheRows() throws Exception {
        server = EmbeddedServer.start(dataDir, 0);
        try (Connection app = connect(server.user(), server.password()); Statement s = app.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('سهّل')");
        }
        String passwords = Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME));
        server.close();

        server = EmbeddedServer.start(dataDir, 0);
        assertThat(Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME))).isEqualTo(passwords);
        try (Connection app = connect(server.user(), server.password())) {
            assertThat(query(app, "select note from kept")).isEqualTo("سهّل");
        }
        assertRefused("postgres", null);
    }

    private void assertRefused(String user, String password) {
        assertThatThrownBy(() -> connect(user, password).close()).as("%s with password %s", user, password)
                .isInstanceOf(SQLException.class);
    }

    private Connection connect(String user, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
