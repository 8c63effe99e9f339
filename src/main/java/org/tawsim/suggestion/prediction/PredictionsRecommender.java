package org.tawsim.suggestion.prediction;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tawsim.suggestion.Proposal;
import org.tawsim.suggestion.Recommender;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.SuggestionRequest;

/**
 * Imported predictions of the document, the same for every annotator of it; each annotator's rejections and spans
 * are taken away from their own suggestions only (by the suggestion service). One indexed read per request.
 */
@Component
@Order(4)
class PredictionsRecommender implements Recommender {

    private final PredictionService predictions;

    PredictionsRecommender(PredictionService predictions) {
        this.predictions = predictions;
    }

    @Override
    public String name() {
        return RecommenderSettings.PREDICTIONS;
    }

    @Override
    public List<Proposal> propose(SuggestionRequest request) {
        return predictions.ofDocument(request.documentId()).stream()
                .map(p -> new Proposal(p.start(), p.end(), p.label(), p.score())).toList();
    }
}
