package org.tawsim.curation;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.CURATION;
import static org.tawsim.db.Tables.CURATION_DECISION;
import static org.tawsim.db.Tables.DOCUMENT;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.AssignmentStatus;

/** Curation rows and decisions, and the finished annotators' work a pre-merge reads. */
@Repository
class CurationRepository {

    record State(long documentId, long projectId, String rule, String status) {
    }

    record StoredDecision(long id, String kind, int start, int end, int annotators, String candidatesJson,
                          String outcome, Integer chosen, Long decidedBy, OffsetDateTime decidedAt, String notAppliedJson) {
    }

    /**
     * A decision to write: open, settled by the rule (decidedBy null), or carried over from an earlier merge;
     * {@code id} names the row it replaces, null for a new row.
     */
    record NewDecision(Long id, String kind, int start, int end, int annotators, String candidatesJson, String outcome, Integer chosen,
                       Long decidedBy, OffsetDateTime decidedAt, String notAppliedJson) {

        NewDecision in(long row) {
            return new NewDecision(row, kind, start, end, annotators, candidatesJson, outcome, chosen, decidedBy, decidedAt, notAppliedJson);
        }
    }

    private final DSLContext dsl;

    CurationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<State> state(long documentId) {
        return dsl.select(CURATION.DOCUMENT_ID, CURATION.PROJECT_ID, CURATION.RULE, CURATION.STATUS).from(CURATION)
                .where(CURATION.DOCUMENT_ID.eq(documentId))
                .fetchOptional(r -> new State(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Creates the curation; false if it already existed (a second lead started it first). */
    boolean insert(long documentId, long projectId, String rule, long leadId) {
        return dsl.insertInto(CURATION)
                .set(CURATION.DOCUMENT_ID, documentId)
                .set(CURATION.PROJECT_ID, projectId)
                .set(CURATION.RULE, rule)
                .set(CURATION.STARTED_BY, leadId)
                .onConflictDoNothing()
                .execute() == 1;
    }

    void insertDecision(long documentId, int position, NewDecision d) {
        dsl.insertInto(CURATION_DECISION)
                .set(CURATION_DECISION.DOCUMENT_ID, documentId)
                .set(CURATION_DECISION.POSITION, position)
                .set(CURATION_DECISION.KIND, d.kind())
                .set(CURATION_DECISION.START_OFFSET, d.start())
                .set(CURATION_DECISION.END_OFFSET, d.end())
                .set(CURATION_DECISION.ANNOTATORS, d.annotators())
                .set(CURATION_DECISION.CANDIDATES, JSONB.valueOf(d.candidatesJson()))
                .set(CURATION_DECISION.OUTCOME, d.outcome())
                .set(CURATION_DECISION.CHOSEN, d.chosen())
                .set(CURATION_DECISION.DECIDED_BY, d.decidedBy())
                .set(CURATION_DECISION.DECIDED_AT, d.decidedAt())
                .set(CURATION_DECISION.NOT_APPLIED, d.notAppliedJson() == null ? null : JSONB.valueOf(d.notAppliedJson()))
                .execute();
    }

    /**
     * Replaces the document's decisions: rows named by an id are updated in place (their ids stay valid), the others
     * inserted, and earlier rows not named deleted. Positions are moved out of the way first (they are unique).
     */
    void replaceDecisions(long documentId, List<NewDecision> decisions) {
        List<Long> kept = decisions.stream().map(NewDecision::id).filter(java.util.Objects::nonNull).toList();
        dsl.deleteFrom(CURATION_DECISION).where(CURATION_DECISION.DOCUMENT_ID.eq(documentId).and(CURATION_DECISION.ID.notIn(kept))).execute();
        dsl.update(CURATION_DECISION).set(CURATION_DECISION.POSITION, CURATION_DECISION.POSITION.neg().minus(1))
                .where(CURATION_DECISION.DOCUMENT_ID.eq(documentId)).execute();
        for (int position = 0; position < decisions.size(); position++) {
            NewDecision d = decisions.get(position);
            if (d.id() == null) {
                insertDecision(documentId, position, d);
                continue;
            }
            dsl.update(CURATION_DECISION)
                    .set(CURATION_DECISION.POSITION, position)
                    .set(CURATION_DECISION.KIND, d.kind())
                    .set(CURATION_DECISION.START_OFFSET, d.start())
                    .set(CURATION_DECISION.END_OFFSET, d.end())
                    .set(CURATION_DECISION.ANNOTATORS, d.annotators())
                    .set(CURATION_DECISION.CANDIDATES, JSONB.valueOf(d.candidatesJson()))
                    .set(CURATION_DECISION.OUTCOME, d.outcome())
                    .set(CURATION_DECISION.CHOSEN, d.chosen())
                    .set(CURATION_DECISION.DECIDED_BY, d.decidedBy())
                    .set(CURATION_DECISION.DECIDED_AT, d.decidedAt())
                    .set(CURATION_DECISION.NOT_APPLIED, d.notAppliedJson() == null ? null : JSONB.valueOf(d.notAppliedJson()))
                    .where(CURATION_DECISION.ID.eq(d.id()))
                    .execute();
        }
    }

    List<StoredDecision> decisions(long documentId) {
        return dsl.select(CURATION_DECISION.ID, CURATION_DECISION.KIND, CURATION_DECISION.START_OFFSET, CURATION_DECISION.END_OFFSET,
                        CURATION_DECISION.ANNOTATORS, CURATION_DECISION.CANDIDATES, CURATION_DECISION.OUTCOME, CURATION_DECISION.CHOSEN,
                        CURATION_DECISION.DECIDED_BY, CURATION_DECISION.DECIDED_AT, CURATION_DECISION.NOT_APPLIED)
                .from(CURATION_DECISION).where(CURATION_DECISION.DOCUMENT_ID.eq(documentId))
                .orderBy(CURATION_DECISION.POSITION)
                .fetch(r -> new StoredDecision(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6().data(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11() == null ? null : r.value11().data()));
    }

    /** The work the curation merged, as JSON; null for a curation started before snapshots were kept. */
    String mergedWork(long documentId) {
        JSONB work = dsl.select(CURATION.MERGED_WORK).from(CURATION).where(CURATION.DOCUMENT_ID.eq(documentId)).fetchOne(CURATION.MERGED_WORK);
        return work == null ? null : work.data();
    }

    void setMergedWork(long documentId, String workJson) {
        dsl.update(CURATION).set(CURATION.MERGED_WORK, JSONB.valueOf(workJson)).where(CURATION.DOCUMENT_ID.eq(documentId)).execute();
    }

    Optional<Long> documentOfDecision(long decisionId) {
        return dsl.select(CURATION_DECISION.DOCUMENT_ID).from(CURATION_DECISION).where(CURATION_DECISION.ID.eq(decisionId))
                .fetchOptional(CURATION_DECISION.DOCUMENT_ID);
    }

    void settle(long decisionId, String outcome, Integer chosen, long leadId, String notAppliedJson) {
        dsl.update(CURATION_DECISION)
                .set(CURATION_DECISION.NOT_APPLIED, notAppliedJson == null ? null : JSONB.valueOf(notAppliedJson))
                .set(CURATION_DECISION.OUTCOME, outcome)
                .set(CURATION_DECISION.CHOSEN, chosen)
                .set(CURATION_DECISION.DECIDED_BY, leadId)
                .set(CURATION_DECISION.DECIDED_AT, OffsetDateTime.now())
                .where(CURATION_DECISION.ID.eq(decisionId))
                .execute();
    }

    void setStatus(long documentId, String status, Long leadId) {
        dsl.update(CURATION)
                .set(CURATION.STATUS, status)
                .set(CURATION.CURATED_BY, leadId)
                .set(CURATION.CURATED_AT, leadId == null ? null : OffsetDateTime.now())
                .where(CURATION.DOCUMENT_ID.eq(documentId))
                .execute();
    }

    /** The annotators whose assignment of the document is done: id → login, by login. */
    Map<Long, String> finishedAnnotatorIds(long documentId) {
        Map<Long, String> finished = new LinkedHashMap<>();
        dsl.select(APP_USER.ID, APP_USER.LOGIN).from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.STATUS.eq(AssignmentStatus.DONE.dbValue())))
                .orderBy(APP_USER.LOGIN)
                .forEach(r -> finished.put(r.value1(), r.value2()));
        return finished;
    }

    /** Logins of the annotators whose assignment of the document is done. */
    List<String> finishedAnnotators(long documentId) {
        return dsl.select(APP_USER.LOGIN).from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.STATUS.eq(AssignmentStatus.DONE.dbValue())))
                .orderBy(APP_USER.LOGIN)
                .fetch(APP_USER.LOGIN);
    }

    /** Curation status of every started document of the project. */
    Map<Long, String> statuses(long projectId) {
        Map<Long, String> statuses = new HashMap<>();
        dsl.select(CURATION.DOCUMENT_ID, CURATION.STATUS).from(CURATION).where(CURATION.PROJECT_ID.eq(projectId))
                .forEach(r -> statuses.put(r.value1(), r.value2()));
        return statuses;
    }

    int documentCount(long projectId) {
        return dsl.fetchCount(DOCUMENT, DOCUMENT.PROJECT_ID.eq(projectId));
    }

    /** Locks the curation row: decisions on one document are made one after the other. */
    void lock(long documentId) {
        dsl.selectOne().from(CURATION).where(CURATION.DOCUMENT_ID.eq(documentId)).forUpdate().execute();
    }

}
