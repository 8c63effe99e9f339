package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Span-level precision, recall and F1 of a response annotator against a key annotator, per label
 * and micro-averaged (counts summed over labels and documents before dividing).
 *
 * <p>Exact match: same start, end and label. Relaxed match (the "lenient"/overlap criterion of
 * i2b2 2010 and brat-eval style scorers): a key span counts towards recall if it overlaps at least
 * one response span with the same label, and a response span counts towards precision if it
 * overlaps at least one key span with the same label. The two numerators are counted separately, so
 * one long span overlapping three short ones recalls all three but is one correct response; this is
 * not a one-to-one alignment, which would depend on a matching order. Overlap means sharing at
 * least one character. Duplicate spans (same start, end, label) of one annotator count once.
 */
public final class SpanF1 {

    public static final SpanF1 EMPTY = new SpanF1(Map.of(), Map.of());

    private final Map<String, PrecisionRecallCounts> exactByLabel;
    private final Map<String, PrecisionRecallCounts> relaxedByLabel;

    private SpanF1(Map<String, PrecisionRecallCounts> exactByLabel, Map<String, PrecisionRecallCounts> relaxedByLabel) {
        this.exactByLabel = Collections.unmodifiableMap(new TreeMap<>(exactByLabel));
        this.relaxedByLabel = Collections.unmodifiableMap(new TreeMap<>(relaxedByLabel));
    }

    /** Compares the spans of one document: {@code key} is the reference, {@code response} the other. */
    public static SpanF1 compare(Collection<Span> key, Collection<Span> response) {
        Map<String, List<Span>> keyByLabel = byLabel(key);
        Map<String, List<Span>> responseByLabel = byLabel(response);
        var labels = new TreeSet<>(keyByLabel.keySet());
        labels.addAll(responseByLabel.keySet());
        var exact = new TreeMap<String, PrecisionRecallCounts>();
        var relaxed = new TreeMap<String, PrecisionRecallCounts>();
        for (String label : labels) {
            List<Span> k = keyByLabel.getOrDefault(label, List.of());
            List<Span> r = responseByLabel.getOrDefault(label, List.of());
            var keySpans = new TreeSet<>(Span.DOCUMENT_ORDER);
            keySpans.addAll(k);
            long matches = r.stream().filter(keySpans::contains).count();
            exact.put(label, new PrecisionRecallCounts(matches, k.size(), matches, r.size()));
            relaxed.put(label, new PrecisionRecallCounts(countOverlapping(k, r), k.size(), countOverlapping(r, k), r.size()));
        }
        return new SpanF1(exact, relaxed);
    }

    /** Sums the counts of several documents (micro-averaging). */
    public static SpanF1 sum(Collection<SpanF1> parts) {
        var exact = new HashMap<String, double[]>();
        var relaxed = new HashMap<String, double[]>();
        for (SpanF1 part : parts) {
            part.exactByLabel.forEach((label, counts) -> add(exact, label, counts));
            part.relaxedByLabel.forEach((label, counts) -> add(relaxed, label, counts));
        }
        return new SpanF1(counts(exact), counts(relaxed));
    }

    private static void add(Map<String, double[]> sums, String label, PrecisionRecallCounts counts) {
        double[] sum = sums.computeIfAbsent(label, l -> new double[4]);
        sum[0] += counts.recallNumerator();
        sum[1] += counts.recallDenominator();
        sum[2] += counts.precisionNumerator();
        sum[3] += counts.precisionDenominator();
    }

    private static Map<String, PrecisionRecallCounts> counts(Map<String, double[]> sums) {
        var result = new TreeMap<String, PrecisionRecallCounts>();
        sums.forEach((label, sum) -> result.put(label, new PrecisionRecallCounts(sum[0], sum[1], sum[2], sum[3])));
        return result;
    }

    public PrecisionRecallCounts exact() {
        return total(exactByLabel);
    }

    public PrecisionRecallCounts relaxed() {
        return total(relaxedByLabel);
    }

    /** Exact-match counts per label (every label either annotator used). */
    public Map<String, PrecisionRecallCounts> exactByLabel() {
        return exactByLabel;
    }

    public Map<String, PrecisionRecallCounts> relaxedByLabel() {
        return relaxedByLabel;
    }

    private static PrecisionRecallCounts total(Map<String, PrecisionRecallCounts> byLabel) {
        PrecisionRecallCounts total = PrecisionRecallCounts.ZERO;
        for (PrecisionRecallCounts counts : byLabel.values()) {
            total = total.plus(counts);
        }
        return total;
    }

    /** Distinct spans per label, each list in document order. */
    private static Map<String, List<Span>> byLabel(Collection<Span> spans) {
        var distinct = new TreeSet<>(Span.DOCUMENT_ORDER);
        distinct.addAll(spans);
        var result = new TreeMap<String, List<Span>>();
        for (Span span : distinct) {
            result.computeIfAbsent(span.label(), l -> new ArrayList<>()).add(span);
        }
        return result;
    }

    /** How many spans of {@code spans} overlap at least one span of {@code others} (both start-sorted). */
    static long countOverlapping(List<Span> spans, List<Span> others) {
        if (others.isEmpty()) {
            return 0;
        }
        int[] starts = others.stream().mapToInt(Span::start).toArray();
        int[] maxEndSoFar = new int[starts.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            max = Math.max(max, others.get(i).end());
            maxEndSoFar[i] = max;
        }
        long count = 0;
        for (Span span : spans) {
            // others starting before span.end: the last of them is at index (insertion point - 1)
            int before = lowerBound(starts, span.end());
            if (before > 0 && maxEndSoFar[before - 1] > span.start()) {
                count++;
            }
        }
        return count;
    }

    /** Number of values strictly below {@code value} in a sorted array. */
    private static int lowerBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpanF1 s && s.exactByLabel.equals(exactByLabel) && s.relaxedByLabel.equals(relaxedByLabel);
    }

    @Override
    public int hashCode() {
        return exactByLabel.hashCode() * 31 + relaxedByLabel.hashCode();
    }

    @Override
    public String toString() {
        return "SpanF1[exact=" + exactByLabel + ", relaxed=" + relaxedByLabel + "]";
    }
}
