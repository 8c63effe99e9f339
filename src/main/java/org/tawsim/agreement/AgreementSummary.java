package org.tawsim.agreement;

import java.util.List;
import java.util.Map;

/**
 * An agreement report in plain numbers, for the dashboard and the HTTP API. A null figure means
 * "undefined" (e.g. kappa with no variation), never a silent 0 or NaN.
 */
public record AgreementSummary(long projectId, List<String> annotators, int documents, Group group, List<Pair> pairs,
                               List<LabelFigures> labels, List<DocumentFigures> perDocument,
                               Map<String, Map<String, Long>> labelConfusion) {

    /** Coefficients over all selected annotators. */
    public record Group(Double fleissKappa, Double tokenAlpha, Double alphaU) {
    }

    public record Prf(double precision, double recall, double f1) {
    }

    /** One pair; the first annotator is the reference for precision/recall. */
    public record Pair(String key, String response, int documents, Prf exact, Prf relaxed, Double cohenKappa, Double alphaU,
                       Prf muc, Prf bCubed, Prf ceafE, Prf blanc, double conllF1) {
    }

    /** Span F1 pooled over all pairs, and alpha_u of all annotators, for one label. */
    public record LabelFigures(String label, Double exactF1, Double relaxedF1, Double alphaU) {
    }

    public record DocumentFigures(long documentId, String externalId, String title, Double exactF1, Double tokenAlpha,
                                  Double alphaU, Double conllF1) {
    }
}
