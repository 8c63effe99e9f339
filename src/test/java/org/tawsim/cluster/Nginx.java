package org.tawsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx from the Debian package, run with the committed deploy/nginx/tawsim.conf filled in exactly as
 * scripts/run-two-instances.sh fills it in, so the documented setup is the tested one.
 */
final class Nginx implements AutoCloseable {

    static final Path TEMPLATE = Path.of("deploy/nginx/tawsim.conf");

    private final Process process;
    private final Path folder;

    private Nginx(Process process, Path folder) {
        this.process = process;
        this.folder = folder;
    }

    static Path executable() {
        String configured = System.getenv("NGINX");
        return Path.of(configured == null || configured.isBlank() ? "/usr/sbin/nginx" : configured);
    }

    /** Fails, never skips, without nginx: the deployment it tests would otherwise go untested. */
    static void requireInstalled() {
        assertThat(Files.isExecutable(executable()))
                .as("nginx is needed for the two-instance test: apt-get install nginx (or set NGINX to its path); "
                        + "not found at " + executable())
                .isTrue();
    }

    static Nginx start(Path folder, int listenPort, int portA, int portB) throws IOException {
        Files.createDirectories(folder);
        // the worker runs as nobody when the tests run as root: it must reach its temp folders under here
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        String config = Files.readString(TEMPLATE)
                .replace("@LISTEN_PORT@", Integer.toString(listenPort))
                .replace("@INSTANCE_A@", "127.0.0.1:" + portA)
                .replace("@INSTANCE_B@", "127.0.0.1:" + portB);
        assertThat(config).doesNotContain("@");
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(List.of(executable().toString(), "-p", folder.toString(), "-c", conf.toString(),
                "-e", "stderr", "-g", "daemon off;"))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "two-instances-nginx.log").toFile()).start();
        return new Nginx(process, folder);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** One line per request: {@code … "POST /api/… HTTP/1.1" 200 upstream=127.0.0.1:port}. */
    List<String> accessLog() throws IOException {
        Path log = folder.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        Path log = folder.resolve("access.log");
        if (Files.exists(log)) {
            Files.copy(log, Path.of("target", "two-instances-access.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
