package org.tawsim.annotation.layer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A layer as read in a snapshot: its revision (0 before the first change), spans in text order and chains. */
public record LayerContent(LayerKey key, long revision, List<Span> spans, List<Chain> chains) {

    /** The chain of each span that is a mention of one. */
    public Map<Long, Long> chainOfSpan() {
        Map<Long, Long> chainOf = new HashMap<>();
        chains.forEach(chain -> chain.spanIds().forEach(span -> chainOf.put(span, chain.id())));
        return chainOf;
    }
}
