package org.tawsim.annotation.layer;

/**
 * Whose layer of a document: an annotator's, or the gold layer the leads curate. The only encoding of gold above
 * the database; how gold is stored is the kernel's business alone.
 */
public sealed interface LayerOwner permits LayerOwner.Annotator, LayerOwner.Gold {

    /** The gold layer. */
    Gold GOLD = new Gold();

    static LayerOwner annotator(long userId) {
        return new Annotator(userId);
    }

    default boolean isGold() {
        return this instanceof Gold;
    }

    /** One annotator's own layer. */
    record Annotator(long id) implements LayerOwner {
    }

    /** The curated layer of a document; there is one per document. */
    record Gold() implements LayerOwner {
    }
}
