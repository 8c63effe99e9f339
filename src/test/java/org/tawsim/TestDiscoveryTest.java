package org.tawsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class runs in {@code mvn verify}: Surefire picks up only classes named {@code *Test}, {@code *Tests},
 * {@code Test*} or {@code *TestCase}, so a class with test methods under another name would silently never run.
 * Benchmarks are the one exception: {@code bench/*Benchmark} run on request (docs/benchmarks.md).
 */
class TestDiscoveryTest {

    private static final Pattern TEST_METHOD = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern SUREFIRE_NAME = Pattern.compile("(.*(Test|Tests|TestCase)|Test.*)");

    @Test
    void everyClassWithTestsIsNamedSoThatSurefireRunsIt() throws IOException {
        Path root = Path.of("src/test/java");
        List<String> neverRun;
        try (Stream<Path> files = Files.walk(root)) {
            neverRun = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(TestDiscoveryTest::hasTestMethods)
                    .map(p -> root.relativize(p).toString())
                    .filter(p -> !SUREFIRE_NAME.matcher(className(p)).matches())
                    .filter(p -> !(p.startsWith("org/tawsim/bench/") && className(p).endsWith("Benchmark")))
                    .sorted().toList();
        }
        assertThat(neverRun).as("test classes Surefire would never run").isEmpty();
    }

    @Test
    void theRuleSeesAClassThatWouldNotRun() {
        assertThat(SUREFIRE_NAME.matcher("ReaderProperties").matches()).isFalse();
        assertThat(SUREFIRE_NAME.matcher("ReaderPropertiesTest").matches()).isTrue();
        assertThat(TEST_METHOD.matcher("    @Test\n    void x() {}").find()).isTrue();
    }

    private static boolean hasTestMethods(Path file) {
        try {
            return TEST_METHOD.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static String className(String relativePath) {
        String file = Path.of(relativePath).getFileName().toString();
        return file.substring(0, file.length() - ".java".length());
    }
}
