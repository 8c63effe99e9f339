package org.tawsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.tawsim.suggestion.evaluation.AcceptOnlyAnnotator;
import org.tawsim.suggestion.evaluation.HardSyntheticCorpus;
import org.tawsim.suggestion.evaluation.LearntMatcher;
import org.tawsim.suggestion.evaluation.SeedGold;
import org.tawsim.suggestion.evaluation.SuggestionUnion;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.HeldOutSplit;
import org.tawsim.suggestion.model.LabelScore;
import org.tawsim.suggestion.model.NameFinderTraining;
import org.tawsim.suggestion.model.PredictedSpan;
import org.tawsim.suggestion.model.SpanEvaluation;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.model.TrainingOutcome;
import org.tawsim.suggestion.model.TrainingSettings;

/**
 * Benchmark, not a test: how good the in-app recommenders' suggestions are on held-out documents, with the pure code
 * only (no database). For the hand-annotated seed articles and a harder synthetic corpus it holds out every 5th
 * document ({@link HeldOutSplit}), learns the string matcher from the training gold and trains OpenNLP on it, then
 * prints per recommender (string, opennlp, both merged as the app merges them) and label: gold, predicted, correct,
 * precision, recall, F1 (exact span and label), and the share of gold spans an annotator gets by accepting correct
 * suggestions only: statically, and learning as they go ({@link AcceptOnlyAnnotator}). The seed articles are also
 * evaluated with each article held out in turn (7 trainings, counts summed), since every 5th of 7 is one article.
 * Its class name ends in neither Test nor Tests, so Surefire runs it only when asked for by name.
 *
 * Run (synthetic documents and sentences per document are optional, 500 and 8 by default):
 * mvn -o -q -B test-compile
 * M=~/.m2/repository; J=$M/com/fasterxml/jackson/core; java -Xmx1g -cp target/test-classes:target/classes:$M/org/apache/opennlp/opennlp-tools/2.5.4/opennlp-tools-2.5.4.jar:$M/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:$J/jackson-databind/2.19.2/jackson-databind-2.19.2.jar:$J/jackson-core/2.19.2/jackson-core-2.19.2.jar:$J/jackson-annotations/2.19.2/jackson-annotations-2.19.2.jar \
 *     org.tawsim.bench.RecommenderEvaluationBenchmark [documents] [sentences]
 */
public final class RecommenderEvaluationBenchmark {

    private static final List<String> RECOMMENDERS = List.of("string", "opennlp", "union");
    private static final ArabicNormalizer FOLD = new ArabicNormalizer(true);

    /** What one or more held-out evaluations gave, summed. */
    private static final class Tally {
        final Map<String, List<SpanEvaluation.Case>> cases = new TreeMap<>();
        final Map<String, AcceptOnlyAnnotator.Outcome> learning = new TreeMap<>();
        final Map<String, int[]> unseen = new TreeMap<>(); // label -> {held-out gold, form not in training gold}
        int trainings;
        int trainingDocuments;
        int trainingSpans;
        int heldOutDocuments;
        int heldOutSpans;
        double trainingSeconds;
    }

    private RecommenderEvaluationBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 8;

        List<TrainingDocument> seeds = SeedGold.documents();
        HeldOutSplit<TrainingDocument> seedSplit = HeldOutSplit.of(seeds);
        report("Seed articles, every 5th held out", evaluate(List.of(seedSplit)));

        List<HeldOutSplit<TrainingDocument>> rotations = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            List<TrainingDocument> training = new ArrayList<>(seeds);
            TrainingDocument heldOut = training.remove(i);
            rotations.add(new HeldOutSplit<>(training, List.of(heldOut)));
        }
        report("Seed articles, each held out in turn (" + seeds.size() + " trainings, counts summed)", evaluate(rotations));

        List<TrainingDocument> synthetic = HardSyntheticCorpus.documents(count, sentences, 2026);
        HeldOutSplit<TrainingDocument> split = HeldOutSplit.of(synthetic);
        report("Hard synthetic corpus, " + count + " documents x " + sentences + " sentences, every 5th held out",
                evaluate(List.of(split)));
    }

    private static Tally evaluate(List<HeldOutSplit<TrainingDocument>> splits) {
        Tally tally = new Tally();
        RECOMMENDERS.forEach(r -> tally.cases.put(r, new ArrayList<>()));
        for (HeldOutSplit<TrainingDocument> split : splits) {
            long started = System.nanoTime();
            TrainingOutcome outcome = NameFinderTraining.train(split.training(), TrainingSettings.DEFAULTS);
            tally.trainingSeconds += (System.nanoTime() - started) / 1e9;
            Function<String, List<PredictedSpan>> model = outcome instanceof TrainingOutcome.Trained trained
                    ? trained.model()::predict : text -> List.of();
            if (!(outcome instanceof TrainingOutcome.Trained)) {
                System.out.println("OpenNLP not trained: " + outcome);
            }
            LearntMatcher matcher = LearntMatcher.fromGold(split.training());
            Set<String> trainingForms = forms(split.training());
            tally.trainings++;
            tally.trainingDocuments += split.training().size();
            tally.trainingSpans += split.training().stream().mapToInt(d -> d.spans().size()).sum();
            tally.heldOutDocuments += split.heldOut().size();
            for (TrainingDocument document : split.heldOut()) {
                tally.heldOutSpans += document.spans().size();
                List<PredictedSpan> strings = matcher.suggest(document.text());
                List<PredictedSpan> predicted = model.apply(document.text());
                tally.cases.get("string").add(new SpanEvaluation.Case(document.spans(), strings));
                tally.cases.get("opennlp").add(new SpanEvaluation.Case(document.spans(), predicted));
                tally.cases.get("union").add(new SpanEvaluation.Case(document.spans(), SuggestionUnion.of(strings, predicted)));
                for (GoldSpan span : document.spans()) {
                    int[] count = tally.unseen.computeIfAbsent(span.label(), l -> new int[2]);
                    count[0]++;
                    if (!trainingForms.contains(form(document, span))) {
                        count[1]++;
                    }
                }
            }
            add(tally, "string", AcceptOnlyAnnotator.walk(split.heldOut(), LearntMatcher.fromGold(split.training()), t -> List.of()));
            add(tally, "opennlp", AcceptOnlyAnnotator.walk(split.heldOut(), null, model));
            add(tally, "union", AcceptOnlyAnnotator.walk(split.heldOut(), LearntMatcher.fromGold(split.training()), model));
        }
        return tally;
    }

    private static void add(Tally tally, String recommender, AcceptOnlyAnnotator.Outcome outcome) {
        tally.learning.merge(recommender, outcome, (a, b) -> new AcceptOnlyAnnotator.Outcome(sum(a.gold(), b.gold()),
                sum(a.accepted(), b.accepted())));
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> total = new TreeMap<>(a);
        b.forEach((k, v) -> total.merge(k, v, Integer::sum));
        return total;
    }

    private static Set<String> forms(List<TrainingDocument> documents) {
        Set<String> forms = new TreeSet<>();
        documents.forEach(d -> d.spans().forEach(s -> forms.add(form(d, s))));
        return forms;
    }

    private static String form(TrainingDocument document, GoldSpan span) {
        int from = document.text().offsetByCodePoints(0, span.start());
        return FOLD.fold(document.text().substring(from, document.text().offsetByCodePoints(from, span.end() - span.start())));
    }

    private static void report(String title, Tally tally) {
        System.out.printf("%n### %s%n%n", title);
        System.out.printf("%d training(s): %d training documents (%,d gold spans), %d held-out documents (%,d gold spans),"
                        + " summed over the trainings; OpenNLP training %.1f s in all%n%n", tally.trainings,
                tally.trainingDocuments, tally.trainingSpans, tally.heldOutDocuments, tally.heldOutSpans, tally.trainingSeconds);
        System.out.println("| label | held-out gold | of which the form is not in the training gold |");
        System.out.println("|---|---|---|");
        int[] all = new int[2];
        tally.unseen.forEach((label, c) -> {
            System.out.printf("| %s | %d | %d (%s) |%n", label, c[0], c[1], percent(c[1], c[0]));
            all[0] += c[0];
            all[1] += c[1];
        });
        System.out.printf("| all | %d | %d (%s) |%n%n", all[0], all[1], percent(all[1], all[0]));

        System.out.println("| recommender | label | gold | predicted | correct | P | R | F1 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String recommender : RECOMMENDERS) {
            SpanEvaluation.Result result = SpanEvaluation.evaluate(tally.cases.get(recommender));
            for (LabelScore s : result.labels()) {
                System.out.println(row(recommender, s.label(), s));
            }
            System.out.println(row(recommender, "**all**", result.overall()));
        }
        System.out.println();
        System.out.println("| accepting correct suggestions only | string | opennlp | union |");
        System.out.println("|---|---|---|---|");
        String staticRow = RECOMMENDERS.stream().map(r -> {
            LabelScore all1 = SpanEvaluation.evaluate(tally.cases.get(r)).overall();
            return percent(all1.correct(), all1.gold());
        }).reduce("| static: correct suggestions / gold", (a, b) -> a + " | " + b);
        System.out.println(staticRow + " |");
        String learningRow = RECOMMENDERS.stream().map(r -> {
            AcceptOnlyAnnotator.Outcome o = tally.learning.get(r);
            return percent(o.totalAccepted(), o.totalGold());
        }).reduce("| learning as they go (held-out documents in order)", (a, b) -> a + " | " + b);
        System.out.println(learningRow + " |");
        for (String label : tally.learning.get("union").gold().keySet()) {
            String row = RECOMMENDERS.stream().map(r -> {
                AcceptOnlyAnnotator.Outcome o = tally.learning.get(r);
                return percent(o.accepted().getOrDefault(label, 0), o.gold().get(label));
            }).reduce("| … " + label + ", learning", (a, b) -> a + " | " + b);
            System.out.println(row + " |");
        }
        System.out.println();
    }

    private static String row(String recommender, String label, LabelScore s) {
        return String.format("| %s | %s | %d | %d | %d | %s | %s | %s |", recommender, label, s.gold(), s.predicted(),
                s.correct(), figure(s.precision()), figure(s.recall()), figure(s.f1()));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format("%d/%d = %.1f %%", part, whole, 100.0 * part / whole);
    }

    private static String figure(Double value) {
        return value == null ? "n/a" : String.format("%.3f", value);
    }
}
