package org.tawsim.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document about to be stored: its identity in the project, its title and its exact text. */
public record NewDocument(String externalId, String title, String text, String sourceFile) {

    private static final int MAX_TITLE = 500;

    /** The external id is the file name without extension; the title is the first non-blank line. */
    public static NewDocument fromFile(String fileName, String text) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        String externalId = base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
        return new NewDocument(externalId, titleOf(text, externalId), text, base);
    }

    static String titleOf(String text, String fallback) {
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                return stripped.length() <= MAX_TITLE ? stripped
                        : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_TITLE / 2));
            }
        }
        return fallback;
    }

    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
