package org.tawsim.agreement.metric;

import java.util.Collection;

/**
 * All coreference scores of a response annotator against a key annotator, as sufficient statistics
 * summed over documents the way the CoNLL-2012 reference scorer v8.01 sums them (numerators and
 * denominators first, then P/R/F). Mentions match by exact boundaries.
 *
 * <p>The CoNLL score is the mean of the MUC, B³ and CEAF-e F1 (Pradhan et al. 2012, "CoNLL-2012
 * shared task", following Denis and Baldridge 2009). Mention identification counts exact boundary
 * matches, like the scorer's "Identification of Mentions" line.
 */
public record CoreferenceScores(PrecisionRecallCounts mentions, PrecisionRecallCounts muc,
                                PrecisionRecallCounts bCubed, PrecisionRecallCounts ceafE, Blanc blanc) {

    public static final CoreferenceScores ZERO = new CoreferenceScores(PrecisionRecallCounts.ZERO,
            PrecisionRecallCounts.ZERO, PrecisionRecallCounts.ZERO, PrecisionRecallCounts.ZERO, Blanc.ZERO);

    public static CoreferenceScores compare(CoreferencePartition key, CoreferencePartition response) {
        EntityOverlap overlap = EntityOverlap.of(key, response);
        long shared = 0;
        for (int count : overlap.edgeCount) {
            shared += count;
        }
        var mentions = new PrecisionRecallCounts(shared, key.mentionCount(), shared, response.mentionCount());
        return new CoreferenceScores(mentions, Muc.counts(overlap), BCubed.counts(overlap), CeafE.counts(overlap),
                Blanc.counts(overlap));
    }

    public static CoreferenceScores sum(Collection<CoreferenceScores> parts) {
        CoreferenceScores total = ZERO;
        for (CoreferenceScores part : parts) {
            total = total.plus(part);
        }
        return total;
    }

    public CoreferenceScores plus(CoreferenceScores other) {
        return new CoreferenceScores(mentions.plus(other.mentions), muc.plus(other.muc), bCubed.plus(other.bCubed),
                ceafE.plus(other.ceafE), blanc.plus(other.blanc));
    }

    /** (MUC F1 + B³ F1 + CEAF-e F1) / 3. */
    public double conllF1() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }
}
