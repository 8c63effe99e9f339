package org.tawsim.annotation.layer.event;

import org.tawsim.annotation.layer.LayerOwner;

/**
 * A change to the spans and chains of one layer, made at a new revision of it: an annotator's layer (the actor's
 * own), or gold, whose events say {@code "layer": "gold"}. {@code resultSpan} and {@code resultChain} are what a
 * retry of the operation is answered with (what it created or restored).
 */
public sealed interface LayerEvent permits SpanEvent, ChainEvent {

    /** The value of {@code layer} in gold's events; annotators' events have none. */
    String GOLD = "gold";

    long revision();

    Long resultSpan();

    Long resultChain();

    String layer();

    default boolean gold() {
        return GOLD.equals(layer());
    }

    /** The {@code layer} field of a layer's events: "gold" for gold, none for an annotator's layer. */
    static String layerOf(LayerOwner owner) {
        return owner.isGold() ? GOLD : null;
    }
}
