package org.tawsim.suggestion.training;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tawsim.suggestion.Proposal;
import org.tawsim.suggestion.Recommender;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.SuggestionRequest;

/**
 * The project-trained name finder as a recommender (docs/suggestions-model.md): the spans the project's model
 * predicts in the document, none while no model is trained. It reads no layer at all, only the text. Predictions
 * are cached per project, model and document, so the editor's refresh after every change does not run the model
 * again; a new model makes new keys and the old entries age out.
 */
@Component
@Order(2)
class OpenNlpRecommender implements Recommender {

    /** Documents whose predictions are kept (least recently asked for goes first). */
    static final int CACHED_DOCUMENTS = 512;
    private static final Logger log = LoggerFactory.getLogger(OpenNlpRecommender.class);

    private record Key(long projectId, OffsetDateTime trainedAt, long documentId) {
    }

    private final ModelTraining training;
    private final Map<Key, List<Proposal>> predictions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Proposal>> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    OpenNlpRecommender(ModelTraining training) {
        this.training = training;
    }

    @Override
    public String name() {
        return RecommenderSettings.OPENNLP;
    }

    @Override
    public List<Proposal> propose(SuggestionRequest request) {
        try {
            Optional<ModelTraining.TrainedModel> model = training.model(request.projectId());
            if (model.isEmpty()) {
                return List.of();
            }
            Key key = new Key(request.projectId(), model.get().trainedAt().toInstant().atOffset(java.time.ZoneOffset.UTC),
                    request.documentId());
            List<Proposal> cached = cached(key);
            if (cached != null) {
                return cached;
            }
            List<Proposal> predicted = ModelTraining.predict(model.get().model(), request.text());
            synchronized (predictions) {
                predictions.put(key, predicted);
            }
            return predicted;
        } catch (RuntimeException e) {
            log.warn("The OpenNLP model of project {} could not predict document {}", request.projectId(), request.documentId(), e);
            return List.of();
        }
    }

    /** How many documents' predictions are cached now. */
    int cachedDocuments() {
        synchronized (predictions) {
            return predictions.size();
        }
    }

    private List<Proposal> cached(Key key) {
        synchronized (predictions) {
            return predictions.get(key);
        }
    }
}
