package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** Mentions moved between chains of a layer, and chains removed because no mention was left in them. */
public sealed interface ChainEvent extends Event, LayerEvent {

    /** A chain id of -1 is a chain the move created, null takes the span out of its chain. */
    record Move(long spanId, Long chainId) {

        public static final long NEW_CHAIN = -1;
    }

    /** @param resultChain the chain the moves created, if any */
    @JsonTypeName("chain.moved")
    record Moved(List<Move> moves, long revision, Long resultSpan, Long resultChain,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements ChainEvent {
    }

    @JsonTypeName("chain.deleted")
    record Deleted(long id, long revision, Long resultSpan, Long resultChain,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String layer) implements ChainEvent {
    }
}
