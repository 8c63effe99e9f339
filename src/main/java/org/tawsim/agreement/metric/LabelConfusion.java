package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Label confusion of spans whose boundaries the two annotators agree on: cell (k, r) counts spans
 * with identical start and end labelled k by the key annotator and r by the response annotator.
 *
 * <p>The diagonal holds the exact matches. When one boundary carries several labels on a side
 * (rare: the same characters marked twice), labels both sides share go on the diagonal and every
 * remaining key label is crossed with every remaining response label, so a boundary marked
 * {PERSON, ORG} by both is two agreements, not two confusions.
 */
public final class LabelConfusion {

    public static final LabelConfusion EMPTY = new LabelConfusion(Map.of());

    private final Map<String, Map<String, Long>> counts;

    private LabelConfusion(Map<String, Map<String, Long>> counts) {
        var copy = new TreeMap<String, Map<String, Long>>();
        counts.forEach((k, row) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(row))));
        this.counts = Collections.unmodifiableMap(copy);
    }

    public static LabelConfusion of(Collection<Span> key, Collection<Span> response) {
        Span[] k = sortedDistinct(key);
        Span[] r = sortedDistinct(response);
        var counts = new TreeMap<String, Map<String, Long>>();
        int i = 0;
        int j = 0;
        while (i < k.length && j < r.length) {
            int order = Long.compare(k[i].boundaryKey(), r[j].boundaryKey());
            if (order < 0) {
                i++;
            } else if (order > 0) {
                j++;
            } else {
                int keyEnd = endOfBoundary(k, i);
                int responseEnd = endOfBoundary(r, j);
                count(counts, labels(k, i, keyEnd), labels(r, j, responseEnd));
                i = keyEnd;
                j = responseEnd;
            }
        }
        return new LabelConfusion(counts);
    }

    /** One boundary: shared labels on the diagonal, the remaining labels crossed. */
    private static void count(Map<String, Map<String, Long>> counts, List<String> key, List<String> response) {
        for (String label : key) {
            if (response.contains(label)) {
                add(counts, label, label, 1);
            }
        }
        for (String keyLabel : key) {
            if (response.contains(keyLabel)) {
                continue;
            }
            for (String responseLabel : response) {
                if (!key.contains(responseLabel)) {
                    add(counts, keyLabel, responseLabel, 1);
                }
            }
        }
    }

    public static LabelConfusion sum(Collection<LabelConfusion> parts) {
        var counts = new TreeMap<String, Map<String, Long>>();
        for (LabelConfusion part : parts) {
            part.counts.forEach((k, row) -> row.forEach((r, n) -> add(counts, k, r, n)));
        }
        return new LabelConfusion(counts);
    }

    /** Key label → response label → count; only non-zero cells are present. */
    public Map<String, Map<String, Long>> counts() {
        return counts;
    }

    public long count(String keyLabel, String responseLabel) {
        return counts.getOrDefault(keyLabel, Map.of()).getOrDefault(responseLabel, 0L);
    }

    /** Same boundaries, different labels. */
    public long disagreements() {
        long total = 0;
        for (var row : counts.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if (!cell.getKey().equals(row.getKey())) {
                    total += cell.getValue();
                }
            }
        }
        return total;
    }

    private static void add(Map<String, Map<String, Long>> counts, String key, String response, long n) {
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(response, n, Long::sum);
    }

    /** Distinct spans ordered by boundary key (start, then end), then label. */
    private static Span[] sortedDistinct(Collection<Span> spans) {
        return spans.stream().distinct()
                .sorted(Comparator.comparingLong(Span::boundaryKey).thenComparing(Span::label))
                .toArray(Span[]::new);
    }

    private static int endOfBoundary(Span[] spans, int from) {
        int end = from + 1;
        while (end < spans.length && spans[end].boundaryKey() == spans[from].boundaryKey()) {
            end++;
        }
        return end;
    }

    private static List<String> labels(Span[] spans, int from, int to) {
        var labels = new ArrayList<String>(to - from);
        for (int i = from; i < to; i++) {
            labels.add(spans[i].label());
        }
        return labels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelConfusion c && c.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "LabelConfusion" + counts;
    }
}
