package org.tawsim.agreement.metric;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cohen's kappa for two raters over nominal items (Cohen 1960, "A coefficient of agreement for
 * nominal scales", Educational and Psychological Measurement 20(1)):
 * {@code kappa = (p_o - p_e) / (1 - p_e)} with {@code p_e = sum_k (a_k / N) (b_k / N)}, where a_k
 * and b_k are the two raters' marginal counts of category k.
 *
 * <p>The sufficient statistics are the item count, the agreement count and both marginals, all
 * integers, so sums over documents are exact. Kappa is computed as
 * {@code (N·agreements - sum a_k b_k) / (N² - sum a_k b_k)}, which is the same ratio scaled by N²,
 * and is undefined when {@code N² = sum a_k b_k} (both raters used one and the same category
 * throughout) or there are no items.
 */
public final class CohenKappa {

    public static final CohenKappa EMPTY = new CohenKappa(0, 0, Map.of(), Map.of());

    private final long items;
    private final long agreements;
    private final Map<String, Long> keyMarginals;
    private final Map<String, Long> responseMarginals;

    private CohenKappa(long items, long agreements, Map<String, Long> keyMarginals, Map<String, Long> responseMarginals) {
        this.items = items;
        this.agreements = agreements;
        this.keyMarginals = Collections.unmodifiableMap(new TreeMap<>(keyMarginals));
        this.responseMarginals = Collections.unmodifiableMap(new TreeMap<>(responseMarginals));
    }

    /** Item i was rated {@code key.get(i)} by one rater and {@code response.get(i)} by the other. */
    public static CohenKappa of(List<String> key, List<String> response) {
        return of(key.toArray(String[]::new), response.toArray(String[]::new));
    }

    static CohenKappa of(String[] key, String[] response) {
        if (key.length != response.length) {
            throw new IllegalArgumentException("both raters must rate the same items");
        }
        var keyMarginals = new HashMap<String, long[]>();
        var responseMarginals = new HashMap<String, long[]>();
        long agreements = 0;
        for (int i = 0; i < key.length; i++) {
            keyMarginals.computeIfAbsent(key[i], k -> new long[1])[0]++;
            responseMarginals.computeIfAbsent(response[i], k -> new long[1])[0]++;
            if (key[i].equals(response[i])) {
                agreements++;
            }
        }
        return new CohenKappa(key.length, agreements, unbox(keyMarginals), unbox(responseMarginals));
    }

    static Map<String, Long> unbox(Map<String, long[]> counts) {
        var result = new TreeMap<String, Long>();
        counts.forEach((category, count) -> result.put(category, count[0]));
        return result;
    }

    public static CohenKappa sum(Collection<CohenKappa> parts) {
        long items = 0;
        long agreements = 0;
        var keyMarginals = new HashMap<String, long[]>();
        var responseMarginals = new HashMap<String, long[]>();
        for (CohenKappa part : parts) {
            items += part.items;
            agreements += part.agreements;
            addAll(keyMarginals, part.keyMarginals);
            addAll(responseMarginals, part.responseMarginals);
        }
        return new CohenKappa(items, agreements, unbox(keyMarginals), unbox(responseMarginals));
    }

    static void addAll(Map<String, long[]> sums, Map<String, Long> counts) {
        counts.forEach((category, count) -> sums.computeIfAbsent(category, c -> new long[1])[0] += count);
    }

    public long items() {
        return items;
    }

    public long agreements() {
        return agreements;
    }

    /** Share of items both raters put in the same category; undefined without items. */
    public Coefficient observedAgreement() {
        return items == 0 ? Coefficient.undefined() : Coefficient.of((double) agreements / items);
    }

    public Coefficient expectedAgreement() {
        return items == 0 ? Coefficient.undefined() : Coefficient.of((double) chanceAgreements() / ((double) items * items));
    }

    public Coefficient kappa() {
        long expected = chanceAgreements();
        long denominator = items * items - expected;
        if (items == 0 || denominator == 0) {
            return Coefficient.undefined();
        }
        return Coefficient.of((double) (items * agreements - expected) / denominator);
    }

    /** {@code sum_k a_k b_k}: N² times the chance agreement. */
    private long chanceAgreements() {
        long sum = 0;
        for (var entry : keyMarginals.entrySet()) {
            sum += entry.getValue() * responseMarginals.getOrDefault(entry.getKey(), 0L);
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohenKappa c && c.items == items && c.agreements == agreements
                && c.keyMarginals.equals(keyMarginals) && c.responseMarginals.equals(responseMarginals);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(items * 31 + agreements) ^ keyMarginals.hashCode() ^ responseMarginals.hashCode();
    }

    @Override
    public String toString() {
        return "CohenKappa[items=" + items + ", agreements=" + agreements + ", kappa=" + kappa() + "]";
    }
}
