package org.tawsim.suggestion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.suggestion.model.PredictedSpan;

class SuggestionUnionTest {

    @Test
    void one_suggestion_per_place_and_label_the_higher_score_wins_sorted_by_place() {
        List<PredictedSpan> matcher = List.of(new PredictedSpan(10, 14, "LOCATION", 1.0), new PredictedSpan(0, 4, "PERSON", 0.5),
                new PredictedSpan(20, 24, "ORG", 0.7));
        List<PredictedSpan> model = List.of(new PredictedSpan(0, 4, "PERSON", 0.8), new PredictedSpan(10, 14, "LOCATION", 0.6),
                new PredictedSpan(10, 14, "ORG", 0.9), new PredictedSpan(10, 15, "LOCATION", 0.4),
                new PredictedSpan(20, 24, "ORG", 0.7));

        assertThat(SuggestionUnion.of(matcher, model)).containsExactly(
                new PredictedSpan(0, 4, "PERSON", 0.8),      // the model's higher score
                new PredictedSpan(10, 14, "LOCATION", 1.0),  // the matcher's higher score
                new PredictedSpan(10, 14, "ORG", 0.9),       // same place, another label: both stay
                new PredictedSpan(10, 15, "LOCATION", 0.4),  // another end: another place
                new PredictedSpan(20, 24, "ORG", 0.7));      // a tie: one of them, the earlier recommender's
    }

    @Test
    void a_single_recommender_is_only_sorted_and_deduplicated() {
        assertThat(SuggestionUnion.of(List.of(new PredictedSpan(5, 9, "ORG", 0.2), new PredictedSpan(1, 3, "ORG", 0.3),
                new PredictedSpan(5, 9, "ORG", 0.1)))).containsExactly(new PredictedSpan(1, 3, "ORG", 0.3),
                new PredictedSpan(5, 9, "ORG", 0.2));
    }
}
