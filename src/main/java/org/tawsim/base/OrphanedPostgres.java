package org.tawsim.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the app is killed (kill -9) its embedded PostgreSQL keeps running and holds the data folder.
 * On the next start we stop that orphan cleanly (it flushes its WAL) so a fresh server can take over.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration GRACEFUL = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostgres::isPostgres);
        if (orphan.isEmpty()) {
            // PostgreSQL itself ignores a stale lock file whose process is gone; nothing to do.
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it", process.pid(), dataDir);
        process.destroy(); // SIGTERM: smart shutdown, which checkpoints; its old clients died with the old JVM
        if (!waitForExit(process, GRACEFUL)) {
            log.warn("PostgreSQL pid {} did not stop in {}s; killing it (WAL replay recovers on start)", process.pid(), GRACEFUL.toSeconds());
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.contains("postgres")).orElse(true);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
