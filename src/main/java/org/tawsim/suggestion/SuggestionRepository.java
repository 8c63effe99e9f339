package org.tawsim.suggestion;

import static org.tawsim.db.Tables.RECOMMENDER_SETTING;
import static org.tawsim.db.Tables.SUGGESTION_REJECTION;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The tables of the suggestion feature: rejected suggestions and the recommenders' switches. */
@Repository
class SuggestionRepository {

    /** A rejected place and label. */
    record Rejection(int start, int end, String label) {
    }

    private final DSLContext dsl;

    SuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void reject(long documentId, long annotatorId, int start, int end, String label) {
        dsl.insertInto(SUGGESTION_REJECTION)
                .set(SUGGESTION_REJECTION.DOCUMENT_ID, documentId)
                .set(SUGGESTION_REJECTION.ANNOTATOR_ID, annotatorId)
                .set(SUGGESTION_REJECTION.START_OFFSET, start)
                .set(SUGGESTION_REJECTION.END_OFFSET, end)
                .set(SUGGESTION_REJECTION.LABEL, label)
                .onConflictDoNothing()
                .execute();
    }

    Set<Rejection> rejections(long documentId, long annotatorId) {
        return dsl.select(SUGGESTION_REJECTION.START_OFFSET, SUGGESTION_REJECTION.END_OFFSET, SUGGESTION_REJECTION.LABEL)
                .from(SUGGESTION_REJECTION)
                .where(SUGGESTION_REJECTION.DOCUMENT_ID.eq(documentId).and(SUGGESTION_REJECTION.ANNOTATOR_ID.eq(annotatorId)))
                .fetch(r -> new Rejection(r.value1(), r.value2(), r.value3()))
                .stream().collect(Collectors.toSet());
    }

    Optional<Boolean> enabled(long projectId, String recommender) {
        return dsl.select(RECOMMENDER_SETTING.ENABLED).from(RECOMMENDER_SETTING)
                .where(RECOMMENDER_SETTING.PROJECT_ID.eq(projectId).and(RECOMMENDER_SETTING.RECOMMENDER.eq(recommender)))
                .fetchOptional(RECOMMENDER_SETTING.ENABLED);
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
}
