package org.tawsim.suggestion;

import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.RECOMMENDER_SETTING;
import static org.tawsim.db.Tables.SUGGESTION_OUTCOME;
import static org.tawsim.db.Tables.SUGGESTION_REJECTION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tables of the suggestion feature: rejected suggestions, what annotators did with suggestions, switches. */
@Repository
class SuggestionRepository {

    /** A place and label in a document (what a rejection names). */
    record Place(int start, int end, String label) {
    }

    private final DSLContext dsl;

    SuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void reject(long documentId, long annotatorId, int start, int end, String label, OffsetDateTime at) {
        dsl.insertInto(SUGGESTION_REJECTION)
                .set(SUGGESTION_REJECTION.DOCUMENT_ID, documentId)
                .set(SUGGESTION_REJECTION.ANNOTATOR_ID, annotatorId)
                .set(SUGGESTION_REJECTION.START_OFFSET, start)
                .set(SUGGESTION_REJECTION.END_OFFSET, end)
                .set(SUGGESTION_REJECTION.LABEL, label)
                .set(SUGGESTION_REJECTION.REJECTED_AT, at)
                .onConflictDoNothing()
                .execute();
    }

    Set<Place> rejections(long documentId, long annotatorId) {
        return dsl.select(SUGGESTION_REJECTION.START_OFFSET, SUGGESTION_REJECTION.END_OFFSET, SUGGESTION_REJECTION.LABEL)
                .from(SUGGESTION_REJECTION)
                .where(SUGGESTION_REJECTION.DOCUMENT_ID.eq(documentId).and(SUGGESTION_REJECTION.ANNOTATOR_ID.eq(annotatorId)))
                .fetch(r -> new Place(r.value1(), r.value2(), r.value3()))
                .stream().collect(Collectors.toSet());
    }

    /** The switches a lead set in the project, by recommender name (the others are at their defaults). */
    Map<String, Boolean> switches(long projectId) {
        return dsl.select(RECOMMENDER_SETTING.RECOMMENDER, RECOMMENDER_SETTING.ENABLED).from(RECOMMENDER_SETTING)
                .where(RECOMMENDER_SETTING.PROJECT_ID.eq(projectId))
                .fetchMap(RECOMMENDER_SETTING.RECOMMENDER, RECOMMENDER_SETTING.ENABLED);
    }

    void setEnabled(long projectId, String recommender, boolean enabled, long actorId) {
        dsl.insertInto(RECOMMENDER_SETTING)
                .set(RECOMMENDER_SETTING.PROJECT_ID, projectId)
                .set(RECOMMENDER_SETTING.RECOMMENDER, recommender)
                .set(RECOMMENDER_SETTING.ENABLED, enabled)
                .set(RECOMMENDER_SETTING.UPDATED_BY, actorId)
                .onConflict(RECOMMENDER_SETTING.PROJECT_ID, RECOMMENDER_SETTING.RECOMMENDER)
                .doUpdate()
                .set(RECOMMENDER_SETTING.ENABLED, enabled)
                .set(RECOMMENDER_SETTING.UPDATED_BY, actorId)
                .set(RECOMMENDER_SETTING.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    void outcome(long projectId, long documentId, long annotatorId, String recommender, String label, boolean accepted,
                 OffsetDateTime at) {
        dsl.insertInto(SUGGESTION_OUTCOME)
                .set(SUGGESTION_OUTCOME.PROJECT_ID, projectId)
                .set(SUGGESTION_OUTCOME.DOCUMENT_ID, documentId)
                .set(SUGGESTION_OUTCOME.ANNOTATOR_ID, annotatorId)
                .set(SUGGESTION_OUTCOME.RECOMMENDER, recommender)
                .set(SUGGESTION_OUTCOME.LABEL, label)
                .set(SUGGESTION_OUTCOME.ACCEPTED, accepted)
                .set(SUGGESTION_OUTCOME.DECIDED_AT, at)
                .execute();
    }

    /** Accepted and rejected suggestions per recommender and label in the project. */
    List<OutcomeCount> outcomes(long projectId) {
        var accepted = DSL.count().filterWhere(SUGGESTION_OUTCOME.ACCEPTED.isTrue());
        var rejected = DSL.count().filterWhere(SUGGESTION_OUTCOME.ACCEPTED.isFalse());
        return dsl.select(SUGGESTION_OUTCOME.RECOMMENDER, SUGGESTION_OUTCOME.LABEL, accepted, rejected)
                .from(SUGGESTION_OUTCOME)
                .where(SUGGESTION_OUTCOME.PROJECT_ID.eq(projectId))
                .groupBy(SUGGESTION_OUTCOME.RECOMMENDER, SUGGESTION_OUTCOME.LABEL)
                .fetch(r -> new OutcomeCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every rejection in the project's documents, for a backup. */
    List<SuggestionRecords.Rejection> rejectionsInProject(long projectId) {
        var r = SUGGESTION_REJECTION;
        return dsl.select(r.DOCUMENT_ID, r.ANNOTATOR_ID, r.START_OFFSET, r.END_OFFSET, r.LABEL, r.REJECTED_AT)
                .from(r).join(DOCUMENT).on(DOCUMENT.ID.eq(r.DOCUMENT_ID))
                .where(DOCUMENT.PROJECT_ID.eq(projectId))
                .orderBy(r.DOCUMENT_ID, r.ANNOTATOR_ID, r.START_OFFSET, r.END_OFFSET, r.LABEL)
                .fetch(x -> new SuggestionRecords.Rejection(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6()));
    }

    /** Every decision in the project, in the order they were made, for a backup. */
    List<SuggestionRecords.Outcome> outcomesInProject(long projectId) {
        var o = SUGGESTION_OUTCOME;
        return dsl.select(o.DOCUMENT_ID, o.ANNOTATOR_ID, o.RECOMMENDER, o.LABEL, o.ACCEPTED, o.DECIDED_AT)
                .from(o).where(o.PROJECT_ID.eq(projectId)).orderBy(o.ID)
                .fetch(x -> new SuggestionRecords.Outcome(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6()));
    }

    /** How often one recommender's suggestions of one label were accepted and rejected. */
    record OutcomeCount(String recommender, String label, int accepted, int rejected) {
    }
}
