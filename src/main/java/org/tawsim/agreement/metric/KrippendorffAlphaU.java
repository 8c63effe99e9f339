package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's unitizing alpha (alpha_u) over characters, per label and overall (Krippendorff
 * 1995, "On the reliability of unitizing continuous data", Sociological Methodology 25; Krippendorff
 * 2004, Content Analysis, 2nd ed., section 12.4), computed exactly as DKPro Agreement's
 * {@code KrippendorffAlphaUnitizingAgreement} does on one continuum:
 * <pre>
 * D_o(c) = 2 · sum_{r1&lt;r2} sum δ²(segments) / (R L²)
 * D_e(c) = (2/L) · sum_{units g of c} [ (N_c - 1)(2l_g³ - 3l_g² + l_g)/3 + l_g² · sum_{gaps h, l_h ≥ l_g} (l_h - l_g + 1) ]
 *          / (R L (R L - 1) - sum_{units g of c} l_g (l_g - 1))
 * alpha(c) = 1 - D_o(c) / D_e(c);   alpha = 1 - sum_c D_o(c) / sum_c D_e(c)
 * </pre>
 * with R raters, L the continuum length, N_c all raters' units of label c, and gaps the stretches
 * between one rater's units of c (pooled over raters). The overall value is DKPro's ratio of the
 * per-label means, whose 1/|labels| factors cancel.
 *
 * <p>A corpus is one continuum: its documents concatenated in corpus order, so a gap at the end of
 * one document and the start of the next is one gap, exactly as a DKPro study built from the
 * concatenated offsets would see it. Only documents that every compared rater annotated take part.
 *
 * <p>Each rater's spans of one label become disjoint units first (their union, see
 * {@link UnitizingDocument}). alpha_u is then at most 1 (D_o ≥ 0, D_e &gt; 0) but has no lower bound of
 * -1: complete disagreement on a short continuum, or one rater's unit filling it while the other
 * marks nothing (alpha_u = 1 - (3L - 1)/2), go below it because the expected disagreement is small.
 *
 * <p>Departures from DKPro 2.2.x, which returns 0.0 whenever {@code D_o == D_e} (including 0 = 0)
 * and NaN without units: here alpha is {@link Coefficient#undefined()} when the expected
 * disagreement is 0 (no units, no text, or no variation), and 1 - 1 = 0 otherwise.
 */
public final class KrippendorffAlphaU {

    private final long continuumLength;
    private final Map<String, Double> observed;
    private final Map<String, Double> expected;

    private KrippendorffAlphaU(long continuumLength, Map<String, Double> observed, Map<String, Double> expected) {
        this.continuumLength = continuumLength;
        this.observed = Collections.unmodifiableMap(observed);
        this.expected = Collections.unmodifiableMap(expected);
    }

    /** alpha_u of one continuum {@code [0, length)}; {@code unitsPerRater.get(r)} are rater r's spans. */
    public static KrippendorffAlphaU of(int length, List<List<Span>> unitsPerRater) {
        UnitizingDocument document = UnitizingDocument.of(length, unitsPerRater);
        int[] raters = new int[unitsPerRater.size()];
        for (int r = 0; r < raters.length; r++) {
            raters[r] = r;
        }
        return over(List.of(document), raters);
    }

    /** alpha_u of the given raters over the documents all of them annotated, concatenated in order. */
    static KrippendorffAlphaU over(List<UnitizingDocument> documents, int[] raters) {
        List<UnitizingDocument> shared = documents.stream().filter(d -> allPresent(d, raters)).toList();
        long length = shared.stream().mapToLong(d -> d.length).sum();
        var labels = new TreeSet<String>();
        for (UnitizingDocument document : shared) {
            document.units.forEach((label, perRater) -> {
                for (int r : raters) {
                    if (perRater[r] != null) {
                        labels.add(label);
                    }
                }
            });
        }
        var observed = new TreeMap<String, Double>();
        var expected = new TreeMap<String, Double>();
        int count = raters.length;
        if (count >= 2 && length > 0) {
            for (String label : labels) {
                var units = new ArrayList<UnitizingDocument.RaterUnits[]>(shared.size());
                shared.forEach(document -> units.add(unitsOf(document, label, raters)));
                observed.put(label, observedDisagreement(shared, raters, label, length));
                expected.put(label, expectedDisagreement(shared, units, raters.length, length));
            }
        }
        return new KrippendorffAlphaU(length, observed, expected);
    }

    public long continuumLength() {
        return continuumLength;
    }

    /** Labels some compared rater used (on a non-empty continuum with at least two raters). */
    public Set<String> labels() {
        return observed.keySet();
    }

    public Coefficient alpha() {
        double o = 0;
        double e = 0;
        for (String label : observed.keySet()) {
            o += observed.get(label);
            e += expected.get(label);
        }
        return Coefficient.oneMinusRatio(o, e);
    }

    public Coefficient alpha(String label) {
        if (!observed.containsKey(label)) {
            return Coefficient.undefined();
        }
        return Coefficient.oneMinusRatio(observed.get(label), expected.get(label));
    }

    public Map<String, Coefficient> alphaByLabel() {
        var result = new TreeMap<String, Coefficient>();
        observed.keySet().forEach(label -> result.put(label, alpha(label)));
        return Collections.unmodifiableMap(result);
    }

    /** D_o(c); 0 for a label nobody used. */
    public double observedDisagreement(String label) {
        return observed.getOrDefault(label, 0.0);
    }

    /** D_e(c); 0 for a label nobody used. */
    public double expectedDisagreement(String label) {
        return expected.getOrDefault(label, 0.0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KrippendorffAlphaU a && a.continuumLength == continuumLength
                && a.observed.equals(observed) && a.expected.equals(expected);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(continuumLength) ^ observed.hashCode() ^ expected.hashCode();
    }

    @Override
    public String toString() {
        return "KrippendorffAlphaU[L=" + continuumLength + ", alpha=" + alpha() + ", byLabel=" + alphaByLabel() + "]";
    }

    private static double observedDisagreement(List<UnitizingDocument> documents, int[] raters, String label, long length) {
        long sum = 0;
        for (UnitizingDocument document : documents) {
            long[][] distances = document.observed.get(label);
            if (distances == null) {
                continue;
            }
            for (int i = 0; i < raters.length; i++) {
                for (int j = i + 1; j < raters.length; j++) {
                    sum += distances[Math.min(raters[i], raters[j])][Math.max(raters[i], raters[j])];
                }
            }
        }
        double r = raters.length;
        return 2.0 * sum / (r * (r - 1) * ((double) length * length));
    }

    /** @param units per shared document, per compared rater, the units of one label (or null) */
    private static double expectedDisagreement(List<UnitizingDocument> documents, List<UnitizingDocument.RaterUnits[]> units,
                                               int raters, long length) {
        long unitCount = 0;
        long squares = 0;
        long cubics = 0;
        int maxLength = 0;
        for (UnitizingDocument.RaterUnits[] perRater : units) {
            for (UnitizingDocument.RaterUnits raterUnits : perRater) {
                if (raterUnits != null) {
                    unitCount += raterUnits.lengths().length;
                    squares += raterUnits.sumOfLengthTimesLengthMinusOne();
                    cubics += raterUnits.sumOfCubicTerms();
                    maxLength = Math.max(maxLength, raterUnits.maxLength());
                }
            }
        }
        GapWeights weights = GapWeights.of(units, maxLength);
        // walk the concatenated continuum rater by rater; a gap open at a document end carries over
        double crossTerm = 0;
        long[] openGap = new long[raters];
        for (int d = 0; d < documents.size(); d++) {
            UnitizingDocument.RaterUnits[] perRater = units.get(d);
            for (int i = 0; i < raters; i++) {
                UnitizingDocument.RaterUnits raterUnits = perRater[i];
                if (raterUnits == null) {
                    openGap[i] += documents.get(d).length;
                    continue;
                }
                crossTerm += weights.of(openGap[i] + raterUnits.leadingGap());
                for (int gap : raterUnits.interiorGaps()) {
                    crossTerm += weights.of(gap);
                }
                openGap[i] = raterUnits.trailingGap();
            }
        }
        for (long gap : openGap) {
            crossTerm += weights.of(gap);
        }
        double numerator = (unitCount - 1) * (double) cubics / 3.0 + crossTerm;
        double rl = (double) raters * length;
        return (2.0 / length) * numerator / (rl * (rl - 1) - squares);
    }

    private static UnitizingDocument.RaterUnits[] unitsOf(UnitizingDocument document, String label, int[] raters) {
        UnitizingDocument.RaterUnits[] all = document.units.get(label);
        UnitizingDocument.RaterUnits[] result = new UnitizingDocument.RaterUnits[raters.length];
        if (all != null) {
            for (int i = 0; i < raters.length; i++) {
                result[i] = all[raters[i]];
            }
        }
        return result;
    }

    private static boolean allPresent(UnitizingDocument document, int[] raters) {
        for (int r : raters) {
            if (r >= document.present.length || !document.present[r]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code w(h) = sum_{units g, l_g ≤ h} l_g² (h - l_g + 1)}, the weight one gap of length h adds
     * to the expected disagreement. Prefix sums over unit lengths make it O(1) per gap:
     * {@code w(h) = (h + 1) A(h) - B(h)} with {@code A(h) = sum l²}, {@code B(h) = sum l³} over
     * units no longer than h. This avoids sorting the gaps as DKPro does.
     */
    private record GapWeights(double[] squares, double[] cubes) {

        static GapWeights of(List<UnitizingDocument.RaterUnits[]> units, int maxLength) {
            long[] histogram = new long[maxLength + 1];
            for (UnitizingDocument.RaterUnits[] perRater : units) {
                for (UnitizingDocument.RaterUnits raterUnits : perRater) {
                    if (raterUnits != null) {
                        for (int l : raterUnits.lengths()) {
                            histogram[l]++;
                        }
                    }
                }
            }
            double[] squares = new double[maxLength + 1];
            double[] cubes = new double[maxLength + 1];
            double a = 0;
            double b = 0;
            for (int l = 0; l <= maxLength; l++) {
                a += (double) histogram[l] * l * l;
                b += (double) histogram[l] * l * l * l;
                squares[l] = a;
                cubes[l] = b;
            }
            return new GapWeights(squares, cubes);
        }

        double of(long gap) {
            if (gap <= 0) {
                return 0;
            }
            int index = (int) Math.min(gap, squares.length - 1);
            return (gap + 1) * squares[index] - cubes[index];
        }
    }
}
