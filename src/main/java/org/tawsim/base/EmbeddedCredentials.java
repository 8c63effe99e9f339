package org.tawsim.base;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL: one for the superuser {@code postgres} (for an operator's maintenance;
 * the app never uses it) and one for the role the app connects as. Generated at the first start and kept in the
 * data folder, readable by its owner only. Deleting the file makes the next start generate and set new ones.
 */
record EmbeddedCredentials(String superuserPassword, String appPassword) {

    static final String FILE_NAME = "tawsim-credentials.properties";
    static final String SUPERUSER = "postgres";
    /** Owns the app's schema, is not a superuser: it cannot read server files or run programs. */
    static final String APP_ROLE = "tawsim";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword());
    }

    static Optional<EmbeddedCredentials> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser.password", "");
        String app = properties.getProperty("app.password", "");
        if (superuser.isBlank() || app.isBlank()) {
            return Optional.empty(); // damaged: treated as missing, new passwords are set
        }
        return Optional.of(new EmbeddedCredentials(superuser, app));
    }

    /** Written to a private temporary file first, then moved into place: never readable by others, never half. */
    void write(Path dataDir) throws IOException {
        Path temp = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            writer.write("# Passwords of this embedded PostgreSQL (127.0.0.1 only, SCRAM). Keep this file private.\n");
            writer.write("# The app connects as role " + APP_ROLE + "; " + SUPERUSER + " is the superuser.\n");
            writer.write("superuser.password=" + superuserPassword + "\n");
            writer.write("app.role=" + APP_ROLE + "\n");
            writer.write("app.password=" + appPassword + "\n");
        }
        Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
