package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
        Map<Long, TreeSet<String>> keyLabels = labelsByBoundary(key);
        Map<Long, TreeSet<String>> responseLabels = labelsByBoundary(response);
        var counts = new TreeMap<String, Map<String, Long>>();
        keyLabels.forEach((boundary, k) -> {
            TreeSet<String> r = responseLabels.get(boundary);
            if (r == null) {
                return;
            }
            var onlyKey = new TreeSet<>(k);
            onlyKey.removeAll(r);
            var onlyResponse = new TreeSet<>(r);
            onlyResponse.removeAll(k);
            for (String label : k) {
                if (r.contains(label)) {
                    add(counts, label, label, 1);
                }
            }
            for (String kl : onlyKey) {
                for (String rl : onlyResponse) {
                    add(counts, kl, rl, 1);
                }
            }
        });
        return new LabelConfusion(counts);
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

    private static Map<Long, TreeSet<String>> labelsByBoundary(Collection<Span> spans) {
        var result = new HashMap<Long, TreeSet<String>>();
        for (Span span : spans) {
            result.computeIfAbsent(span.boundaryKey(), b -> new TreeSet<>()).add(span.label());
        }
        return result;
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
