package org.tawsim.suggestion.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.PredictedSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * An annotator who only accepts suggestions, and only correct ones (a gold span's exact place and label), walking the
 * held-out documents in order. When the string matcher is on it learns from every accepted span at once, as the app
 * learns from the annotator's own spans: an accepted span refreshes the suggestions of the same document (asked
 * again until nothing new is correct) and of every later one. The model is not retrained during the walk (the app
 * retrains only after several more curated documents).
 */
public final class AcceptOnlyAnnotator {

    /** Gold spans and accepted suggestions per label, over all documents walked. */
    public record Outcome(Map<String, Integer> gold, Map<String, Integer> accepted) {

        public int totalGold() {
            return gold.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int totalAccepted() {
            return accepted.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Share of the label's gold spans accepted; null (n/a) without gold. */
        public Double share(String label) {
            int g = gold.getOrDefault(label, 0);
            return g == 0 ? null : (double) accepted.getOrDefault(label, 0) / g;
        }

        public Double share() {
            return totalGold() == 0 ? null : (double) totalAccepted() / totalGold();
        }
    }

    private AcceptOnlyAnnotator() {
    }

    /**
     * @param matcher the string matcher learnt from the training gold, or null when it is off; it keeps learning
     * @param model   the model's predictions for a text (an empty list when it is off)
     */
    public static Outcome walk(List<TrainingDocument> documents, LearntMatcher matcher,
                               Function<String, List<PredictedSpan>> model) {
        Map<String, Integer> gold = new TreeMap<>();
        Map<String, Integer> accepted = new TreeMap<>();
        for (TrainingDocument document : documents) {
            Set<GoldSpan> goldSpans = new HashSet<>(document.spans());
            goldSpans.forEach(g -> gold.merge(g.label(), 1, Integer::sum));
            List<PredictedSpan> predicted = model.apply(document.text());
            Set<GoldSpan> done = new HashSet<>();
            while (true) {
                List<PredictedSpan> offered = matcher == null ? predicted
                        : SuggestionUnion.of(matcher.suggest(document.text()), predicted);
                List<GoldSpan> correct = new ArrayList<>();
                for (PredictedSpan s : offered) {
                    GoldSpan place = new GoldSpan(s.start(), s.end(), s.label());
                    if (goldSpans.contains(place) && !done.contains(place)) {
                        correct.add(place);
                    }
                }
                if (correct.isEmpty()) {
                    break;
                }
                for (GoldSpan span : correct) {
                    done.add(span);
                    accepted.merge(span.label(), 1, Integer::sum);
                    if (matcher != null) {
                        matcher.learn(document.text(), span);
                    }
                }
                if (matcher == null) {
                    break; // nothing learns: the suggestions stay the same
                }
            }
        }
        return new Outcome(gold, accepted);
    }
}
