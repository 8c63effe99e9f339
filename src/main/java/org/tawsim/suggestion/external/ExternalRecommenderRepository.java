package org.tawsim.suggestion.external;

import static org.tawsim.db.Tables.EXTERNAL_RECOMMENDER;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code external_recommender}. */
@Repository
class ExternalRecommenderRepository {

    private final DSLContext dsl;

    ExternalRecommenderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredService> find(long projectId) {
        var t = EXTERNAL_RECOMMENDER;
        return dsl.selectFrom(t).where(t.PROJECT_ID.eq(projectId)).fetchOptional(r -> new StoredService(r.getProjectId(),
                r.getUrl(), r.getToken(), r.getTimeoutSeconds(), r.getVersion(), r.getCalls(), r.getFailures(),
                r.getDroppedSpans(), r.getLastSuccessAt(),
                r.getLastProblemKey() == null ? null : ExternalProblem.stored(r.getLastProblemKey(), r.getLastProblemArgs()),
                r.getLastProblemAt()));
    }

    /**
     * Stores the URL and timeout, and the token when {@code newToken} is not null (an empty one removes it); the
     * version grows, so answers cached for the old configuration are not used.
     */
    void save(long projectId, String url, String newToken, int timeoutSeconds, long userId) {
        var t = EXTERNAL_RECOMMENDER;
        String token = newToken == null || newToken.isEmpty() ? null : newToken;
        var update = dsl.insertInto(t).set(t.PROJECT_ID, projectId).set(t.URL, url).set(t.TOKEN, token)
                .set(t.TIMEOUT_SECONDS, timeoutSeconds).set(t.UPDATED_BY, userId).set(t.UPDATED_AT, OffsetDateTime.now())
                .onConflict(t.PROJECT_ID).doUpdate()
                .set(t.URL, url).set(t.TIMEOUT_SECONDS, timeoutSeconds).set(t.VERSION, t.VERSION.plus(1))
                .set(t.UPDATED_BY, userId).set(t.UPDATED_AT, OffsetDateTime.now());
        if (newToken != null) {
            update = update.set(t.TOKEN, token);
        }
        update.execute();
    }

    /** A call that gave an answer; {@code problem} is set when some of its spans were dropped. */
    void answered(long projectId, int droppedSpans, ExternalProblem problem) {
        var t = EXTERNAL_RECOMMENDER;
        var update = dsl.update(t).set(t.CALLS, t.CALLS.plus(1)).set(t.DROPPED_SPANS, t.DROPPED_SPANS.plus(droppedSpans))
                .set(t.LAST_SUCCESS_AT, OffsetDateTime.now());
        if (problem != null) {
            update = update.set(t.LAST_PROBLEM_KEY, problem.key()).set(t.LAST_PROBLEM_ARGS, problem.joinedArgs())
                    .set(t.LAST_PROBLEM_AT, OffsetDateTime.now());
        }
        update.where(t.PROJECT_ID.eq(projectId)).execute();
    }

    /** A call that gave nothing usable. */
    void failed(long projectId, ExternalProblem problem) {
        var t = EXTERNAL_RECOMMENDER;
        dsl.update(t).set(t.CALLS, t.CALLS.plus(1)).set(t.FAILURES, t.FAILURES.plus(1))
                .set(t.LAST_PROBLEM_KEY, problem.key()).set(t.LAST_PROBLEM_ARGS, problem.joinedArgs())
                .set(t.LAST_PROBLEM_AT, OffsetDateTime.now())
                .where(t.PROJECT_ID.eq(projectId)).execute();
    }
}
