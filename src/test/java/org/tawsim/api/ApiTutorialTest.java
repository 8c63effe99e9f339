package org.tawsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;

/**
 * docs/api-tutorial.py, the tutorial's Python script, run as its readers run it against the app: it must finish
 * with exit code 0, and the project and the export it reports must exist with what it put in them. Exports are
 * sent to the background at once (sync-wait 0) so that the script's polling of the job's status URL runs too.
 */
class ApiTutorialTest extends DatabaseTest {

    private static final String NO_WAIT = "api-tutorial-test";

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    ExportService exports;
    @Autowired
    ConfigurableEnvironment environment;

    @AfterEach
    void defaultWait() {
        environment.getPropertySources().remove(NO_WAIT);
    }

    @Test
    void theScriptRunsTheWholeLoopAndLeavesTheProjectAndItsExport() throws Exception {
        environment.getPropertySources().addFirst(new MapPropertySource(NO_WAIT, Map.of("tawsim.export.sync-wait", "0s")));
        Path out = Files.createTempDirectory("api-tutorial");
        Path log = out.resolve("script.log");
        Process script = new ProcessBuilder("python3", "docs/api-tutorial.py", "http://localhost:" + port, "admin",
                "admin-test-password", "--out", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = script.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(output).isTrue();
        assertThat(script.exitValue()).as(output).isZero();

        UserAccount admin = accounts.findByLogin("admin").orElseThrow();
        long projectId = Long.parseLong(find(output, "project (\\d+) created"));
        assertThat(projects.get(admin, projectId).name()).startsWith("Tutorial ");
        ExportManifest manifest = exports.manifest(admin, projectId, find(output, "(?m)^export (\\d\\S*): "));
        // two uploaded and two imported documents, written for both annotators
        assertThat(manifest.documentCount()).isEqualTo(4);
        assertThat(manifest.sources()).hasSize(2).allMatch(login -> login.startsWith("tutorial-"));
        assertThat(manifest.labels().values()).anyMatch(labels -> labels.getOrDefault("LOCATION", 0) == 3);
        assertThat(output).contains("export running: ");
        assertThat(Path.of(find(output, "corpus (\\S+)"))).isRegularFile();
    }

    private static String find(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertThat(matcher.find()).as(regex + " in " + output).isTrue();
        return matcher.group(1);
    }
}
