package org.tawsim.suggestion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.PredictedSpan;
import org.tawsim.suggestion.model.SpanEvaluation;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * Worked by hand. Training gold: درعا (LOCATION). Held out, in order:
 * 1. "زار سامر درعا ثم وصل سامر بدرعا." gold سامر [4,8) and [21,25) PERSON, درعا [9,13) and ب|درعا [27,31) LOCATION;
 *    the model finds the first سامر and a wrong ORG on وصل.
 * 2. "عاد سامر إلى جاسم." gold سامر [4,8) PERSON, جاسم [13,17) LOCATION; the model finds nothing.
 * Six gold spans. The matcher alone gets both درعا (2 of 6) and learns nothing new from them; the model alone the
 * first سامر (1 of 6); together, statically, 3 of 6. Learning as they go: accepting the model's سامر teaches the
 * matcher سامر, which then offers the second سامر of document 1 and the one in document 2: 5 of 6 (جاسم is never
 * offered).
 */
class AcceptOnlyAnnotatorTest {

    private static final String FIRST = "زار سامر درعا ثم وصل سامر بدرعا.";
    private static final String SECOND = "عاد سامر إلى جاسم.";
    private static final List<TrainingDocument> HELD_OUT = List.of(
            new TrainingDocument(FIRST, List.of(new GoldSpan(4, 8, "PERSON"), new GoldSpan(9, 13, "LOCATION"),
                    new GoldSpan(21, 25, "PERSON"), new GoldSpan(27, 31, "LOCATION"))),
            new TrainingDocument(SECOND, List.of(new GoldSpan(4, 8, "PERSON"), new GoldSpan(13, 17, "LOCATION"))));
    private static final Map<String, List<PredictedSpan>> MODEL = Map.of(
            FIRST, List.of(new PredictedSpan(4, 8, "PERSON", 0.9), new PredictedSpan(17, 20, "ORG", 0.6)),
            SECOND, List.of());
    private static final Function<String, List<PredictedSpan>> NO_MODEL = text -> List.of();

    private static LearntMatcher trainedMatcher() {
        return LearntMatcher.fromGold(List.of(new TrainingDocument("في درعا", List.of(new GoldSpan(3, 7, "LOCATION")))));
    }

    @Test
    void the_matcher_alone_learns_nothing_new_from_its_own_suggestions() {
        AcceptOnlyAnnotator.Outcome outcome = AcceptOnlyAnnotator.walk(HELD_OUT, trainedMatcher(), NO_MODEL);
        assertThat(outcome.gold()).isEqualTo(Map.of("LOCATION", 3, "PERSON", 3));
        assertThat(outcome.accepted()).isEqualTo(Map.of("LOCATION", 2));
        assertThat(outcome.share()).isEqualTo(2.0 / 6);
        assertThat(outcome.share("PERSON")).isEqualTo(0.0);
        assertThat(outcome.share("ORG")).isNull();
    }

    @Test
    void the_model_alone_gets_what_it_predicts() {
        AcceptOnlyAnnotator.Outcome outcome = AcceptOnlyAnnotator.walk(HELD_OUT, null, MODEL::get);
        assertThat(outcome.accepted()).isEqualTo(Map.of("PERSON", 1));
        assertThat(outcome.share()).isEqualTo(1.0 / 6);
    }

    @Test
    void together_the_matcher_learns_what_the_model_found_in_the_same_and_later_documents() {
        LearntMatcher matcher = trainedMatcher();
        List<SpanEvaluation.Case> staticCases = HELD_OUT.stream().map(d -> new SpanEvaluation.Case(d.spans(),
                SuggestionUnion.of(matcher.suggest(d.text()), MODEL.get(d.text())))).toList();
        assertThat(SpanEvaluation.evaluate(staticCases).overall().correct()).isEqualTo(3);

        AcceptOnlyAnnotator.Outcome outcome = AcceptOnlyAnnotator.walk(HELD_OUT, matcher, MODEL::get);
        assertThat(outcome.accepted()).isEqualTo(Map.of("LOCATION", 2, "PERSON", 3));
        assertThat(outcome.totalAccepted()).isEqualTo(5);
        assertThat(outcome.share()).isEqualTo(5.0 / 6);
        assertThat(outcome.share("PERSON")).isEqualTo(1.0);
        assertThat(matcher.forms()).isEqualTo(2); // درعا, سامر
    }
}
