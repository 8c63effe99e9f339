package org.tawsim.suggestion;

import java.util.List;

/**
 * What annotators did with one recommender's suggestions in a project: accepted and rejected, overall and per label.
 * The acceptance rate is accepted / (accepted + rejected), as INCEpTION's recommender log counts it; suggestions
 * nobody acted on are not counted. A rate without any decision is null ("n/a"), never 0.
 */
public record RecommenderStatistics(String recommender, Outcomes overall, List<LabelOutcomes> labels) {

    /** Decisions on suggestions and their acceptance rate (null without any decision). */
    public record Outcomes(int accepted, int rejected, Double acceptanceRate) {

        static Outcomes of(int accepted, int rejected) {
            int decided = accepted + rejected;
            return new Outcomes(accepted, rejected, decided == 0 ? null : (double) accepted / decided);
        }
    }

    /** One label's decisions. */
    public record LabelOutcomes(String label, Outcomes outcomes) {
    }
}
