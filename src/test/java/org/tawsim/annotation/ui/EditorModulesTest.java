package org.tawsim.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the unit tests of the editor's pure TypeScript modules (src/test/frontend, Node's built-in test runner)
 * as part of the Maven build: see scripts/frontend-unit-tests.sh.
 */
class EditorModulesTest {

    @Test
    void theEditorsPureModulesPassTheirUnitTests() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "scripts/frontend-unit-tests.sh").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
