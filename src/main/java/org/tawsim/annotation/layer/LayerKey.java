package org.tawsim.annotation.layer;

/** One layer: a document and its owner. */
public record LayerKey(long documentId, LayerOwner owner) {

    public static LayerKey gold(long documentId) {
        return new LayerKey(documentId, LayerOwner.GOLD);
    }

    public static LayerKey annotator(long documentId, long annotatorId) {
        return new LayerKey(documentId, LayerOwner.annotator(annotatorId));
    }
}
