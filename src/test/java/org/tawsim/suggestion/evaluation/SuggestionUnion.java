package org.tawsim.suggestion.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.PredictedSpan;

/**
 * What the annotator is offered when several recommenders are on, merged as {@code SuggestionService} merges them:
 * one suggestion per place and label (start, end, label), the higher score wins and the earlier recommender on a
 * tie; by start, end and label.
 */
public final class SuggestionUnion {

    private SuggestionUnion() {
    }

    @SafeVarargs
    public static List<PredictedSpan> of(List<PredictedSpan>... recommenders) {
        Map<GoldSpan, PredictedSpan> byPlace = new LinkedHashMap<>();
        for (List<PredictedSpan> proposals : recommenders) {
            for (PredictedSpan proposal : proposals) {
                GoldSpan place = new GoldSpan(proposal.start(), proposal.end(), proposal.label());
                PredictedSpan earlier = byPlace.get(place);
                if (earlier == null || proposal.score() > earlier.score()) {
                    byPlace.put(place, proposal);
                }
            }
        }
        List<PredictedSpan> merged = new ArrayList<>(byPlace.values());
        merged.sort(Comparator.comparingInt(PredictedSpan::start).thenComparingInt(PredictedSpan::end)
                .thenComparing(PredictedSpan::label));
        return merged;
    }
}
