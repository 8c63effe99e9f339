package org.tawsim.suggestion.prediction;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every prediction of a project, for a backup; the caller has checked that its user may back the project up. */
@Service
public class StoredPredictions {

    private final PredictionRepository repository;

    StoredPredictions(PredictionRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<StoredPrediction> of(long projectId) {
        return repository.ofProject(projectId);
    }
}
