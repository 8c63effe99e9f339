package org.tawsim.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the spans a flat format (one tag per token) can hold: of overlapping or nested spans it keeps the
 * outermost, i.e. the longest in code points, and on a tie the one that starts first (then the lower id, so the
 * choice never depends on input order). {@code مدينة جاسم} is kept and the {@code جاسم} inside it dropped.
 */
final class OutermostSpans {

    private static final Comparator<SpanOnTokens> OUTERMOST_FIRST = Comparator
            .comparingInt((SpanOnTokens p) -> -(p.span().end() - p.span().start()))
            .thenComparingInt(p -> p.span().start())
            .thenComparingLong(p -> p.span().id());

    private OutermostSpans() {
    }

    /** @return the kept spans, in token order; the dropped ones are those of candidates not returned */
    static List<SpanOnTokens> select(List<SpanOnTokens> candidates) {
        List<SpanOnTokens> byPreference = new ArrayList<>(candidates);
        byPreference.sort(OUTERMOST_FIRST);
        TreeMap<Integer, SpanOnTokens> kept = new TreeMap<>();
        for (SpanOnTokens candidate : byPreference) {
            TokenIndices range = candidate.tokens();
            Map.Entry<Integer, SpanOnTokens> before = kept.floorEntry(range.first());
            Map.Entry<Integer, SpanOnTokens> after = kept.ceilingEntry(range.first());
            boolean overlaps = (before != null && before.getValue().tokens().overlaps(range))
                    || (after != null && after.getValue().tokens().overlaps(range));
            if (!overlaps) {
                kept.put(range.first(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
