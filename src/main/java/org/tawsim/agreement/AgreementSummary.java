package org.tawsim.agreement;

import java.util.List;
import java.util.Map;

/**
 * An agreement report in plain numbers, for the dashboard and the HTTP API. A null figure means
 * "undefined" (e.g. kappa with no variation, F1 or CoNLL F1 without any span), never a silent 0 or NaN.
 *
 * @param scope      the {@link AgreementScope} key the documents were chosen by ({@code done}, {@code started}, {@code all})
 * @param documents  how many documents are in scope (and in the document filter): the report's documents
 * @param outOfScope documents assigned to a compared annotator (and in the document filter) left out by the scope
 */
public record AgreementSummary(long projectId, List<String> annotators, String scope, int documents, int outOfScope,
                               Group group, List<Pair> pairs,
                               List<LabelFigures> labels, List<DocumentFigures> perDocument,
                               Map<String, Map<String, Long>> labelConfusion) {

    /** Coefficients over all selected annotators. */
    public record Group(Double fleissKappa, Double tokenAlpha, Double alphaU) {
    }

    /** Precision, recall and F1; each null when there was nothing to measure it on. */
    public record Prf(Double precision, Double recall, Double f1) {
    }

    /** One pair; the first annotator is the reference for precision/recall. */
    public record Pair(String key, String response, int documents, Prf exact, Prf relaxed, Double cohenKappa, Double alphaU,
                       Prf muc, Prf bCubed, Prf ceafE, Prf blanc, Double conllF1) {
    }

    /** Span F1 pooled over all pairs, and alpha_u of all annotators, for one label. */
    public record LabelFigures(String label, Double exactF1, Double relaxedF1, Double alphaU) {
    }

    public record DocumentFigures(long documentId, String externalId, String title, Double exactF1, Double tokenAlpha,
                                  Double alphaU, Double conllF1) {
    }
}
