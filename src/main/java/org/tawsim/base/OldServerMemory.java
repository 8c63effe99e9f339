package org.tawsim.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After its postmaster died, a PostgreSQL server's other processes end when they notice; until the last one has,
 * its shared memory is still attached and a new server on the folder refuses to start ("pre-existing shared memory
 * block is still in use"). PostgreSQL names that memory in {@code postmaster.pid}; Linux counts its users in
 * {@code /proc/sysvipc/shm}. Elsewhere there is nothing to wait for.
 */
final class OldServerMemory {

    private static final Logger log = LoggerFactory.getLogger(OldServerMemory.class);
    private static final Path SEGMENTS = Path.of("/proc/sysvipc/shm");
    /** postmaster.pid's seventh line: the shared memory key and id. */
    private static final int SHMEM_LINE = 6;

    private OldServerMemory() {
    }

    static void awaitRelease(Path dataDir, Duration timeout) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || !Files.exists(SEGMENTS)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() <= SHMEM_LINE || lines.get(SHMEM_LINE).isBlank()) {
            return;
        }
        String[] keyAndId = lines.get(SHMEM_LINE).trim().split("\\s+");
        if (keyAndId.length < 2) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        boolean logged = false;
        while (attached(keyAndId[1]).orElse(0) > 0 && Instant.now().isBefore(deadline)) {
            if (!logged) {
                log.warn("Waiting for the processes of the stopped PostgreSQL to end (they still use its shared memory)");
                logged = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many processes have the segment attached; empty when it is gone. */
    static OptionalInt attached(String shmid) throws IOException {
        for (String line : Files.readAllLines(SEGMENTS)) {
            // key shmid perms size cpid lpid nattch ...
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 6 && columns[1].equals(shmid)) {
                return OptionalInt.of(Integer.parseInt(columns[6]));
            }
        }
        return OptionalInt.empty();
    }
}
