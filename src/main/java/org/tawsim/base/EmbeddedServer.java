package org.tawsim.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL on a persistent folder, secured (see {@link EmbeddedDatabaseSecurity}) and supervised:
 * when its postmaster dies (kill -9, out-of-memory killer) it is started again on the same folder and port, so the
 * connection pool finds it where it was. Committed work survives: the server runs with fsync and synchronous commit,
 * and its WAL is replayed on the restart.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** Replaying the WAL after a crash can take a while on a loaded machine; the library's default is 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final EmbeddedCredentials credentials;
    private final int port;
    private EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private ScheduledExecutorService watch;
    private boolean closed;

    private EmbeddedServer(Path dataDir, EmbeddedCredentials credentials, EmbeddedPostgres postgres) throws IOException {
        this.dataDir = dataDir;
        this.credentials = credentials;
        this.port = postgres.getPort();
        this.postgres = postgres;
        this.postmaster = postmaster(dataDir);
    }

    /** Starts the server (port 0: a free one, kept for the restarts); call {@link #supervise()} to watch it. */
    static EmbeddedServer start(Path dataDir, int port) throws IOException {
        EmbeddedCredentials credentials = EmbeddedDatabaseSecurity.credentials(dataDir);
        return new EmbeddedServer(dataDir, credentials, startPostgres(dataDir, port, credentials));
    }

    /** Checks every second that the postmaster lives, and starts it again when it does not. */
    synchronized EmbeddedServer supervise() {
        if (watch == null && !closed) {
            watch = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "embedded-postgres-watch");
                thread.setDaemon(true);
                return thread;
            });
            watch.scheduleWithFixedDelay(this::restartIfDead, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    String jdbcUrl() {
        // 127.0.0.1, not localhost: the server listens on the IPv4 loopback only
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return EmbeddedCredentials.APP_ROLE;
    }

    String password() {
        return credentials.appPassword();
    }

    int port() {
        return port;
    }

    long postmasterPid() {
        return postmaster.pid();
    }

    synchronized void restartIfDead() {
        if (closed) {
            return;
        }
        if (postmaster.isAlive()) {
            return;
        }
        log.warn("The embedded PostgreSQL (pid {}) has stopped; starting it again on port {} with data in {}",
                postmaster.pid(), port, dataDir);
        try {
            closeQuietly(postgres);
            // Its backends end when they notice their postmaster is gone; until then they hold its shared memory
            // and a new server would refuse to start. A server left by an earlier failed attempt is stopped.
            OldServerMemory.awaitRelease(dataDir, Duration.ofSeconds(30));
            OrphanedPostgres.stopIfRunning(dataDir);
            postgres = startPostgres(dataDir, port, credentials);
            postmaster = postmaster(dataDir);
            log.info("The embedded PostgreSQL is running again (pid {})", postmaster.pid());
        } catch (IOException | RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL again; trying again in {} s", CHECK_EVERY.toSeconds(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watch != null) {
            watch.shutdownNow();
        }
        closeQuietly(postgres);
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port, EmbeddedCredentials credentials) throws IOException {
        // The library locks a file in the folder for its own instance; a failed start would leave it locked within
        // this JVM. The app's DataFolderLock already keeps other processes out, so a fresh file is safe.
        Files.deleteIfExists(dataDir.resolve("epg-lock"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // the app closes it; after kill -9 OrphanedPostgres takes over
                .setPGStartupWait(STARTUP_WAIT)
                // The library's defaults (fsync off, asynchronous commit) are for tests; annotators' work must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // the library checks that the server is up by logging in: as the app's role, with its password
                .setConnectConfig("user", EmbeddedCredentials.APP_ROLE)
                .setConnectConfig("password", credentials.appPassword())
                .setDataDirectoryCustomizer(dir -> {
                    try {
                        EmbeddedDatabaseSecurity.secure(dir.toPath(), credentials);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        EmbeddedDatabaseSecurity.configureServer(builder);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static ProcessHandle postmaster(Path dataDir) throws IOException {
        String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
        return process.orElseThrow(() -> new IOException("PostgreSQL (pid " + pid + ") is not running in " + dataDir));
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Stopping the embedded PostgreSQL: {}", e.toString());
        }
    }
}
