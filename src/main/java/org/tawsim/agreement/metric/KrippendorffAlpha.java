package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for nominal data with any number of raters and missing values
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C; also Krippendorff,
 * Content Analysis, 2004, ch. 11):
 * {@code alpha = 1 - (n - 1) * sum_{c≠k} o_ck / sum_{c≠k} n_c n_k}, with the coincidence matrix
 * {@code o_ck = sum_u (number of c-k pairs of values in unit u) / (m_u - 1)}.
 *
 * <p>Units with fewer than two values are unpairable and dropped, as the paper prescribes. For the
 * nominal metric only the diagonal matters: {@code sum_{c≠k} o_ck = n - sum_c o_cc} and
 * {@code sum_{c≠k} n_c n_k = n² - sum_c n_c²}. The sufficient statistics are therefore integers:
 * the value counts n_c and, per unit size m, {@code S_m = sum_u sum_c n_uc (n_uc - 1)}, so that
 * {@code sum_c o_cc = sum_m S_m / (m - 1)}. Undefined without pairable values or when every value
 * is the same category.
 */
public final class KrippendorffAlpha {

    public static final KrippendorffAlpha EMPTY = new KrippendorffAlpha(Map.of(), Map.of());

    private final Map<String, Long> valueCounts;
    private final Map<Integer, Long> matchingPairsByUnitSize;

    private KrippendorffAlpha(Map<String, Long> valueCounts, Map<Integer, Long> matchingPairsByUnitSize) {
        this.valueCounts = Collections.unmodifiableMap(new TreeMap<>(valueCounts));
        this.matchingPairsByUnitSize = Collections.unmodifiableMap(new TreeMap<>(matchingPairsByUnitSize));
    }

    /** Each inner list holds the values raters gave one unit; {@code null} marks a missing value. */
    public static KrippendorffAlpha of(List<List<String>> units) {
        var tally = new Tally();
        units.forEach(unit -> tally.add(unit.toArray(String[]::new)));
        return tally.result();
    }

    public static KrippendorffAlpha sum(Collection<KrippendorffAlpha> parts) {
        var values = new HashMap<String, long[]>();
        var pairs = new TreeMap<Integer, Long>();
        for (KrippendorffAlpha part : parts) {
            CohenKappa.addAll(values, part.valueCounts);
            part.matchingPairsByUnitSize.forEach((m, n) -> pairs.merge(m, n, Long::sum));
        }
        return new KrippendorffAlpha(CohenKappa.unbox(values), pairs);
    }

    /** n, the number of pairable values. */
    public long pairableValues() {
        return valueCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Coefficient alpha() {
        long n = pairableValues();
        long sumOfSquares = 0;
        for (long count : valueCounts.values()) {
            sumOfSquares += count * count;
        }
        long expected = n * n - sumOfSquares;
        if (n == 0 || expected == 0) {
            return Coefficient.undefined();
        }
        double diagonal = 0;
        for (var entry : matchingPairsByUnitSize.entrySet()) {
            diagonal += (double) entry.getValue() / (entry.getKey() - 1);
        }
        return Coefficient.of(1.0 - (n - 1) * (n - diagonal) / expected);
    }

    /** Accumulates units one at a time. */
    static final class Tally {
        private final Map<String, long[]> values = new HashMap<>();
        private final long[] pairs = new long[64];
        private final Map<Integer, Long> pairsOfLargeUnits = new HashMap<>();

        void add(String[] unit) {
            int m = 0;
            for (String value : unit) {
                if (value != null) {
                    m++;
                }
            }
            if (m < 2) {
                return;
            }
            long matching = 0;
            for (String value : unit) {
                if (value == null) {
                    continue;
                }
                values.computeIfAbsent(value, v -> new long[1])[0]++;
                for (String other : unit) {
                    if (Objects.equals(value, other)) {
                        matching++;
                    }
                }
                matching--; // a value is not paired with itself
            }
            if (m < pairs.length) {
                pairs[m] += matching;
            } else {
                pairsOfLargeUnits.merge(m, matching, Long::sum);
            }
        }

        KrippendorffAlpha result() {
            var bySize = new TreeMap<>(pairsOfLargeUnits);
            for (int m = 2; m < pairs.length; m++) {
                if (pairs[m] != 0) {
                    bySize.put(m, pairs[m]);
                }
            }
            return new KrippendorffAlpha(CohenKappa.unbox(values), bySize);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KrippendorffAlpha a && a.valueCounts.equals(valueCounts)
                && a.matchingPairsByUnitSize.equals(matchingPairsByUnitSize);
    }

    @Override
    public int hashCode() {
        return valueCounts.hashCode() * 31 + matchingPairsByUnitSize.hashCode();
    }

    @Override
    public String toString() {
        return "KrippendorffAlpha[n=" + pairableValues() + ", alpha=" + alpha() + "]";
    }
}
