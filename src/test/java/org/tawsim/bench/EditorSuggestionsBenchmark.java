package org.tawsim.bench;

import static org.tawsim.bench.EditorBenchmark.LABELS;
import static org.tawsim.bench.EditorBenchmark.list;
import static org.tawsim.bench.EditorBenchmark.loadAverage;
import static org.tawsim.bench.EditorBenchmark.percentile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.Suggestion;
import org.tawsim.suggestion.SuggestionService;
import org.tawsim.support.BrowserTest;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. A 50,000-token Arabic document (seed
 * words, paragraphs of 80 tokens) in which every tenth token is one of 1,000 names the annotator marked (5,000
 * spans) and, five tokens later, a name again behind the clitic ب, which the string matcher suggests on the stem
 * (5,000 suggestions). Opened in headless Chromium: time to interactive with both painted, input to paint for `]`
 * (the next suggestion focused) and Enter (it accepted as a span), and on the server the time of one suggestions
 * refresh (what the editor asks after each saved change). Its class name ends in neither Test nor Tests, so
 * Surefire runs it only when asked for by name.
 *
 * Run: mvn -Pproduction test -Dtest=EditorSuggestionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class EditorSuggestionsBenchmark extends BrowserTest {

    static final int TOKENS = 50_000;
    static final int EVERY = 10;
    static final int NAMES = 1_000;
    static final int LOADS = 3;
    static final int KEY_PAIRS = 50;
    static final int REFRESHES = 10;
    /** Reading every learnt form takes seconds on this document (see docs/benchmarks.md): a few runs only. */
    static final int FORM_READS = 3;
    /** Letters names are made of: no clitic letter (و ف ب ك ل ا) and none the matcher folds (ة ى ه). */
    private static final String LETTERS = "تثجحخدذرزسشصضطظعغقمني";

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    RecommenderService recommenders;

    @Test
    void fiftyThousandTokens() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("sl-" + tag, "password-1", "Lead", SystemRole.LEAD);
        UserAccount ann = accounts.create("sa-" + tag, "password-1", "Annotator", SystemRole.ANNOTATOR);
        Project project = projects.create(lead, "Suggestions benchmark " + tag, "");
        projects.addMember(lead, project.id(), ann.login(), ProjectRole.ANNOTATOR);

        List<int[]> marked = new ArrayList<>();
        String text = generate(names(), marked);
        long documentId = documents.importTextFile(lead, project.id(), "large.txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of());
        long revision = 0;
        for (int[] span : marked) {
            annotations.apply(ann, documentId, revision++, UUID.randomUUID(), new Operation.CreateSpan(span[0], span[1], LABELS[span[2]]));
        }

        // The server: one refresh as the editor asks for it, the project unchanged, and right after a change.
        int suggested = suggestions.suggestionsFor(ann, documentId).size();
        List<Double> unchanged = times(REFRESHES, () -> suggestions.suggestionsFor(ann, documentId));
        List<Double> version = times(REFRESHES, () -> annotations.surfaceFormsVersion(ann, project.id()));
        List<Double> forms = times(FORM_READS, () -> annotations.surfaceForms(ann, project.id()));
        List<Double> formsAndRefresh = times(FORM_READS, () -> {
            annotations.surfaceForms(ann, project.id());
            return suggestions.suggestionsFor(ann, documentId);
        });
        List<Double> changed = new ArrayList<>();
        for (int i = 0; i < FORM_READS; i++) {
            Suggestion s = suggestions.suggestionsFor(ann, documentId).get(i);
            annotations.apply(ann, documentId, revision++, UUID.randomUUID(), new Operation.CreateSpan(s.start(), s.end(), s.label()));
            changed.addAll(times(1, () -> suggestions.suggestionsFor(ann, documentId)));
        }

        logIn(ann.login(), "password-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-documents")));
        List<Double> interactive = new ArrayList<>();
        long painted = 0;
        for (int load = 0; load < LOADS; load++) {
            driver.get(url("documents/" + documentId));
            wait.until(d -> js("return performance.getEntriesByName('tawsim-editor-ready').length").equals(1L));
            interactive.add(((Number) js("return performance.getEntriesByName('tawsim-editor-ready')[0].startTime")).doubleValue());
            painted = paintedSuggestions();
        }

        // `]` to the next suggestion, Enter to accept it; one key at a time, at most ten a second.
        js(new String(getClass().getResourceAsStream("/bench/suggestion-input-to-paint.js").readAllBytes(), StandardCharsets.UTF_8));
        js("document.querySelector('#tw-text').focus()");
        for (int i = 0; i < KEY_PAIRS; i++) {
            press("focus", "]", null, i + 1);
            String[] id = ((String) js("return document.querySelector('tawsim-editor').dataset.focusedSuggestion")).split(":");
            press("accept", Keys.ENTER, text.substring(Integer.parseInt(id[1]), Integer.parseInt(id[2])), i + 1);
        }
        wait.until(d -> "saved".equals(js("return document.querySelector('#tw-save-state').dataset.state"))
                && Long.valueOf(0).equals(js("return document.querySelector('tawsim-editor').sync.waiting")));
        long deadline = System.currentTimeMillis() + 30_000;
        while (accepted(lead, project.id()) < KEY_PAIRS && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        List<Double> focusMs = numbers("return window.twBench.focus");
        List<Double> focusScript = numbers("return window.twBench.script.focus");
        List<Double> acceptMs = numbers("return window.twBench.accept");
        List<Double> acceptScript = numbers("return window.twBench.script.accept");

        System.out.printf("%nEditor suggestions benchmark: %,d tokens, %,d code points, %,d spans, %,d suggestions "
                        + "(%,d painted in the editor); load average %s%n",
                TOKENS, text.codePointCount(0, text.length()), marked.size(), suggested, painted, loadAverage());
        System.out.printf("  time to interactive from navigation start (ms, %d loads): %s  median %.0f%n",
                LOADS, list(interactive), percentile(interactive, 50));
        System.out.printf("  ] to the next suggestion painted (ms, %d keys): p50 %.1f  p95 %.1f  max %.1f; editor's own p50 %.1f  p95 %.1f%n",
                focusMs.size(), percentile(focusMs, 50), percentile(focusMs, 95), percentile(focusMs, 100),
                percentile(focusScript, 50), percentile(focusScript, 95));
        System.out.printf("  Enter to the accepted span painted (ms, %d keys): p50 %.1f  p95 %.1f  max %.1f; editor's own p50 %.1f  p95 %.1f%n",
                acceptMs.size(), percentile(acceptMs, 50), percentile(acceptMs, 95), percentile(acceptMs, 100),
                percentile(acceptScript, 50), percentile(acceptScript, 95));
        System.out.printf("  accepted, as the lead's statistics count them: %d of %d%n", accepted(lead, project.id()), KEY_PAIRS);
        System.out.printf("  server, one suggestions refresh, project unchanged (ms, %d): p50 %.1f  p95 %.1f%n",
                REFRESHES, percentile(unchanged, 50), percentile(unchanged, 95));
        System.out.printf("  server, one refresh right after a new span (forms read again, ms): %s%n", list(changed));
        System.out.printf("  server, the layers' version (ms): p50 %.1f  p95 %.1f; every learnt form (ms): %s%n",
                percentile(version, 50), percentile(version, 95), list(forms));
        System.out.printf("  server, every learnt form read + refresh, i.e. each refresh before the version (ms): %s%n%n",
                list(formsAndRefresh));
    }

    /** Presses a key and waits for the frame that shows what it did; keys at most ten a second. */
    private void press(String mode, CharSequence key, String expected, int samples) throws InterruptedException {
        js("window.twBench.mode = arguments[0]; window.twBench.expected = arguments[1];", mode, expected);
        long sent = System.nanoTime();
        new Actions(driver).sendKeys(key).perform();
        wait.until(d -> ((Number) js("return window.twBench[arguments[0]].length", mode)).longValue() >= samples);
        Thread.sleep(Math.max(0, 100 - (System.nanoTime() - sent) / 1_000_000));
    }

    private long paintedSuggestions() {
        return ((Number) js("return [...CSS.highlights].filter(([n]) => /-sg-/.test(n) && !n.endsWith('-sg-focus'))"
                + ".reduce((n, [, h]) => n + h.size, 0)")).longValue();
    }

    private int accepted(UserAccount lead, long projectId) {
        return recommenders.statistics(lead, projectId).stream()
                .filter(r -> r.recommender().equals(RecommenderSettings.STRING_MATCHER))
                .mapToInt(r -> r.overall().accepted()).sum();
    }

    private static List<Double> times(int runs, Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    /** Names of five letters that no seed word ends with. */
    private static List<String> names() {
        Random random = new Random(17);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < NAMES) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            names.add(name.toString());
        }
        return List.copyOf(names);
    }

    /**
     * Seed words, with a name at every tenth token (recorded in {@code marked} as start, end, label index) and
     * the same name behind ب five tokens later.
     */
    private static String generate(List<String> names, List<int[]> marked) throws Exception {
        Set<String> nameSet = Set.copyOf(names);
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                Arrays.stream(Files.readString(file).split("\\s+")).filter(w -> w.matches("[\\p{IsArabic}]+"))
                        .filter(w -> w.length() < 5 || !nameSet.contains(w.substring(w.length() - 5)))
                        .forEach(words::add);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TOKENS; i++) {
            if (i > 0) {
                sb.append(i % 80 == 0 ? "\n\n" : " ");
            }
            int name = (i / EVERY) % NAMES;
            if (i % EVERY == 0) {
                marked.add(new int[] {sb.length(), sb.length() + 5, name % LABELS.length});
                sb.append(names.get(name));
            } else if (i % EVERY == EVERY / 2) {
                sb.append('ب').append(names.get(name));
            } else {
                sb.append(words.get(i % words.size()));
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Double> numbers(String script) {
        return ((List<Number>) js(script)).stream().map(Number::doubleValue).toList();
    }
}
