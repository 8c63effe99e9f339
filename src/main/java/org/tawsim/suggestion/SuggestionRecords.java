package org.tawsim.suggestion;

import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SUGGESTION_OUTCOME;
import static org.tawsim.db.Tables.SUGGESTION_REJECTION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project backup carries of the suggestion feature, read in the backup's snapshot and written back in the
 * restore's transaction: the lead's switches, every rejected place, and the accept/reject decisions behind the
 * acceptance rates. Suggestions themselves are computed, so there is nothing else to keep.
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

    private final DSLContext dsl;
    private final SuggestionRepository repository;

    SuggestionRecords(DSLContext dsl, SuggestionRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    /** The switches a lead set (the others are at their defaults), by recommender name. */
    public Map<String, Boolean> switches(long projectId) {
        return repository.switches(projectId);
    }

    public List<Rejection> rejections(long projectId) {
        var r = SUGGESTION_REJECTION;
        return dsl.select(r.DOCUMENT_ID, r.ANNOTATOR_ID, r.START_OFFSET, r.END_OFFSET, r.LABEL, r.REJECTED_AT)
                .from(r).join(DOCUMENT).on(DOCUMENT.ID.eq(r.DOCUMENT_ID))
                .where(DOCUMENT.PROJECT_ID.eq(projectId))
                .orderBy(r.DOCUMENT_ID, r.ANNOTATOR_ID, r.START_OFFSET, r.END_OFFSET, r.LABEL)
                .fetch(x -> new Rejection(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6()));
    }

    public List<Outcome> outcomes(long projectId) {
        var o = SUGGESTION_OUTCOME;
        return dsl.select(o.DOCUMENT_ID, o.ANNOTATOR_ID, o.RECOMMENDER, o.LABEL, o.ACCEPTED, o.DECIDED_AT)
                .from(o).where(o.PROJECT_ID.eq(projectId)).orderBy(o.ID)
                .fetch(x -> new Outcome(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6()));
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
