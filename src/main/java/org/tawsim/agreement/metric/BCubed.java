package org.tawsim.agreement.metric;

/**
 * B³, the mention-based coreference score (Bagga and Baldwin 1998, "Algorithms for scoring
 * coreference chains", LREC workshop), in the form the scorer v8.01 {@code BCUBED} uses for
 * predicted mentions (Pradhan et al. 2014): recall numerator = sum over (k, r) of |k ∩ r|² / |k|
 * over the number of key mentions, precision numerator = sum |k ∩ r|² / |r| over the number of
 * response mentions. A mention the other side lacks adds to a denominator only.
 */
public final class BCubed {

    private BCubed() {
    }

    public static PrecisionRecallCounts counts(CoreferencePartition key, CoreferencePartition response) {
        return counts(EntityOverlap.of(key, response));
    }

    static PrecisionRecallCounts counts(EntityOverlap overlap) {
        double recall = 0;
        double precision = 0;
        for (int e = 0; e < overlap.edges(); e++) {
            double shared = overlap.edgeCount[e];
            recall += shared * shared / overlap.keySizes[overlap.edgeKey[e]];
            precision += shared * shared / overlap.responseSizes[overlap.edgeResponse[e]];
        }
        return new PrecisionRecallCounts(recall, overlap.keyMentions(), precision, overlap.responseMentions());
    }
}
