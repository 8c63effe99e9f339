package org.tawsim.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports on disk: {@code <tawsim.exports.dir>/<project id>/<export id>/}, each with its files and
 * {@code manifest.json}. The export id is the creation time (UTC), so listing by name lists by age.
 */
@Component
class ExportStore {

    static final String MANIFEST = "manifest.json";
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern EXPORT_ID = Pattern.compile("[0-9]{8}T[0-9]{6}\\.[0-9]{3}Z(-[0-9]+)?");

    private final Path root;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ExportStore(@Value("${tawsim.exports.dir:exports}") Path root) {
        this.root = root;
    }

    /** Creates a new, empty export folder and returns it; its name is the export id. */
    Path create(long projectId, Instant createdAt) {
        try {
            Path project = Files.createDirectories(root.resolve(Long.toString(projectId)));
            String id = ID_FORMAT.format(createdAt);
            for (int n = 1; ; n++) {
                try {
                    return Files.createDirectory(project.resolve(n == 1 ? id : id + "-" + n));
                } catch (FileAlreadyExistsException taken) {
                    // two exports in the same millisecond: the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeManifest(Path dir, ExportManifest manifest) throws IOException {
        json.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
    }

    /** The project's exports, newest first; folders without a readable manifest (unfinished) are left out. */
    List<ExportManifest> list(long projectId) {
        Path project = root.resolve(Long.toString(projectId));
        if (!Files.isDirectory(project)) {
            return List.of();
        }
        List<ExportManifest> manifests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(project)) {
            for (Path dir : dirs.sorted(Comparator.reverseOrder()).toList()) {
                read(dir).ifPresent(manifests::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifests;
    }

    Optional<ExportManifest> manifest(long projectId, String exportId) {
        if (exportId == null || !EXPORT_ID.matcher(exportId).matches()) {
            return Optional.empty();
        }
        return read(root.resolve(Long.toString(projectId)).resolve(exportId));
    }

    /**
     * A file of an export, only if the manifest lists it (or it is the manifest): names never become paths
     * unchecked, so {@code ../} cannot leave the export folder.
     */
    Optional<Path> file(long projectId, String exportId, String name) {
        return manifest(projectId, exportId)
                .filter(m -> MANIFEST.equals(name) || m.files().stream().anyMatch(f -> f.name().equals(name)))
                .map(m -> root.resolve(Long.toString(projectId)).resolve(exportId).resolve(name));
    }

    void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a half-written export without manifest is ignored by list(); nothing more to do
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<ExportManifest> read(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), ExportManifest.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
