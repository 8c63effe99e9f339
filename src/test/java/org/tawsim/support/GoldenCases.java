package org.tawsim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The export golden cases: one folder per case under {@code golden/export-cases/}, each with an {@code input.jsonl}. */
public final class GoldenCases {

    public static final Path ROOT = Path.of("src/test/resources/golden/export-cases");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPAN_ID = Pattern.compile("\\{\"id\":(\\d+),\"start\":");
    private static final Pattern CHAINS = Pattern.compile("\"chains\":(\\[.*])}$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private GoldenCases() {
    }

    /** Every case folder, by name. */
    public static Stream<Path> all() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    public static byte[] input(Path folder) throws IOException {
        return Files.readAllBytes(folder.resolve("input.jsonl"));
    }

    /** The annotators the input names, in login order (the order of an export's files). */
    public static List<String> sources(Path folder) throws IOException {
        Set<String> sources = new TreeSet<>();
        for (String line : Files.readAllLines(folder.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode source = line.isBlank() ? null : JSON.readTree(line).get("source");
            if (source != null && source.isTextual()) {
                sources.add(source.asText());
            }
        }
        return List.copyOf(sources);
    }

    /**
     * Our JSONL with span ids renumbered 1, 2, ... in the order each line lists its spans (chains follow): span ids
     * are database ids, which depend on what else the test database holds.
     */
    public static String renumberSpanIds(String jsonl) {
        StringBuilder out = new StringBuilder();
        for (String line : jsonl.split("\n", -1)) {
            Map<String, String> ids = new HashMap<>();
            Matcher span = SPAN_ID.matcher(line);
            StringBuilder renumbered = new StringBuilder();
            while (span.find()) {
                String id = ids.computeIfAbsent(span.group(1), old -> String.valueOf(ids.size() + 1));
                span.appendReplacement(renumbered, Matcher.quoteReplacement("{\"id\":" + id + ",\"start\":"));
            }
            span.appendTail(renumbered);
            String result = renumbered.toString();
            Matcher chains = CHAINS.matcher(result);
            if (chains.find()) {
                String mapped = NUMBER.matcher(chains.group(1)).replaceAll(m -> ids.getOrDefault(m.group(), "?" + m.group()));
                result = result.substring(0, chains.start(1)) + mapped + result.substring(chains.end(1));
            }
            out.append(result).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
