package org.tawsim.suggestion.external;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tawsim.suggestion.Proposal;
import org.tawsim.suggestion.Recommender;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.SuggestionRequest;

/**
 * Proposals from the project's own service over HTTP (docs/external-recommender.md). It sends the document's text
 * and the project's labels only, never a layer; a service that fails proposes nothing and the lead is told.
 */
@Component
@Order(3)
class ExternalRecommender implements Recommender {

    private final ExternalCalls calls;

    ExternalRecommender(ExternalRecommenderService service) {
        this.calls = service.calls();
    }

    @Override
    public String name() {
        return RecommenderSettings.EXTERNAL;
    }

    @Override
    public List<Proposal> propose(SuggestionRequest request) {
        return calls.proposals(request.projectId(), request.documentId(), request.text(), request.labels());
    }
}
