package org.tawsim.annotation;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.PROJECT_MEMBER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerWork;

@Repository
class AssignmentRepository {

    private final DSLContext dsl;

    AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The project's documents with at least two assignments, all of them done: their annotators' ids. */
    Map<Long, List<Long>> allDone(long projectId) {
        Map<Long, List<Long>> annotators = new java.util.TreeMap<>();
        Set<Long> open = new java.util.HashSet<>();
        dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, ASSIGNMENT.STATUS).from(ASSIGNMENT)
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId)).orderBy(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID)
                .forEach(r -> {
                    annotators.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2());
                    if (!AssignmentStatus.DONE.dbValue().equals(r.value3())) {
                        open.add(r.value1());
                    }
                });
        annotators.keySet().removeIf(document -> open.contains(document) || annotators.get(document).size() < 2);
        return annotators;
    }

    void insert(long projectId, long documentId, long annotatorId) {
        dsl.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.PROJECT_ID, projectId)
                .set(ASSIGNMENT.DOCUMENT_ID, documentId)
                .set(ASSIGNMENT.ANNOTATOR_ID, annotatorId)
                .onConflictDoNothing()
                .execute();
    }

    /** An assignment as a restore brings it back, with its status and times. */
    void insertRestored(long projectId, long documentId, long annotatorId, String status, OffsetDateTime assignedAt,
                        OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        dsl.insertInto(ASSIGNMENT).set(ASSIGNMENT.PROJECT_ID, projectId).set(ASSIGNMENT.DOCUMENT_ID, documentId)
                .set(ASSIGNMENT.ANNOTATOR_ID, annotatorId).set(ASSIGNMENT.STATUS, status)
                .set(ASSIGNMENT.ASSIGNED_AT, assignedAt).set(ASSIGNMENT.STARTED_AT, startedAt)
                .set(ASSIGNMENT.FINISHED_AT, finishedAt).execute();
    }

    Set<AssignmentPlanner.Pair> existing(long projectId) {
        return dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId))
                .fetch(r -> new AssignmentPlanner.Pair(r.value1(), r.value2()))
                .stream().collect(Collectors.toSet());
    }

    /**
     * Whether the document is assigned to the annotator and they are still a member: a removed member's assignments
     * stay (their work counts) but give them no access to the document.
     */
    boolean isAssigned(long documentId, long annotatorId) {
        return dsl.fetchExists(dsl.selectOne().from(ASSIGNMENT).join(PROJECT_MEMBER)
                .on(PROJECT_MEMBER.PROJECT_ID.eq(ASSIGNMENT.PROJECT_ID).and(PROJECT_MEMBER.USER_ID.eq(ASSIGNMENT.ANNOTATOR_ID)))
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .and(PROJECT_MEMBER.REMOVED_AT.isNull()));
    }

    /** Whether the assignment exists, whoever holds it now. */
    boolean exists(long documentId, long annotatorId) {
        return dsl.fetchExists(ASSIGNMENT, ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)));
    }

    void delete(long documentId, long annotatorId) {
        dsl.deleteFrom(ASSIGNMENT)
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .execute();
    }

    /**
     * Every assignment of the project with the spans of its layer and the time the layer last changed (the time of
     * the assignment before the first change); {@code work} is the project's layers.
     */
    List<AssignmentCell> cells(long projectId, Map<LayerKey, LayerWork> work) {
        return dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, APP_USER.LOGIN, ASSIGNMENT.STATUS, ASSIGNMENT.ASSIGNED_AT)
                .from(ASSIGNMENT)
                .join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId))
                .fetch(r -> {
                    LayerWork layer = work.get(LayerKey.annotator(r.value1(), r.value2()));
                    OffsetDateTime updated = layer == null || layer.updatedAt() == null ? r.value5() : layer.updatedAt();
                    return new AssignmentCell(r.value1(), r.value3(), AssignmentStatus.fromDb(r.value4()),
                            layer == null ? 0 : layer.spans(), updated);
                });
    }

    /** Everyone assigned to the document, by login. */
    List<CoAnnotator> assignedAnnotators(long documentId) {
        return dsl.select(APP_USER.ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME).from(ASSIGNMENT)
                .join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId))
                .orderBy(APP_USER.LOGIN)
                .fetch(r -> new CoAnnotator(r.value1(), r.value2(), r.value3()));
    }

    Optional<AssignmentStatus> status(long documentId, long annotatorId) {
        return dsl.select(ASSIGNMENT.STATUS).from(ASSIGNMENT)
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .fetchOptional(r -> AssignmentStatus.fromDb(r.value1()));
    }

    /**
     * The status, with the assignment row locked until the transaction ends: a change to the layer and
     * *Mark done* cannot interleave, so nothing is written to a layer after it was marked done.
     */
    Optional<AssignmentStatus> lockStatus(long documentId, long annotatorId) {
        return dsl.select(ASSIGNMENT.STATUS).from(ASSIGNMENT)
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .forNoKeyUpdate()
                .fetchOptional(r -> AssignmentStatus.fromDb(r.value1()));
    }

    /** Moves an assignment to a status and stamps the time it started or finished. */
    int updateStatus(long documentId, long annotatorId, AssignmentStatus status) {
        OffsetDateTime now = OffsetDateTime.now();
        return dsl.update(ASSIGNMENT)
                .set(ASSIGNMENT.STATUS, status.dbValue())
                .set(ASSIGNMENT.STARTED_AT, DSL.coalesce(ASSIGNMENT.STARTED_AT, DSL.val(now)))
                .set(ASSIGNMENT.FINISHED_AT, status == AssignmentStatus.DONE ? DSL.val(now) : DSL.castNull(ASSIGNMENT.FINISHED_AT))
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .execute();
    }

    /** The first change to a new document starts it. */
    void startIfNew(long documentId, long annotatorId) {
        dsl.update(ASSIGNMENT)
                .set(ASSIGNMENT.STATUS, AssignmentStatus.IN_PROGRESS.dbValue())
                .set(ASSIGNMENT.STARTED_AT, OffsetDateTime.now())
                .where(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .and(ASSIGNMENT.STATUS.eq(AssignmentStatus.NEW.dbValue()))
                .execute();
    }

    /** The annotator's assignments in every project; {@code spans} counts their layers' spans by document. */
    List<MyAssignment> queue(long annotatorId, Map<Long, Integer> spans) {
        return dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.PROJECT_ID, PROJECT.NAME, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE,
                        ASSIGNMENT.STATUS)
                .from(ASSIGNMENT)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(ASSIGNMENT.DOCUMENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(ASSIGNMENT.PROJECT_ID))
                .join(PROJECT_MEMBER).on(PROJECT_MEMBER.PROJECT_ID.eq(ASSIGNMENT.PROJECT_ID)
                        .and(PROJECT_MEMBER.USER_ID.eq(ASSIGNMENT.ANNOTATOR_ID)))
                .where(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)).and(PROJECT_MEMBER.REMOVED_AT.isNull())
                .orderBy(PROJECT.NAME, DOCUMENT.EXTERNAL_ID)
                .fetch(r -> new MyAssignment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        AssignmentStatus.fromDb(r.value6()), spans.getOrDefault(r.value1(), 0)));
    }

    List<AnnotatorProgress> progress(long projectId) {
        Field<Integer> assigned = DSL.count().as("assigned");
        Field<Integer> inProgress = DSL.count().filterWhere(ASSIGNMENT.STATUS.eq(AssignmentStatus.IN_PROGRESS.dbValue())).as("in_progress");
        Field<Integer> done = DSL.count().filterWhere(ASSIGNMENT.STATUS.eq(AssignmentStatus.DONE.dbValue())).as("done");
        return dsl.select(APP_USER.ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME, assigned, inProgress, done)
                .from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId))
                .groupBy(APP_USER.ID, APP_USER.LOGIN, APP_USER.DISPLAY_NAME)
                .orderBy(APP_USER.LOGIN)
                .fetch(r -> new AnnotatorProgress(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
