package org.tawsim.suggestion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project backup carries of the suggestion feature, read in the backup's snapshot and written back in the
 * restore's transaction: the lead's switches, every rejected place, and the accept/reject decisions behind the
 * acceptance rates. Suggestions themselves are computed; imported predictions have their own door
 * ({@code prediction.StoredPredictions} / {@code RestoredPredictions}).
 */
@Service
public class SuggestionRecords {

    /** A place an annotator rejected. */
    public record Rejection(long documentId, long annotatorId, int start, int end, String label, OffsetDateTime rejectedAt) {
    }

    /** One accept or reject decision. */
    public record Outcome(long documentId, long annotatorId, String recommender, String label, boolean accepted,
                          OffsetDateTime decidedAt) {
    }

    private final SuggestionRepository repository;

    SuggestionRecords(SuggestionRepository repository) {
        this.repository = repository;
    }

    /** The switches a lead set (the others are at their defaults), by recommender name. */
    public Map<String, Boolean> switches(long projectId) {
        return repository.switches(projectId);
    }

    public List<Rejection> rejections(long projectId) {
        return repository.rejectionsInProject(projectId);
    }

    public List<Outcome> outcomes(long projectId) {
        return repository.outcomesInProject(projectId);
    }

    /** @param recommender one of {@link RecommenderSettings#NAMES}, checked by the restore */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restoreSwitch(long projectId, String recommender, boolean enabled, long restoredBy) {
        repository.setEnabled(projectId, recommender, enabled, restoredBy);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void restoreRejection(Rejection r) {
        repository.reject(r.documentId(), r.annotatorId(), r.start(), r.end(), r.label(), r.rejectedAt());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void restoreOutcome(long projectId, Outcome o) {
        repository.outcome(projectId, o.documentId(), o.annotatorId(), o.recommender(), o.label(), o.accepted(), o.decidedAt());
    }
}
