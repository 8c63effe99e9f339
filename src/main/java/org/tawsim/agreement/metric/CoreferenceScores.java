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
        double[][] counts = new double[4][4];
        long[] links = new long[6];
        for (CoreferenceScores part : parts) {
            add(counts[0], part.mentions);
            add(counts[1], part.muc);
            add(counts[2], part.bCubed);
            add(counts[3], part.ceafE);
            Blanc b = part.blanc;
            links[0] += b.correctCoreferenceLinks();
            links[1] += b.keyCoreferenceLinks();
            links[2] += b.responseCoreferenceLinks();
            links[3] += b.correctNonCoreferenceLinks();
            links[4] += b.keyNonCoreferenceLinks();
            links[5] += b.responseNonCoreferenceLinks();
        }
        return new CoreferenceScores(counts(counts[0]), counts(counts[1]), counts(counts[2]), counts(counts[3]),
                new Blanc(links[0], links[1], links[2], links[3], links[4], links[5]));
    }

    private static void add(double[] sum, PrecisionRecallCounts counts) {
        sum[0] += counts.recallNumerator();
        sum[1] += counts.recallDenominator();
        sum[2] += counts.precisionNumerator();
        sum[3] += counts.precisionDenominator();
    }

    private static PrecisionRecallCounts counts(double[] sum) {
        return new PrecisionRecallCounts(sum[0], sum[1], sum[2], sum[3]);
    }

    public CoreferenceScores plus(CoreferenceScores other) {
        return new CoreferenceScores(mentions.plus(other.mentions), muc.plus(other.muc), bCubed.plus(other.bCubed),
                ceafE.plus(other.ceafE), blanc.plus(other.blanc));
    }

    /** (MUC F1 + B³ F1 + CEAF-e F1) / 3; 0 without any mention, as the reference scorer prints it. */
    public double conllF1() {
        return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
    }

    /**
     * The CoNLL F1, or undefined when neither side has a mention: with no entity at all there is nothing to
     * agree or disagree on, like span F1 without spans (the scorer's 0 would read as total disagreement).
     */
    public Coefficient conllF1OrUndefined() {
        return mentions.isEmpty() ? Coefficient.undefined() : Coefficient.of(conllF1());
    }
}
