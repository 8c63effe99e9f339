package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After kill -9 of the app its PostgreSQL lives on and holds the data folder. The next start must stop
 * that orphan and come up on the same data, nothing lost; while the app lives, nobody else may touch it.
 */
class OrphanedPostgresTest {

    @TempDir
    Path tempDir;
    /** A folder inside the temporary one, so that the lock file beside it is cleaned up too. */
    Path dataDir;

    @BeforeEach
    void dataFolder() throws Exception {
        dataDir = Files.createDirectories(tempDir.resolve("postgres"));
    }

    @Test
    void aStartAfterACrashTakesOverTheDataFolder() throws Exception {
        Process app = startAppLikeProcess();
        long orphanPid;
        try {
            orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } finally {
            app.destroyForcibly().waitFor(); // kill -9: its PostgreSQL lives on as an orphan
        }
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("orphaned postgres").isPresent();

        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) { // the dead process's lock is gone
            OrphanedPostgres.stopIfRunning(dataDir);
        }
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();

        try (EmbeddedServer restarted = EmbeddedServer.start(dataDir, 0);
             Connection c = DriverManager.getConnection(restarted.jdbcUrl(), restarted.user(), restarted.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note, current_setting('fsync'), current_setting('synchronous_commit') from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("سهّل");
            assertThat(rs.getString(2)).isEqualTo("on");
            assertThat(rs.getString(3)).isEqualTo("on");
        }
    }

    @Test
    void aRunningAppKeepsItsFolder() throws Exception {
        Process app = startAppLikeProcess();
        try {
            long serverPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            assertThatThrownBy(() -> DataFolderLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Tawsim process is using the embedded database in " + dataDir);
            assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)).as("the live app's server").isPresent();
        } finally {
            app.destroyForcibly().waitFor();
            try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
                OrphanedPostgres.stopIfRunning(dataDir);
            }
        }
    }

    /** Another JVM that starts the durable server, commits a row, says READY and waits to be killed. */
    private Process startAppLikeProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingApp.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // skip PostgreSQL's start-up log
        }
        assertThat(line).as("child started its database").isEqualTo("READY");
        return process;
    }

    static final class CrashingApp {
        /** Held until the process dies, like the app's bean; unreferenced, its channel could be collected and unlocked. */
        static DataFolderLock lock;

        public static void main(String[] args) throws Exception {
            lock = DataFolderLock.acquire(Path.of(args[0]));
            EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]), 0);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                 Statement s = c.createStatement()) {
                s.execute("create table kept (note text)");
                s.execute("insert into kept values ('سهّل')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aStalePidFileIsLeftToPostgres() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n");
        OrphanedPostgres.stopIfRunning(dataDir); // no such process: nothing to stop, no exception
        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }
}
