package org.tawsim.annotation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One change an annotator makes. Every operation has an exact inverse expressible as another operation,
 * which is how the editor undoes and redoes (a deleted span comes back under its old id).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Operation.CreateSpan.class, name = "create_span"),
        @JsonSubTypes.Type(value = Operation.UpdateSpan.class, name = "update_span"),
        @JsonSubTypes.Type(value = Operation.DeleteSpan.class, name = "delete_span"),
        @JsonSubTypes.Type(value = Operation.RestoreSpan.class, name = "restore_span"),
        @JsonSubTypes.Type(value = Operation.MoveMentions.class, name = "move_mentions")})
public sealed interface Operation {

    /** A new span; the answer carries its id. */
    record CreateSpan(int start, int end, String label) implements Operation {
    }

    /** New boundaries and/or label for an existing span. */
    record UpdateSpan(long id, int start, int end, String label) implements Operation {
    }

    /** Removes a span (and its place in a chain). */
    record DeleteSpan(long id) implements Operation {
    }

    /** Brings back a span this layer deleted, under the same id, optionally into a chain. */
    record RestoreSpan(long id, int start, int end, String label, Long chainId) implements Operation {
    }

    /**
     * Puts mentions into chains: chain null takes a span out of its chain, {@link #NEW_CHAIN} puts it into
     * one chain created for this operation, any other id names an existing chain (or one this layer had).
     * Linking, merging, splitting and removing mentions are all such moves; empty chains disappear.
     */
    record MoveMentions(List<Move> moves) implements Operation {
        public static final long NEW_CHAIN = -1;

        public record Move(long spanId, Long chainId) {
        }
    }
}
