package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.Application;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;
import org.tawsim.support.TestDatabase;

class ExportCommandTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ExportCommand command;

    @TempDir
    Path tmp;

    ExportFixture fx;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void annotatedProject() {
        fx = new ExportFixture(scenarios);
    }

    @Test
    void writesTheFilesAndManifestIntoOutAndSaysWhere() throws IOException {
        Path dir = tmp.resolve("conll");
        int status = run("--project", fx.project.name(), "--format", "conll", "--out", dir.toString(),
                "--user", fx.viewer.login());

        assertThat(status).as(text(err)).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(fx.first.login() + ".conll", fx.second.login() + ".conll", "manifest.json");
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("format").asText()).isEqualTo("CONLL_NER");
        assertThat(manifest.get("createdBy").asText()).isEqualTo(fx.viewer.login());
        assertThat(manifest.get("files").get(0).get("sha256").asText())
                .isEqualTo(ExportStore.sha256(dir.resolve(fx.first.login() + ".conll")));
        assertThat(Files.readString(dir.resolve(fx.first.login() + ".conll"))).startsWith("-DOCSTART- -X- -X- O\n\n");
        assertThat(text(out)).contains("Exported 3 documents of project " + fx.project.id(),
                "Written to " + dir.toAbsolutePath().normalize());
    }

    @Test
    void problemsAreOneLineAndANonZeroStatus() {
        assertThat(run("--project", "no such project", "--out", tmp.toString())).isEqualTo(2);
        assertThat(text(err)).isEqualTo("export: no project 'no such project' that admin can see\n");

        err.reset();
        assertThat(run("--project", String.valueOf(fx.project.id()), "--out", tmp.toString(), "--user", "nobody-at-all")).isEqualTo(2);
        assertThat(text(err)).isEqualTo("export: there is no account 'nobody-at-all'\n");

        err.reset();
        assertThat(run("--project", String.valueOf(fx.project.id()), "--source", "someone", "--out", tmp.toString(),
                "--user", fx.lead.login())).isEqualTo(1);
        assertThat(text(err)).isEqualTo("export: someone is not an annotator of this project.\n");
    }

    /** The real entry: a second application context without the web server, on the test database. */
    @Test
    void launchesWithoutTheWebServer() throws IOException {
        TestDatabase.Connection db = TestDatabase.get();
        Path dir = tmp.resolve("jsonl");
        int status = ExportCommand.launch(Application.class, new String[] {
                "--project", String.valueOf(fx.project.id()), "--format", "jsonl", "--source", fx.first.login(),
                "--out", dir.toString(), "--user", fx.lead.login(),
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--tawsim.exports.dir=" + EXPORTS_DIR,
                "--tawsim.admin.password=admin-test-password"}, print(out), print(err));

        assertThat(status).as(text(err)).isZero();
        assertThat(Files.readAllLines(dir.resolve(fx.first.login() + ".jsonl"))).hasSize(3);
        assertThat(dir.resolve("manifest.json")).isRegularFile();
    }

    private int run(String... args) {
        return command.run(ExportArguments.parse(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
