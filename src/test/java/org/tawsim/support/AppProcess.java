package org.tawsim.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real app in a child JVM from the test class path, its output in a log file under target/. For tests that
 * kill, restart or multiply the app, which one shared Spring context cannot do.
 */
public final class AppProcess {

    public static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the app with these arguments and returns at once; {@link #awaitReady()} waits for it. */
    public static AppProcess launch(String logName, List<String> appArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of("target", logName + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.tawsim.Application"));
        command.addAll(appArguments);
        command.addAll(List.of("--logging.level.root=warn", "--logging.level.org.tawsim=info",
                // logs "ReadinessState changed to ACCEPTING_TRAFFIC" once the start-up runners are done
                "--logging.level.org.springframework.boot.availability=debug"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("PORT"); // the app would take it as its own port
        return new AppProcess(builder.start(), log);
    }

    /** Waits until the app says it is ready: the first-start setup runs after the web server is up. */
    public AppProcess awaitReady() throws Exception {
        waitUntil(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited, see " + log);
            }
            return Files.exists(log) && Files.readString(log).contains("ACCEPTING_TRAFFIC");
        }, START_TIMEOUT, "the app to be ready, see " + log);
        return this;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public interface Condition {
        boolean holds() throws Exception;
    }

    public static void waitUntil(Condition condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
