package org.tawsim.annotation.layer;

/** How an owner is stored: gold is the row without an annotator. Used by the kernel's repositories only. */
final class Owners {

    private Owners() {
    }

    /** The annotator_id column's value for this owner: null for gold. */
    static Long column(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator annotator ? annotator.id() : null;
    }

    static LayerOwner of(Long annotatorColumn) {
        return annotatorColumn == null ? LayerOwner.GOLD : LayerOwner.annotator(annotatorColumn);
    }

    static LayerKey key(long documentId, Long annotatorColumn) {
        return new LayerKey(documentId, of(annotatorColumn));
    }
}
