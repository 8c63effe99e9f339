package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.corpusimport.CorpusImportService;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.TagScheme;
import org.tawsim.project.Project;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.GoldenCases;
import org.tawsim.support.Teams.Team;
import org.tawsim.support.Teams;

/**
 * The golden-file suite of the export path: one folder per case under {@code golden/export-cases/}, each with an
 * {@code input.jsonl} (our JSONL import format; its {@code source} fields name the annotators) and the files an
 * export of every annotator must produce, byte for byte. The input is imported into a fresh project through
 * {@link CorpusImportService} and exported through {@link ExportService} as CoNLL NER (IOB2), CoNLL-2012 and
 * JSONL. With one annotator the expected files are {@code expected.conll}, {@code expected.conll2012} and
 * {@code expected.jsonl}; with several, {@code expected.<annotator>.<ext>}. Adding a case is adding a folder.
 *
 * <p>The only thing normalised is JSONL span ids: they are database ids, which depend on what else the test
 * database holds ({@link GoldenCases#renumberSpanIds}). What the export wrote is left under
 * {@code target/golden-actual/<case>/} to review a new case.
 */
class GoldenExportTest extends DatabaseTest {

    static final Path ACTUAL = Path.of("target/golden-actual");

    /** The formats a case is exported in, with the extension of their expected files. */
    enum Expected {
        CONLL(CorpusFormats.CONLL_NER, "conll"),
        CONLL2012(CorpusFormats.CONLL_2012, "conll2012"),
        JSONL(CorpusFormats.JSONL, "jsonl");

        final CorpusFormat format;
        final String extension;

        Expected(CorpusFormat format, String extension) {
            this.format = format;
            this.extension = extension;
        }
    }

    @Autowired
    Teams teams;
    @Autowired
    CorpusImportService imports;
    @Autowired
    ExportService exports;

    static Stream<Path> cases() throws IOException {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExportOfTheImportedInputIsTheExpectedFiles(Path folder) throws IOException {
        List<String> sources = sources(folder);
        Team team = teams.withLogins("Golden " + folder.getFileName(), sources);
        UserAccount lead = team.lead();
        Project project = team.project();
        imports.importFile(lead, project.id(), CorpusFormats.JSONL, "input.jsonl", GoldenCases.input(folder), null);

        Map<String, byte[]> actual = new LinkedHashMap<>();
        for (Expected expected : Expected.values()) {
            ExportManifest manifest = exports.export(lead, project.id(),
                    new ExportRequest(expected.format, TagScheme.IOB2, ExportSources.ALL_ANNOTATORS, null, null));
            assertThat(manifest.sources()).containsExactlyElementsOf(sources);
            for (FileEntry file : manifest.files()) {
                byte[] bytes = Files.readAllBytes(exports.file(lead, project.id(), manifest.exportId(), file.name()));
                if (expected == Expected.JSONL) {
                    bytes = GoldenCases.renumberSpanIds(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                actual.put(expectedName(sources, file.source(), expected), bytes);
            }
        }
        keepForReview(folder, actual);

        assertThat(expectedFiles(folder)).as("expected files of case %s (the export wrote them under %s)",
                folder.getFileName(), ACTUAL.resolve(folder.getFileName())).isEqualTo(new TreeSet<>(actual.keySet()));
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            byte[] wanted = Files.readAllBytes(folder.resolve(file.getKey()));
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as("%s/%s", folder.getFileName(), file.getKey())
                    .isEqualTo(new String(wanted, StandardCharsets.UTF_8));
            assertThat(file.getValue()).as("%s/%s, byte for byte", folder.getFileName(), file.getKey()).isEqualTo(wanted);
        }
    }

    /** Checked without a database, so a folder missing a file is reported even when PostgreSQL is not the issue. */
    @Test
    void everyCaseHasItsInputAndEveryExpectedFile() throws IOException {
        List<Path> folders = cases().toList();
        assertThat(folders).as("cases under %s", GoldenCases.ROOT).hasSizeGreaterThanOrEqualTo(8);
        for (Path folder : folders) {
            assertThat(folder.resolve("input.jsonl")).as("input of case %s", folder.getFileName()).isRegularFile();
            List<String> sources = sources(folder);
            assertThat(sources).as("annotators named by %s/input.jsonl", folder.getFileName()).isNotEmpty();
            Set<String> wanted = new TreeSet<>();
            for (Expected expected : Expected.values()) {
                sources.forEach(source -> wanted.add(expectedName(sources, source, expected)));
            }
            assertThat(expectedFiles(folder)).as("expected files of case %s", folder.getFileName()).isEqualTo(wanted);
        }
    }

    @Test
    void renumberingSpanIdsFollowsTheSpansAndTheirChains() {
        String line = "{\"id\":\"d\",\"text\":\"x y\",\"tokens\":[{\"text\":\"x\",\"start\":0,\"end\":1,\"id\":0}],"
                + "\"spans\":[{\"id\":907,\"start\":0,\"end\":1},{\"id\":88,\"start\":2,\"end\":3}],\"chains\":[[88,907]]}\n";
        assertThat(GoldenCases.renumberSpanIds(line)).isEqualTo(line.replace("907", "1").replace("88", "2"));
    }

    private static List<String> sources(Path folder) throws IOException {
        return GoldenCases.sources(folder);
    }

    private static String expectedName(List<String> sources, String source, Expected expected) {
        return sources.size() == 1 ? "expected." + expected.extension : "expected." + source + "." + expected.extension;
    }

    private static Set<String> expectedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("expected.")).toList());
        }
    }

    private static void keepForReview(Path folder, Map<String, byte[]> actual) {
        try {
            Path dir = Files.createDirectories(ACTUAL.resolve(folder.getFileName()));
            for (Map.Entry<String, byte[]> file : actual.entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
