package org.tawsim.format;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the CoNLL-2012 writer did with a document's spans, for the export manifest.
 *
 * @param written                mentions written in the coreference column
 * @param droppedDuplicate       spans over exactly the tokens of an earlier mention (the scorer would count a
 *                               repeated mention)
 * @param droppedCrossing        spans that cross another mention of the same chain: bracket notation can only
 *                               nest or separate mentions of one entity
 * @param droppedWithoutTokens   spans that cover only whitespace
 * @param singletonsOmitted      one-mention entities left out because singletons were excluded
 * @param namedEntitiesDropped   labelled spans left out of the named-entity column because a longer one
 *                               overlaps them (they still appear as mentions)
 */
public record MentionCounts(int written, int droppedDuplicate, int droppedCrossing, int droppedWithoutTokens,
                            int singletonsOmitted, int namedEntitiesDropped) {

    public static final MentionCounts NONE = new MentionCounts(0, 0, 0, 0, 0, 0);

    /** The counts as the export manifest names them, in this order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("written", written);
        map.put("droppedDuplicate", droppedDuplicate);
        map.put("droppedCrossing", droppedCrossing);
        map.put("droppedWithoutTokens", droppedWithoutTokens);
        map.put("singletonsOmitted", singletonsOmitted);
        map.put("namedEntitiesDropped", namedEntitiesDropped);
        return map;
    }

    public MentionCounts plus(MentionCounts other) {
        return new MentionCounts(written + other.written, droppedDuplicate + other.droppedDuplicate,
                droppedCrossing + other.droppedCrossing, droppedWithoutTokens + other.droppedWithoutTokens,
                singletonsOmitted + other.singletonsOmitted, namedEntitiesDropped + other.namedEntitiesDropped);
    }
}
