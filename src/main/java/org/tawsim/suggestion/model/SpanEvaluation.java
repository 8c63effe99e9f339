package org.tawsim.suggestion.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted spans against gold, per label: a prediction counts as correct only when a gold span has exactly
 * its start, end and label (no credit for overlap), as in the CoNLL-2003 shared task's conlleval ("precision is the
 * percentage of named entities found by the learning system that are correct. Recall is the percentage of named
 * entities present in the corpus that are found by the system. A named entity is correct only if it is an exact
 * match of the corresponding entity in the data file", Tjong Kim Sang and De Meulder 2003) and as INCEpTION
 * evaluates its recommenders on held-out documents. Precision = correct / predicted, recall = correct / gold,
 * F1 = 2PR / (P + R); counts are summed over all documents before dividing (micro-average per label).
 */
public final class SpanEvaluation {

    /** One held-out document: its gold spans and what the model predicted on its text. */
    public record Case(List<GoldSpan> gold, List<PredictedSpan> predicted) {
    }

    /** Per label (sorted by name) and over all labels together. */
    public record Result(List<LabelScore> labels, LabelScore overall) {
    }

    private SpanEvaluation() {
    }

    public static Result evaluate(List<Case> cases) {
        Map<String, int[]> counts = new TreeMap<>(); // label -> {gold, predicted, correct}
        for (Case c : cases) {
            Set<GoldSpan> gold = new HashSet<>(c.gold());
            gold.forEach(g -> counts.computeIfAbsent(g.label(), l -> new int[3])[0]++);
            Set<GoldSpan> predicted = new HashSet<>();
            c.predicted().forEach(p -> predicted.add(new GoldSpan(p.start(), p.end(), p.label())));
            for (GoldSpan p : predicted) {
                int[] count = counts.computeIfAbsent(p.label(), l -> new int[3]);
                count[1]++;
                if (gold.contains(p)) {
                    count[2]++;
                }
            }
        }
        List<LabelScore> labels = new ArrayList<>();
        int[] total = new int[3];
        counts.forEach((label, count) -> {
            labels.add(LabelScore.of(label, count[0], count[1], count[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += count[i];
            }
        });
        return new Result(labels, LabelScore.of("*", total[0], total[1], total[2]));
    }
}
