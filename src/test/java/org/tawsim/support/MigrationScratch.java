package org.tawsim.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A scratch schema in the test database for testing one migration against data written before it: migrate to
 * just below version N, insert the old rows, migrate on, check. Only the SQL migrations in {@code db/} take part.
 * Closing drops the schema.
 */
public final class MigrationScratch implements AutoCloseable {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final String schema;
    private final Path migrations;

    /** A fresh schema named {@code prefix} plus a unique tag; {@code folder} (a temporary one) receives the copied migrations. */
    public MigrationScratch(String prefix, Path folder) {
        this.schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
        this.migrations = folder;
    }

    /** Applies every SQL migration whose version is below {@code version} and not applied yet. */
    public MigrationScratch migrateBelow(int version) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db"))) {
            for (Path file : files.toList()) {
                Matcher m = VERSION.matcher(file.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) < version && !Files.exists(migrations.resolve(file.getFileName()))) {
                    Files.copy(file, migrations.resolve(file.getFileName()));
                }
            }
        }
        TestDatabase.Connection db = TestDatabase.get();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).schemas(schema).createSchemas(true)
                .locations("filesystem:" + migrations).load().migrate();
        return this;
    }

    /** A connection whose search path is the scratch schema (the caller closes it). */
    public Connection connect() throws SQLException {
        return connect(schema);
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect("public"); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static Connection connect(String schema) throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        c.setSchema(schema);
        return c;
    }
}
