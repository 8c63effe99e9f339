package org.tawsim.agreement.metric;

/**
 * BLANC, the Rand-index based coreference score (Recasens and Hovy 2011, "BLANC: Implementing the
 * Rand index for coreference evaluation", Natural Language Engineering 17(4)), extended to predicted
 * mentions as in Luo, Pradhan, Recasens and Hovy 2014 ("An extension of BLANC to system mentions",
 * ACL) and the CoNLL-2012 reference scorer v8.01.
 *
 * <p>Coreference links are the mention pairs inside one entity, non-coreference links the pairs in
 * two different entities, each side over its own mentions. The six link counts are summed over
 * documents; the final score then follows the scorer's {@code ScoreBLANC}: with R_c, P_c, F_c over
 * coreference links and R_n, P_n, F_n over non-coreference links, BLANC = the means of the two; when
 * the key has no coreference link only the non-coreference part counts, and vice versa; with
 * neither, everything is 0.
 *
 * <p>Counting uses |C_k ∩ C_r| = sum C(|k ∩ r|, 2) and, over the mentions M both sides share,
 * |N_k ∩ N_r| = C(|M|, 2) - sum_k C(|k ∩ M|, 2) - sum_r C(|r ∩ M|, 2) + |C_k ∩ C_r|, so no
 * mention pair is ever enumerated.
 */
public record Blanc(long correctCoreferenceLinks, long keyCoreferenceLinks, long responseCoreferenceLinks,
                    long correctNonCoreferenceLinks, long keyNonCoreferenceLinks, long responseNonCoreferenceLinks) {

    public static final Blanc ZERO = new Blanc(0, 0, 0, 0, 0, 0);

    public static Blanc counts(CoreferencePartition key, CoreferencePartition response) {
        return counts(EntityOverlap.of(key, response));
    }

    static Blanc counts(EntityOverlap overlap) {
        long keyCoreference = 0;
        for (int size : overlap.keySizes) {
            keyCoreference += pairs(size);
        }
        long responseCoreference = 0;
        for (int size : overlap.responseSizes) {
            responseCoreference += pairs(size);
        }
        long correctCoreference = 0;
        long shared = 0;
        long[] sharedPerKey = new long[overlap.keySizes.length];
        long[] sharedPerResponse = new long[overlap.responseSizes.length];
        for (int e = 0; e < overlap.edges(); e++) {
            int count = overlap.edgeCount[e];
            correctCoreference += pairs(count);
            shared += count;
            sharedPerKey[overlap.edgeKey[e]] += count;
            sharedPerResponse[overlap.edgeResponse[e]] += count;
        }
        long correctNonCoreference = pairs(shared) + correctCoreference;
        for (long count : sharedPerKey) {
            correctNonCoreference -= pairs(count);
        }
        for (long count : sharedPerResponse) {
            correctNonCoreference -= pairs(count);
        }
        return new Blanc(correctCoreference, keyCoreference, responseCoreference, correctNonCoreference,
                pairs(overlap.keyMentions()) - keyCoreference, pairs(overlap.responseMentions()) - responseCoreference);
    }

    public Blanc plus(Blanc other) {
        return new Blanc(correctCoreferenceLinks + other.correctCoreferenceLinks,
                keyCoreferenceLinks + other.keyCoreferenceLinks,
                responseCoreferenceLinks + other.responseCoreferenceLinks,
                correctNonCoreferenceLinks + other.correctNonCoreferenceLinks,
                keyNonCoreferenceLinks + other.keyNonCoreferenceLinks,
                responseNonCoreferenceLinks + other.responseNonCoreferenceLinks);
    }

    public PrecisionRecallCounts coreferenceLinks() {
        return new PrecisionRecallCounts(correctCoreferenceLinks, keyCoreferenceLinks, correctCoreferenceLinks, responseCoreferenceLinks);
    }

    public PrecisionRecallCounts nonCoreferenceLinks() {
        return new PrecisionRecallCounts(correctNonCoreferenceLinks, keyNonCoreferenceLinks, correctNonCoreferenceLinks,
                responseNonCoreferenceLinks);
    }

    public double recall() {
        return combine(coreferenceLinks().recall(), nonCoreferenceLinks().recall());
    }

    public double precision() {
        return combine(coreferenceLinks().precision(), nonCoreferenceLinks().precision());
    }

    public double f1() {
        return combine(coreferenceLinks().f1(), nonCoreferenceLinks().f1());
    }

    /** The scorer's choice of parts: only the kinds of link the key has count. */
    private double combine(double coreference, double nonCoreference) {
        if (keyCoreferenceLinks == 0 && keyNonCoreferenceLinks == 0) {
            return 0.0;
        }
        if (keyCoreferenceLinks == 0) {
            return nonCoreference;
        }
        if (keyNonCoreferenceLinks == 0) {
            return coreference;
        }
        return (coreference + nonCoreference) / 2;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
