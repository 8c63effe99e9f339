package org.tawsim.agreement;

/**
 * One annotator against the gold layer, over the curated documents assigned to them: gold is the reference
 * (recall is measured against it). conllF1 is the CoNLL-2012 average of MUC, B³ and CEAF-e F1
 * (null without any mention on either side).
 */
public record GoldAgreement(String annotator, int documents, AgreementSummary.Prf exact, Double conllF1) {
}
