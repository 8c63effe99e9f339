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
import org.openqa.selenium.JavascriptExecutor;
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
 * Benchmark, not a test: prints figures and asserts nothing about time. A generated 50,000-token Arabic
 * document with 5,000 spans (and chains) opened in headless Chromium: time until the editor is interactive,
 * and the latency of operations made in the browser (request sent until acknowledged) and in the service.
 *
 * Run: mvn test -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class EditorBenchmark extends BrowserTest {

    static final int TOKENS = 50_000;
    static final int SPANS = 5_000;
    static final String[] LABELS = {"PERSON", "ORG", "LOCATION", "EVENT"};

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
    void largeDocument() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("bl-" + tag, "password-1", "Lead", SystemRole.LEAD);
        UserAccount ann = accounts.create("ba-" + tag, "password-1", "Annotator", SystemRole.ANNOTATOR);
        Project project = projects.create(lead, "Benchmark " + tag, "");
        projects.addMember(lead, project.id(), ann.login(), ProjectRole.ANNOTATOR);

        List<int[]> tokenOffsets = new ArrayList<>();
        String text = generate(tokenOffsets);
        long documentId = documents.importTextFile(lead, project.id(), "large.txt", text.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, project.id(), 1, List.of());

        long revision = 0;
        List<Long> spanIds = new ArrayList<>();
        List<Double> serviceMs = new ArrayList<>();
        int step = TOKENS / SPANS;
        for (int i = 0; i < SPANS; i++) {
            int[] token = tokenOffsets.get(i * step);
            long t0 = System.nanoTime();
            spanIds.add(annotations.apply(ann, documentId, revision++, UUID.randomUUID(),
                    new Operation.CreateSpan(token[0], token[1], LABELS[i % 4])).spanId());
            serviceMs.add((System.nanoTime() - t0) / 1e6);
        }
        for (int c = 0; c + 2 < 1500; c += 3) { // 500 chains of three mentions
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
        for (int run = 0; run < 5; run++) {
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

        // 200 operations by keyboard in the browser: label a free token (odd positions carry no span).
        js("document.querySelector('#tw-text').focus()");
        for (int i = 0; i < 200; i++) {
            int[] token = tokenOffsets.get(i * step + 1);
            // The text is one text node per paragraph; the generated text has no surrogates: units = code points.
            js("""
                    const walker = document.createTreeWalker(document.querySelector('#tw-text'), NodeFilter.SHOW_TEXT);
                    let node = walker.nextNode();
                    let offset = arguments[0];
                    while (offset >= node.length) { offset -= node.length; node = walker.nextNode(); }
                    window.getSelection().setBaseAndExtent(node, offset, node, offset + arguments[1] - arguments[0]);
                    """, token[0], token[1]);
            new Actions(driver).sendKeys(String.valueOf(1 + i % 4)).perform();
            Thread.sleep(100); // ten operations a second: faster than any annotator
        }
        wait.until(d -> "saved".equals(js("return document.querySelector('#tw-save-state').dataset.state"))
                && Long.valueOf(0).equals(js("return document.querySelector('tawsim-editor').sync.waiting")));
        @SuppressWarnings("unchecked")
        List<Number> browserMs = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('tawsim-editor').sync.latencies");
        // Request sent until response received, from the browser's resource timing (main-thread work excluded).
        @SuppressWarnings("unchecked")
        List<Number> networkMs = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/operations'))"
                        + ".map(e => e.responseEnd - e.requestStart)");

        System.out.printf("%nEditor benchmark: %d tokens, %d code points, %d spans, 500 chains%n",
                TOKENS, text.codePointCount(0, text.length()), SPANS);
        System.out.printf("  time to interactive from navigation start (ms, 5 loads): %s  median %.0f%n",
                interactive.stream().map(d -> String.format("%.0f", d)).toList(), percentile(interactive, 50));
        System.out.printf("  of which the editor, from its data arriving to interactive (ms): %s  median %.0f%n",
                editorOwn.stream().map(d -> String.format("%.0f", d)).toList(), percentile(editorOwn, 50));
        System.out.printf("  text painted (largest contentful paint, ms): %s  median %.0f%n",
                textPainted.stream().map(d -> String.format("%.0f", d)).toList(), percentile(textPainted, 50));
        System.out.printf("  operation ack, request to response (ms, %d ops): p50 %.1f  p95 %.1f  max %.1f%n",
                networkMs.size(), percentile(toDoubles(networkMs), 50), percentile(toDoubles(networkMs), 95), percentile(toDoubles(networkMs), 100));
        System.out.printf("  operation ack as the editor sees it, incl. its own work (ms, %d ops): p50 %.1f  p95 %.1f  max %.1f%n",
                browserMs.size(), percentile(toDoubles(browserMs), 50), percentile(toDoubles(browserMs), 95), percentile(toDoubles(browserMs), 100));
        System.out.printf("  service apply (ms, %d ops while loading): p50 %.1f  p95 %.1f%n%n",
                serviceMs.size(), percentile(serviceMs, 50), percentile(serviceMs, 95));
    }

    /** Arabic news-like text from the seed articles' words, paragraphs of 80 tokens; records token offsets. */
    private static String generate(List<int[]> tokenOffsets) throws Exception {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                Arrays.stream(Files.readString(file).split("\\s+")).filter(w -> w.matches("[\\p{IsArabic}]+")).forEach(words::add);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TOKENS; i++) {
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

    private static List<Double> toDoubles(List<Number> numbers) {
        return numbers.stream().map(Number::doubleValue).toList();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
