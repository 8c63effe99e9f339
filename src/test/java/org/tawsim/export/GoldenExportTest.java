package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.corpusimport.CorpusImportService;
import org.tawsim.corpusimport.ImportFormat;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.export.format.TagScheme;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;

/**
 * The golden-file suite of the export path: one folder per case under {@code golden/export-cases/}, each with an
 * {@code input.jsonl} (our JSONL import format; its {@code source} fields name the annotators) and the files an
 * export of every annotator must produce, byte for byte. The input is imported into a fresh project through
 * {@link CorpusImportService} and exported through {@link ExportService} as CoNLL NER (IOB2), CoNLL-2012 and
 * JSONL. With one annotator the expected files are {@code expected.conll}, {@code expected.conll2012} and
 * {@code expected.jsonl}; with several, {@code expected.<annotator>.<ext>}. Adding a case is adding a folder.
 *
 * <p>The only thing normalised is JSONL span ids: they are database ids, which depend on what else the test
 * database holds, so each line's spans are renumbered 1, 2, ... in the order the line lists them (chains
 * follow). What the export wrote is left under {@code target/golden-actual/<case>/} to review a new case.
 */
class GoldenExportTest extends DatabaseTest {

    static final Path CASES = Path.of("src/test/resources/golden/export-cases");
    static final Path ACTUAL = Path.of("target/golden-actual");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPAN_ID = Pattern.compile("\\{\"id\":(\\d+),\"start\":");
    private static final Pattern CHAINS = Pattern.compile("\"chains\":(\\[.*])}$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The formats a case is exported in, with the extension of their expected files. */
    enum Expected {
        CONLL(ExportFormat.CONLL_NER, "conll"),
        CONLL2012(ExportFormat.CONLL_2012, "conll2012"),
        JSONL(ExportFormat.JSONL, "jsonl");

        final ExportFormat format;
        final String extension;

        Expected(ExportFormat format, String extension) {
            this.format = format;
            this.extension = extension;
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    CorpusImportService imports;
    @Autowired
    ExportService exports;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExportOfTheImportedInputIsTheExpectedFiles(Path folder) throws IOException {
        byte[] input = Files.readAllBytes(folder.resolve("input.jsonl"));
        List<String> sources = sources(folder);
        UserAccount lead = accounts.create("golden-" + Long.toString(System.nanoTime(), 36), "password-1", "Lead",
                SystemRole.LEAD);
        Project project = projects.create(lead, "Golden " + folder.getFileName() + " " + lead.login(), "");
        for (String source : sources) {
            UserAccount annotator = accounts.findByLogin(source)
                    .orElseGet(() -> accounts.create(source, "password-1", source, SystemRole.ANNOTATOR));
            projects.addMember(lead, project.id(), annotator.login(), ProjectRole.ANNOTATOR);
        }
        imports.importFile(lead, project.id(), ImportFormat.JSONL, "input.jsonl", input, null);

        Map<String, byte[]> actual = new LinkedHashMap<>();
        for (Expected expected : Expected.values()) {
            ExportManifest manifest = exports.export(lead, project.id(),
                    new ExportRequest(expected.format, TagScheme.IOB2, ExportSources.ALL_ANNOTATORS, null, null));
            assertThat(manifest.sources()).containsExactlyElementsOf(sources);
            for (FileEntry file : manifest.files()) {
                byte[] bytes = Files.readAllBytes(exports.file(lead, project.id(), manifest.exportId(), file.name()));
                if (expected == Expected.JSONL) {
                    bytes = renumberSpanIds(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
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
        assertThat(folders).as("cases under %s", CASES).hasSizeGreaterThanOrEqualTo(8);
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
        assertThat(renumberSpanIds(line)).isEqualTo(line.replace("907", "1").replace("88", "2"));
    }

    /** The annotators the input names, in login order (the order of the export's files). */
    private static List<String> sources(Path folder) throws IOException {
        Set<String> sources = new TreeSet<>();
        for (String line : Files.readAllLines(folder.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode source = line.isBlank() ? null : JSON.readTree(line).get("source");
            if (source != null && source.isTextual()) {
                sources.add(source.asText());
            }
        }
        return List.copyOf(sources);
    }

    private static String expectedName(List<String> sources, String source, Expected expected) {
        return sources.size() == 1 ? "expected." + expected.extension : "expected." + source + "." + expected.extension;
    }

    private static Set<String> expectedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("expected.")).toList());
        }
    }

    static String renumberSpanIds(String jsonl) {
        StringBuilder out = new StringBuilder();
        for (String line : jsonl.split("\n", -1)) {
            Map<String, String> ids = new LinkedHashMap<>();
            Matcher span = SPAN_ID.matcher(line);
            StringBuilder renumbered = new StringBuilder();
            while (span.find()) {
                String id = ids.computeIfAbsent(span.group(1), old -> String.valueOf(ids.size() + 1));
                span.appendReplacement(renumbered, Matcher.quoteReplacement("{\"id\":" + id + ",\"start\":"));
            }
            span.appendTail(renumbered);
            Matcher chains = CHAINS.matcher(renumbered);
            String result = renumbered.toString();
            if (chains.find()) {
                String mapped = NUMBER.matcher(chains.group(1)).replaceAll(m -> ids.getOrDefault(m.group(), "?" + m.group()));
                result = result.substring(0, chains.start(1)) + mapped + result.substring(chains.end(1));
            }
            out.append(result).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
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
