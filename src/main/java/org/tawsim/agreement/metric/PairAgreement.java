package org.tawsim.agreement.metric;

/**
 * Agreement of one pair of annotators over some documents. {@code pair.key()} is the reference for
 * the directional figures (span and coreference precision/recall); kappa and alpha_u are symmetric.
 *
 * @param documents how many documents both annotators annotated
 */
public record PairAgreement(AnnotatorPair pair, int documents, SpanF1 spans, LabelConfusion labelConfusion,
                            CohenKappa cohenKappa, KrippendorffAlphaU alphaU, CoreferenceScores coreference) {
}
