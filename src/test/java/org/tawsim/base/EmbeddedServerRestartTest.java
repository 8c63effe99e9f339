package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.support.AppProcess.waitUntil;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervised embedded server comes back after kill -9 of its postmaster, with every committed row. */
class EmbeddedServerRestartTest {

    @TempDir
    Path tempDir;
    EmbeddedServer server;
    HikariDataSource pool;

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKilledPostmasterIsStartedAgainOnTheSameFolderAndPortAndThePoolRecovers() throws Exception {
        server = EmbeddedServer.start(Files.createDirectories(tempDir.resolve("postgres")), 0).supervise();
        pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.user());
        pool.setPassword(server.password());
        pool.setConnectionTimeout(5000);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (n int)");
            s.execute("insert into kept select generate_series(1, 1000)");
        }
        long first = server.postmasterPid();
        int port = server.port();

        Instant killed = Instant.now();
        assertThat(new ProcessBuilder("kill", "-KILL", Long.toString(first)).start().waitFor()).isZero();
        waitUntil(() -> server.postmasterPid() != first, Duration.ofSeconds(30), "a new postmaster within 30 s");
        waitUntil(() -> {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from kept")) {
                return rs.next() && rs.getLong(1) == 1000;
            } catch (java.sql.SQLException stillDown) {
                return false;
            }
        }, Duration.ofSeconds(30), "the pool to reach the restarted server within 30 s");
        System.out.printf("Postmaster killed: the pool answered again after %d ms%n", Duration.between(killed, Instant.now()).toMillis());

        assertThat(server.postmasterPid()).isNotEqualTo(first);
        assertThat(server.port()).isEqualTo(port);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into kept values (1001)");
        }
    }

    @Test
    void aNewServerStartsOnlyOnceTheOldOnesProcessesHaveEnded() throws Exception {
        server = EmbeddedServer.start(Files.createDirectories(tempDir.resolve("postgres")), 0).supervise();
        long first = server.postmasterPid();
        Thread.sleep(2500); // the watch has seen the server's processes
        long held = CrashRecoveryTest.checkpointerOf(first);
        signal("STOP", held);
        signal("KILL", first);
        Thread.sleep(5000);
        assertThat(server.postmasterPid()).as("no new server while an old process holds the shared memory").isEqualTo(first);
        signal("KILL", held);
        waitUntil(() -> server.postmasterPid() != first, Duration.ofSeconds(30), "a new postmaster within 30 s");
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }
}
