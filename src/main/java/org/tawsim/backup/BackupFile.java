package org.tawsim.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tawsim.base.UserError;
import org.tawsim.corpus.UploadLimit;

/**
 * A backup as a file: written exactly as the HTTP API sends it, read back from an upload. Uploads share the
 * import limit ({@code tawsim.import.max-file-size}); larger backups are restored over the HTTP API.
 */
@Component
public class BackupFile {

    private final ObjectMapper json;
    private final UploadLimit limit;

    BackupFile(ObjectMapper json, UploadLimit limit) {
        this.json = json;
        this.limit = limit;
    }

    /** e.g. {@code Arabic-news-backup-2026-11-25.json}: letters of any script stay, the rest becomes a dash. */
    public static String fileName(String projectName, LocalDate date) {
        String stem = projectName.replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", "");
        return (stem.isEmpty() ? "project" : stem) + "-backup-" + date + ".json";
    }

    public void write(ProjectBackup backup, OutputStream out) {
        try {
            json.writeValue(out, backup);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the backup of " + backup.name() + " failed", e);
        }
    }

    /** The backup in an uploaded file; a {@link UserError} for a file too large or not JSON of this shape. */
    public ProjectBackup read(String fileName, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limit.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload " + fileName + " failed", e);
        }
        if (bytes.length > limit.maxBytes()) {
            throw new UserError("backup.error.too-large", fileName, limit.megabytes());
        }
        ProjectBackup backup;
        try {
            backup = json.readValue(bytes, ProjectBackup.class);
        } catch (IOException e) {
            throw new UserError("backup.error.unreadable", fileName);
        }
        if (backup == null || !backup.complete()) {
            throw new UserError("backup.error.format");
        }
        return backup;
    }

    public long maxBytes() {
        return limit.maxBytes();
    }

    public long megabytes() {
        return limit.megabytes();
    }
}
