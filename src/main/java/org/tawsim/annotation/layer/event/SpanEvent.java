package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** A span of a layer created, changed, deleted or brought back (undo of a delete). */
public sealed interface SpanEvent extends Event, LayerEvent {

    long id();

    /** A span as events keep it: its id, offsets in code points (end exclusive) and label. */
    record Value(long id, int start, int end, String label) {
    }

    @JsonTypeName("span.created")
    record Created(long id, int start, int end, String label, long revision, Long resultSpan, Long resultChain,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements SpanEvent {
    }

    @JsonTypeName("span.updated")
    record Updated(long id, Value before, Value after, long revision, Long resultSpan, Long resultChain,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements SpanEvent {
    }

    /** @param chain the chain the span was a mention of, if any */
    @JsonTypeName("span.deleted")
    record Deleted(long id, Value span, Long chain, long revision, Long resultSpan, Long resultChain,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements SpanEvent {
    }

    /** @param chain the chain the span went back into, if any */
    @JsonTypeName("span.restored")
    record Restored(long id, Value span, Long chain, long revision, Long resultSpan, Long resultChain,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements SpanEvent {
    }
}
