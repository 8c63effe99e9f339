package org.tawsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (docs/architecture.md): every jOOQ insert, update, delete or merge of a table is written in
 * one package. Read from the sources, because ArchUnit sees which classes use a table, not whether they write it.
 */
class TableOwnersTest {

    private static final Path MAIN = Path.of("src/main/java/org/tawsim");
    private static final Pattern WRITE = Pattern.compile("\\b(?:insertInto|update|deleteFrom|mergeInto)\\(([A-Z][A-Z_]*)\\)");

    @Test
    void everyTableIsWrittenByOnePackage() throws IOException {
        Map<String, Set<String>> writers = writers();
        assertThat(writers).as("tables written in the sources").containsKeys("SPAN", "DOCUMENT", "EVENT_LOG", "PROJECT");
        writers.forEach((table, packages) -> assertThat(packages).as("packages writing " + table).hasSize(1));
        assertThat(writers.get("SPAN")).containsExactly("annotation/layer");
        assertThat(writers.get("EVENT_LOG")).containsExactly("annotation/layer/event");
        assertThat(writers.get("DOCUMENT")).containsExactly("corpus");
    }

    private static Map<String, Set<String>> writers() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
                Matcher m = WRITE.matcher(Files.readString(file));
                while (m.find()) {
                    writers.computeIfAbsent(m.group(1), t -> new TreeSet<>()).add(pkg);
                }
            }
        }
        return writers;
    }
}
