package org.tawsim.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tawsim.text.Headline;

/** A document about to be stored: its identity in the project, its title and its exact text. */
public record NewDocument(String externalId, String title, String text, String sourceFile) {

    /** The external id is the file name without extension; the title is the text's headline ({@link Headline}). */
    public static NewDocument fromFile(String fileName, String text) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        String externalId = base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
        return new NewDocument(externalId, Headline.of(text, externalId), text, base);
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
