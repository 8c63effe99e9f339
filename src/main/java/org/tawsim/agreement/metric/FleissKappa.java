package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fleiss' kappa for a fixed number n ≥ 2 of raters per item (Fleiss 1971, "Measuring nominal scale
 * agreement among many raters", Psychological Bulletin 76(5)):
 * {@code P_i = (sum_j n_ij² - n) / (n (n - 1))}, {@code P̄ = mean P_i},
 * {@code p_j = sum_i n_ij / (N n)}, {@code P̄_e = sum_j p_j²}, {@code kappa = (P̄ - P̄_e) / (1 - P̄_e)}.
 *
 * <p>Fleiss requires every item rated by the same number of raters. Items rated by fewer are not
 * admitted here; the report feeds Fleiss only the documents every selected annotator annotated and
 * leaves missing data to {@link KrippendorffAlpha}. Sufficient statistics: N, n, {@code sum_i sum_j
 * n_ij²} and the category totals. Undefined without items or when all ratings fall in one category.
 */
public final class FleissKappa {

    public static final FleissKappa EMPTY = new FleissKappa(0, 0, 0, Map.of());

    private final long items;
    private final int raters;
    private final long sumOfSquares;
    private final Map<String, Long> categoryTotals;

    private FleissKappa(long items, int raters, long sumOfSquares, Map<String, Long> categoryTotals) {
        this.items = items;
        this.raters = raters;
        this.sumOfSquares = sumOfSquares;
        this.categoryTotals = Collections.unmodifiableMap(new TreeMap<>(categoryTotals));
    }

    /** Each inner list holds the n ratings of one item; n must be the same for every item. */
    public static FleissKappa ofRatings(List<List<String>> ratingsPerItem) {
        var tally = new Tally();
        ratingsPerItem.forEach(ratings -> tally.add(ratings.toArray(String[]::new)));
        return tally.result();
    }

    /** Each map holds, for one item, how many raters chose each category (the n_ij of Fleiss 1971). */
    public static FleissKappa ofCounts(List<Map<String, Integer>> countsPerItem) {
        long items = 0;
        int raters = 0;
        long squares = 0;
        var totals = new TreeMap<String, Long>();
        for (Map<String, Integer> counts : countsPerItem) {
            int n = counts.values().stream().mapToInt(Integer::intValue).sum();
            raters = requireSameRaters(items, raters, n);
            items++;
            for (var entry : counts.entrySet()) {
                squares += (long) entry.getValue() * entry.getValue();
                totals.merge(entry.getKey(), (long) entry.getValue(), Long::sum);
            }
        }
        return new FleissKappa(items, raters, squares, totals);
    }

    public static FleissKappa sum(Collection<FleissKappa> parts) {
        long items = 0;
        int raters = 0;
        long squares = 0;
        var totals = new HashMap<String, long[]>();
        for (FleissKappa part : parts) {
            if (part.items == 0) {
                continue;
            }
            raters = requireSameRaters(items, raters, part.raters);
            items += part.items;
            squares += part.sumOfSquares;
            CohenKappa.addAll(totals, part.categoryTotals);
        }
        return new FleissKappa(items, raters, squares, CohenKappa.unbox(totals));
    }

    public long items() {
        return items;
    }

    public int raters() {
        return raters;
    }

    /** P̄, the mean agreement per item. */
    public Coefficient observedAgreement() {
        if (items == 0 || raters < 2) {
            return Coefficient.undefined();
        }
        double nn = (double) items * raters;
        return Coefficient.of((sumOfSquares - nn) / (nn * (raters - 1)));
    }

    public Coefficient kappa() {
        if (items == 0 || raters < 2) {
            return Coefficient.undefined();
        }
        long ratings = items * raters;
        long totalsSquared = 0;
        for (long total : categoryTotals.values()) {
            totalsSquared += total * total;
        }
        if (totalsSquared == ratings * ratings) {
            return Coefficient.undefined();
        }
        double expected = totalsSquared / ((double) ratings * ratings);
        double observed = observedAgreement().value();
        return Coefficient.of((observed - expected) / (1 - expected));
    }

    private static int requireSameRaters(long itemsSoFar, int ratersSoFar, int raters) {
        if (itemsSoFar > 0 && raters != ratersSoFar) {
            throw new IllegalArgumentException("Fleiss' kappa needs the same number of raters per item: "
                    + ratersSoFar + " vs " + raters);
        }
        return raters;
    }

    /** Accumulates items one at a time. */
    static final class Tally {
        private long items;
        private int raters;
        private long sumOfSquares;
        private final Map<String, long[]> totals = new HashMap<>();

        void add(String[] ratings) {
            raters = requireSameRaters(items, raters, ratings.length);
            items++;
            // sum_j n_ij² = for each rating, the number of ratings equal to it
            for (String rating : ratings) {
                for (String other : ratings) {
                    if (rating.equals(other)) {
                        sumOfSquares++;
                    }
                }
                totals.computeIfAbsent(rating, r -> new long[1])[0]++;
            }
        }

        FleissKappa result() {
            return new FleissKappa(items, raters, sumOfSquares, CohenKappa.unbox(totals));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FleissKappa f && f.items == items && f.raters == raters
                && f.sumOfSquares == sumOfSquares && f.categoryTotals.equals(categoryTotals);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(items * 31 + sumOfSquares) ^ raters ^ categoryTotals.hashCode();
    }

    @Override
    public String toString() {
        return "FleissKappa[items=" + items + ", raters=" + raters + ", kappa=" + kappa() + "]";
    }
}
