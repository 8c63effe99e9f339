package org.tawsim.agreement.metric;

/**
 * MUC, the link-based coreference score (Vilain et al. 1995, "A model-theoretic coreference scoring
 * scheme", MUC-6): recall = sum_k (|k| - |p(k)|) / sum_k (|k| - 1), where p(k) partitions key entity
 * k by the response entities (a key mention absent from the response is a part of its own);
 * precision swaps key and response. Both numerators equal sum over (k, r) of (|k ∩ r| - 1) for
 * non-empty intersections, which is how the scorer v8.01 {@code MUCScorer} counts "correct" links.
 * Singletons contribute nothing to either side.
 */
public final class Muc {

    private Muc() {
    }

    public static PrecisionRecallCounts counts(CoreferencePartition key, CoreferencePartition response) {
        return counts(EntityOverlap.of(key, response));
    }

    static PrecisionRecallCounts counts(EntityOverlap overlap) {
        long correct = 0;
        for (int e = 0; e < overlap.edges(); e++) {
            correct += overlap.edgeCount[e] - 1;
        }
        long keyLinks = 0;
        for (int size : overlap.keySizes) {
            keyLinks += size - 1;
        }
        long responseLinks = 0;
        for (int size : overlap.responseSizes) {
            responseLinks += size - 1;
        }
        return new PrecisionRecallCounts(correct, keyLinks, correct, responseLinks);
    }
}
