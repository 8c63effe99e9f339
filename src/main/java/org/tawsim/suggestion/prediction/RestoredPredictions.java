package org.tawsim.suggestion.prediction;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Predictions rebuilt by a restore, as the backup has them. The restore has already checked who may restore and
 * every value (the document is the restored project's, labels are its labels); runs in its transaction (all or
 * nothing).
 */
@Service
public class RestoredPredictions {

    private final PredictionRepository repository;

    RestoredPredictions(PredictionRepository repository) {
        this.repository = repository;
    }

    /** @param documentId the restored document's new id; {@code importedBy} the restored account's id */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long projectId, long documentId, List<StoredPrediction> predictions) {
        for (StoredPrediction p : predictions) {
            repository.insert(projectId, documentId, List.of(p.prediction()), p.importedBy(), p.importedAt());
        }
    }
}
