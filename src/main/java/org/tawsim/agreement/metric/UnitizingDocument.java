package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-document sufficient statistics of the unitizing alpha ({@link KrippendorffAlphaU}): for
 * every rater and label the unit lengths and the gaps between units, and for every rater pair the
 * observed squared distance sum. Gaps at the two ends of the document are kept apart, because on
 * the concatenated corpus continuum they merge with the neighbouring documents' gaps.
 *
 * <p>Each rater's spans of one label are first made disjoint, as alpha_u requires: Krippendorff
 * (1995, p. 51; 2004, section 12.4) defines it over a continuum that each observer divides into
 * units and gaps, so one observer's units of a category never overlap (DKPro Agreement's
 * {@code UnitizingAnnotationStudy}: "units coded with the same categories by a single rater may not
 * overlap"). Tawsim's rule: the units of an annotator and a label are the union of that annotator's
 * spans with the label. Nested, overlapping and duplicate spans merge into the stretch they cover;
 * spans that merely touch stay two units. Taken as separate units instead, overlapping spans would
 * count the same characters several times in D_e's sums and give meaningless values.
 */
final class UnitizingDocument {

    /** Units of one rater and one label in one document; {@code lengths} is never empty. */
    record RaterUnits(int[] lengths, long sumOfLengthTimesLengthMinusOne, long sumOfCubicTerms, int maxLength,
                      int leadingGap, int[] interiorGaps, int trailingGap) {
    }

    final int length;
    final boolean[] present;
    /** label → per rater (null: no unit of that label) */
    final Map<String, RaterUnits[]> units;
    /** label → [r1][r2] (r1 < r2) sum of squared distances δ² */
    final Map<String, long[][]> observed;

    private UnitizingDocument(int length, boolean[] present, Map<String, RaterUnits[]> units, Map<String, long[][]> observed) {
        this.length = length;
        this.present = present;
        this.units = units;
        this.observed = observed;
    }

    /** @param spansPerRater per rater index its spans, or {@code null} when the rater did not annotate */
    static UnitizingDocument of(int length, List<List<Span>> spansPerRater) {
        int raters = spansPerRater.size();
        boolean[] present = new boolean[raters];
        var disjoint = new TreeMap<String, List<Span>[]>();
        for (int r = 0; r < raters; r++) {
            List<Span> spans = spansPerRater.get(r);
            if (spans == null) {
                continue;
            }
            present[r] = true;
            for (var entry : disjointByLabel(spans).entrySet()) {
                disjoint.computeIfAbsent(entry.getKey(), l -> newArray(raters))[r] = entry.getValue();
            }
        }
        var units = new TreeMap<String, RaterUnits[]>();
        var observed = new TreeMap<String, long[][]>();
        disjoint.forEach((label, perRater) -> {
            RaterUnits[] raterUnits = new RaterUnits[raters];
            long[][] distances = new long[raters][raters];
            for (int r1 = 0; r1 < raters; r1++) {
                if (perRater[r1] != null) {
                    raterUnits[r1] = raterUnits(length, perRater[r1]);
                }
                for (int r2 = r1 + 1; r2 < raters; r2++) {
                    if (present[r1] && present[r2]) {
                        distances[r1][r2] = observedDistance(listOrEmpty(perRater[r1]), listOrEmpty(perRater[r2]));
                    }
                }
            }
            units.put(label, raterUnits);
            observed.put(label, distances);
        });
        return new UnitizingDocument(length, present, Collections.unmodifiableMap(units), Collections.unmodifiableMap(observed));
    }

    /**
     * Sum over the pairs of segments of two raters of Krippendorff's δ² (as DKPro's
     * {@code measureDistance}): two overlapping units give {@code (b1-b2)² + (e1-e2)²}; a unit lying
     * wholly inside the other rater's gap, i.e. overlapping none of their units, gives its length².
     */
    static long observedDistance(List<Span> first, List<Span> second) {
        long sum = 0;
        boolean[] secondMatched = new boolean[second.size()];
        int from = 0;
        for (Span a : first) {
            while (from < second.size() && second.get(from).end() <= a.start()) {
                from++;
            }
            boolean matched = false;
            for (int j = from; j < second.size() && second.get(j).start() < a.end(); j++) {
                Span b = second.get(j);
                long begins = a.start() - b.start();
                long ends = a.end() - b.end();
                sum += begins * begins + ends * ends;
                matched = true;
                secondMatched[j] = true;
            }
            if (!matched) {
                sum += (long) a.length() * a.length();
            }
        }
        for (int j = 0; j < second.size(); j++) {
            if (!secondMatched[j]) {
                sum += (long) second.get(j).length() * second.get(j).length();
            }
        }
        return sum;
    }

    private static RaterUnits raterUnits(int length, List<Span> units) {
        int[] lengths = new int[units.size()];
        long squares = 0;
        long cubics = 0;
        int max = 0;
        var gaps = new ArrayList<Integer>();
        for (int i = 0; i < units.size(); i++) {
            long l = units.get(i).length();
            lengths[i] = (int) l;
            squares += l * (l - 1);
            cubics += l * (l - 1) * (2 * l - 1); // = 2l³ - 3l² + l
            max = Math.max(max, (int) l);
            if (i > 0 && units.get(i).start() > units.get(i - 1).end()) {
                gaps.add(units.get(i).start() - units.get(i - 1).end());
            }
        }
        return new RaterUnits(lengths, squares, cubics, max, units.get(0).start(),
                gaps.stream().mapToInt(Integer::intValue).toArray(), length - units.get(units.size() - 1).end());
    }

    /** Per label, the union of overlapping spans, in document order. */
    private static Map<String, List<Span>> disjointByLabel(List<Span> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Span.DOCUMENT_ORDER);
        var result = new TreeMap<String, List<Span>>();
        for (Span span : sorted) {
            List<Span> list = result.computeIfAbsent(span.label(), l -> new ArrayList<>());
            Span last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && span.start() < last.end()) {
                list.set(list.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), span.label()));
            } else {
                list.add(span);
            }
        }
        return result;
    }

    private static List<Span> listOrEmpty(List<Span> list) {
        return list == null ? List.of() : list;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Span>[] newArray(int size) {
        return new List[size];
    }
}
