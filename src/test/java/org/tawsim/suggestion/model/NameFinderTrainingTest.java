package org.tawsim.suggestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameFinderTrainingTest {

    /** 60 documents of 5 sentences: 300 sentences, trains in seconds. */
    private static final List<TrainingDocument> CORPUS = SyntheticCorpus.documents(60, 5, 17);
    private static HeldOutSplit<TrainingDocument> split;
    private static NameModel model;

    @BeforeAll
    static void train() {
        split = HeldOutSplit.of(CORPUS);
        TrainingOutcome outcome = NameFinderTraining.train(split.training(), TrainingSettings.DEFAULTS);
        assertThat(outcome).isInstanceOf(TrainingOutcome.Trained.class);
        model = ((TrainingOutcome.Trained) outcome).model();
    }

    private static int cp(String text, String part) {
        int index = text.indexOf(part);
        assertThat(index).as(part).isNotNegative();
        return text.codePointCount(0, index);
    }

    @Test
    void finds_places_with_the_proclitic_outside_the_span() {
        String text = "اندلعت اشتباكات عنيفة بدرعا بين مجموعات محلية. فبحمص تتواصل الاحتجاجات منذ أيام.";
        assertThat(model.predict(text)).extracting(PredictedSpan::start, PredictedSpan::end, PredictedSpan::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(cp(text, "درعا"), cp(text, "درعا") + 4, "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple(cp(text, "حمص"), cp(text, "حمص") + 3, "LOCATION"));
    }

    @Test
    void scores_are_probabilities() {
        List<PredictedSpan> found = model.predict("عاد خالد الحريري لجاسم بعد غياب طويل.");
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    }

    @Test
    void held_out_documents_are_found_well() {
        List<SpanEvaluation.Case> cases = split.heldOut().stream()
                .map(d -> new SpanEvaluation.Case(d.spans(), model.predict(d.text()))).toList();
        SpanEvaluation.Result result = SpanEvaluation.evaluate(cases);
        assertThat(result.labels()).extracting(LabelScore::label).containsExactly("LOCATION", "PERSON");
        assertThat(result.labels()).allSatisfy(score -> {
            assertThat(score.gold()).isPositive();
            assertThat(score.precision()).isGreaterThan(0.9);
            assertThat(score.recall()).isGreaterThan(0.9);
        });
    }

    @Test
    void the_model_round_trips_through_bytes() {
        String text = "كتب الصحفي سامر الزعبي عن الأوضاع بطفس ولإدلب.";
        NameModel copy = NameModel.fromBytes(model.toBytes());
        assertThat(copy.predict(text)).isEqualTo(model.predict(text)).isNotEmpty();
    }

    @Test
    void no_documents_or_too_few_spans_is_not_enough_data() {
        assertThat(NameFinderTraining.train(List.of(), TrainingSettings.DEFAULTS))
                .isEqualTo(new TrainingOutcome.NotEnoughData(0, 0, 10));
        List<TrainingDocument> two = SyntheticCorpus.documents(2, 2, 1);
        int spans = two.stream().mapToInt(d -> d.spans().size()).sum();
        assertThat(spans).isLessThan(10);
        assertThat(NameFinderTraining.train(two, TrainingSettings.DEFAULTS))
                .isEqualTo(new TrainingOutcome.NotEnoughData(2, spans, 10));
        assertThat(NameFinderTraining.train(List.of(new TrainingDocument("", List.of())), TrainingSettings.DEFAULTS))
                .isInstanceOf(TrainingOutcome.NotEnoughData.class);
    }

    @Test
    void overlapping_gold_keeps_the_first_and_longest() {
        assertThat(NameFinderTraining.withoutOverlaps(List.of(new GoldSpan(5, 8, "B"), new GoldSpan(0, 4, "A"),
                new GoldSpan(0, 10, "C"), new GoldSpan(10, 12, "D"))))
                .containsExactly(new GoldSpan(0, 10, "C"), new GoldSpan(10, 12, "D"));
    }

    @Test
    void a_bad_model_file_is_refused_clearly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NameModel.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an OpenNLP name finder model");
    }
}
