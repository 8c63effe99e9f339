package org.tawsim.suggestion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanEvaluationTest {

    private static LabelScore score(SpanEvaluation.Result result, String label) {
        return result.labels().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    /**
     * Worked by hand. Gold: LOC [0,4), PER [10,20), LOC [30,34), DATE [60,64). Predicted: LOC [0,4) (exact),
     * PER [10,15) (wrong end: no credit), LOC [40,44) (spurious), ORG [50,55) (spurious).
     * LOC: 1 correct of 2 predicted, of 2 gold: P = R = F1 = 0.5. PER: 0/1, 0/1: P = R = 0, F1 = 0.
     * ORG: P = 0/1 = 0, no gold: R and F1 n/a. DATE: nothing predicted: P and F1 n/a, R = 0/1 = 0.
     * All labels: 1 correct, 4 predicted, 4 gold: P = R = F1 = 0.25.
     */
    @Test
    void exact_match_per_label_as_worked_by_hand() {
        SpanEvaluation.Result result = SpanEvaluation.evaluate(List.of(new SpanEvaluation.Case(
                List.of(new GoldSpan(0, 4, "LOC"), new GoldSpan(10, 20, "PER"), new GoldSpan(30, 34, "LOC"),
                        new GoldSpan(60, 64, "DATE")),
                List.of(new PredictedSpan(0, 4, "LOC", 0.9), new PredictedSpan(10, 15, "PER", 0.8),
                        new PredictedSpan(40, 44, "LOC", 0.7), new PredictedSpan(50, 55, "ORG", 0.6)))));

        assertThat(result.labels()).extracting(LabelScore::label).containsExactly("DATE", "LOC", "ORG", "PER");
        assertThat(score(result, "LOC")).isEqualTo(new LabelScore("LOC", 2, 2, 1, 0.5, 0.5, 0.5));
        assertThat(score(result, "PER")).isEqualTo(new LabelScore("PER", 1, 1, 0, 0.0, 0.0, 0.0));
        assertThat(score(result, "ORG")).isEqualTo(new LabelScore("ORG", 0, 1, 0, 0.0, null, null));
        assertThat(score(result, "DATE")).isEqualTo(new LabelScore("DATE", 1, 0, 0, null, 0.0, null));
        assertThat(result.overall()).isEqualTo(new LabelScore("*", 4, 4, 1, 0.25, 0.25, 0.25));
    }

    @Test
    void counts_are_summed_over_documents_before_dividing() {
        // doc 1: 1 of 1 correct; doc 2: 0 of 3 predicted, 1 gold. LOC: P = 1/4, R = 1/2, F1 = 2·(1/4)(1/2)/(3/4) = 1/3
        SpanEvaluation.Result result = SpanEvaluation.evaluate(List.of(
                new SpanEvaluation.Case(List.of(new GoldSpan(0, 4, "LOC")), List.of(new PredictedSpan(0, 4, "LOC", 1))),
                new SpanEvaluation.Case(List.of(new GoldSpan(0, 4, "LOC")), List.of(new PredictedSpan(1, 4, "LOC", 1),
                        new PredictedSpan(5, 8, "LOC", 1), new PredictedSpan(9, 12, "LOC", 1)))));
        LabelScore loc = score(result, "LOC");
        assertThat(loc.precision()).isEqualTo(0.25);
        assertThat(loc.recall()).isEqualTo(0.5);
        assertThat(loc.f1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void no_data_means_no_figures_not_zero() {
        SpanEvaluation.Result result = SpanEvaluation.evaluate(List.of());
        assertThat(result.labels()).isEmpty();
        assertThat(result.overall()).isEqualTo(new LabelScore("*", 0, 0, 0, null, null, null));
    }
}
