package org.tawsim.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a label-based writer did with the spans it was given, for the export manifest: flat token formats cannot
 * hold nested or overlapping entities, so some spans are dropped and the caller must be able to say how many.
 *
 * @param written              spans written as entities
 * @param droppedOverlapping   spans inside or across a longer span that was written instead
 * @param droppedWithoutTokens spans that cover only whitespace, so no token
 * @param droppedUnlabelled    spans without a label (coreference mentions read from CoNLL-2012)
 */
public record SpanCounts(int written, int droppedOverlapping, int droppedWithoutTokens, int droppedUnlabelled) {

    public static final SpanCounts NONE = new SpanCounts(0, 0, 0, 0);

    public int dropped() {
        return droppedOverlapping + droppedWithoutTokens + droppedUnlabelled;
    }

    /** The counts as the export manifest names them, in this order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("written", written);
        map.put("droppedNested", droppedOverlapping);
        map.put("droppedWithoutTokens", droppedWithoutTokens);
        map.put("droppedUnlabelled", droppedUnlabelled);
        return map;
    }

    public SpanCounts plus(SpanCounts other) {
        return new SpanCounts(written + other.written, droppedOverlapping + other.droppedOverlapping,
                droppedWithoutTokens + other.droppedWithoutTokens, droppedUnlabelled + other.droppedUnlabelled);
    }
}
