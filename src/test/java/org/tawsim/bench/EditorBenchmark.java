package org.tawsim.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.tawsim.support.BrowserTest;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. A generated Arabic document (50,000
 * tokens with 5,000 spans, and 200,000 tokens with 20,000 spans; a tenth of the spans in chains of three)
 * opened in headless Chromium: time until the editor is interactive, input to span painted (the key that
 * applies a label to the frame that shows the new span), and the latency of operations made in the browser
 * (request sent until acknowledged) and in the service. Its class name ends in neither Test nor Tests, so
 * Surefire runs it only when asked for by name.
 *
 * Run: mvn -Pproduction test -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * (one size: -Dtest='EditorBenchmark#fiftyThousandTokens' or '#twoHundredThousandTokens')
 */
class EditorBenchmark extends BrowserTest {

    static final String[] LABELS = {"PERSON", "ORG", "LOCATION", "EVENT"};
    static final int LOADS = 5;
    static final int KEY_OPERATIONS = 200;

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

    @Test
    void fiftyThousandTokens() throws Exception {
        run(50_000, 5_000);
    }

    @Test
    void twoHundredThousandTokens() throws Exception {
        run(200_000, 20_000);
    }

    private void run(int tokens, int spans) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("bl-" + tag, "password-1", "Lead", SystemRole.LEAD);
        UserAccount ann = accounts.create("ba-" + tag, "password-1", "Annotator", SystemRole.ANNOTATOR);
        Project project = projects.create(lead, "Benchmark " + tag, "");
        projects.addMember(lead, project.id(), ann.login(), ProjectRole.ANNOTATOR);

        List<int[]> tokenOffsets = new ArrayList<>();
        String text = generate(tokens, tokenOffsets);
        long documentId = documents.importTextFile(lead, project.id(), "large.txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of());

        long revision = 0;
        List<Long> spanIds = new ArrayList<>();
        List<Double> serviceMs = new ArrayList<>();
        int step = tokens / spans;
        for (int i = 0; i < spans; i++) {
            int[] token = tokenOffsets.get(i * step);
            long t0 = System.nanoTime();
            spanIds.add(annotations.apply(ann, documentId, revision++, UUID.randomUUID(),
                    new Operation.CreateSpan(token[0], token[1], LABELS[i % 4])).spanId());
            serviceMs.add((System.nanoTime() - t0) / 1e6);
        }
        int chains = spans / 10;
        for (int c = 0; c < chains * 3; c += 3) {
            List<Operation.MoveMentions.Move> moves = List.of(
                    new Operation.MoveMentions.Move(spanIds.get(c), Operation.MoveMentions.NEW_CHAIN),
                    new Operation.MoveMentions.Move(spanIds.get(c + 1), Operation.MoveMentions.NEW_CHAIN),
                    new Operation.MoveMentions.Move(spanIds.get(c + 2), Operation.MoveMentions.NEW_CHAIN));
            long t0 = System.nanoTime();
            annotations.apply(ann, documentId, revision++, UUID.randomUUID(), new Operation.MoveMentions(moves));
            serviceMs.add((System.nanoTime() - t0) / 1e6);
        }

        logIn(ann.login(), "password-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-documents")));
        List<Double> interactive = new ArrayList<>();
        List<Double> editorOwn = new ArrayList<>();
        List<Double> textPainted = new ArrayList<>();
        for (int load = 0; load < LOADS; load++) {
            driver.get(url("documents/" + documentId));
            wait.until(d -> js("return performance.getEntriesByName('tawsim-editor-ready').length").equals(1L));
            double ready = ((Number) js("return performance.getEntriesByName('tawsim-editor-ready')[0].startTime")).doubleValue();
            double data = ((Number) js("return performance.getEntriesByName('tawsim-editor-data')[0].startTime")).doubleValue();
            interactive.add(ready);
            editorOwn.add(ready - data);
            // The browser's own record of when the largest text on the page (the document) was painted;
            // it reports paints a little after they happen.
            Thread.sleep(500);
            textPainted.add(((Number) js("""
                    return new Promise(done => new PerformanceObserver(list => done(list.getEntries().at(-1).startTime))
                        .observe({type: 'largest-contentful-paint', buffered: true}));
                    """)).doubleValue());
        }

        // Operations by keyboard in the browser: label a free token (odd positions carry no span), one at a
        // time, at most ten a second (faster than any annotator).
        js(new String(getClass().getResourceAsStream("/bench/input-to-paint.js").readAllBytes(), StandardCharsets.UTF_8));
        js("document.querySelector('#tw-text').focus()");
        for (int i = 0; i < KEY_OPERATIONS; i++) {
            int[] token = tokenOffsets.get(i * step + 1);
            // The text is one text node per paragraph; the generated text has no surrogates: units = code points.
            js("""
                    const walker = document.createTreeWalker(document.querySelector('#tw-text'), NodeFilter.SHOW_TEXT);
                    let node = walker.nextNode();
                    let offset = arguments[0];
                    while (offset >= node.length) { offset -= node.length; node = walker.nextNode(); }
                    window.getSelection().setBaseAndExtent(node, offset, node, offset + arguments[1] - arguments[0]);
                    window.twBench.expected = arguments[2];
                    """, token[0], token[1], text.substring(token[0], token[1]));
            long sent = System.nanoTime();
            new Actions(driver).sendKeys(String.valueOf(1 + i % 4)).perform();
            long expected = i + 1;
            wait.until(d -> ((Number) js("return window.twBench.samples.length")).longValue() >= expected);
            Thread.sleep(Math.max(0, 100 - (System.nanoTime() - sent) / 1_000_000));
        }
        wait.until(d -> "saved".equals(js("return document.querySelector('#tw-save-state').dataset.state"))
                && Long.valueOf(0).equals(js("return document.querySelector('tawsim-editor').sync.waiting")));
        List<Double> paintMs = numbers("return window.twBench.samples");
        List<Double> scriptMs = numbers("return window.twBench.script");
        List<Double> browserMs = numbers("return document.querySelector('tawsim-editor').sync.latencies");
        // Request sent until response received, from the browser's resource timing (main-thread work excluded).
        List<Double> networkMs = numbers("return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/operations'))"
                + ".map(e => e.responseEnd - e.requestStart)");

        System.out.printf("%nEditor benchmark: %,d tokens, %,d code points, %,d spans, %,d chains; load average %s%n",
                tokens, text.codePointCount(0, text.length()), spans, chains, loadAverage());
        System.out.printf("  time to interactive from navigation start (ms, %d loads): %s  median %.0f%n",
                LOADS, list(interactive), percentile(interactive, 50));
        System.out.printf("  of which the editor, from its data arriving to interactive (ms): %s  median %.0f%n",
                list(editorOwn), percentile(editorOwn, 50));
        System.out.printf("  text painted (largest contentful paint, ms): %s  median %.0f%n",
                list(textPainted), percentile(textPainted, 50));
        System.out.printf("  input to span painted, key down to the frame showing the span (ms, %d ops): p50 %.1f  p95 %.1f  max %.1f%n",
                paintMs.size(), percentile(paintMs, 50), percentile(paintMs, 95), percentile(paintMs, 100));
        System.out.printf("  of which the editor's own work, key down to the span handed to the highlight (ms): p50 %.1f  p95 %.1f  max %.1f%n",
                percentile(scriptMs, 50), percentile(scriptMs, 95), percentile(scriptMs, 100));
        System.out.printf("  operation ack, request to response (ms, %d ops): p50 %.1f  p95 %.1f  max %.1f%n",
                networkMs.size(), percentile(networkMs, 50), percentile(networkMs, 95), percentile(networkMs, 100));
        System.out.printf("  operation ack as the editor sees it, incl. its own work (ms, %d ops): p50 %.1f  p95 %.1f  max %.1f%n",
                browserMs.size(), percentile(browserMs, 50), percentile(browserMs, 95), percentile(browserMs, 100));
        System.out.printf("  service apply (ms, %d ops while loading): p50 %.1f  p95 %.1f%n%n",
                serviceMs.size(), percentile(serviceMs, 50), percentile(serviceMs, 95));
    }

    /** Arabic news-like text from the seed articles' words, paragraphs of 80 tokens; records token offsets. */
    private static String generate(int tokens, List<int[]> tokenOffsets) throws Exception {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                Arrays.stream(Files.readString(file).split("\\s+")).filter(w -> w.matches("[\\p{IsArabic}]+")).forEach(words::add);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                sb.append(i % 80 == 0 ? "\n\n" : " ");
            }
            String word = words.get(i % words.size());
            int start = sb.length();
            sb.append(word);
            tokenOffsets.add(new int[] {start, sb.length()});
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Double> numbers(String script) {
        return ((List<Number>) js(script)).stream().map(Number::doubleValue).toList();
    }

    static String list(List<Double> values) {
        return values.stream().map(d -> String.format("%.0f", d)).toList().toString();
    }

    static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
