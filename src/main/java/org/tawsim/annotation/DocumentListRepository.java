package org.tawsim.annotation;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SPAN;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads a page of a project's documents and each annotator's work on them: a fixed number of queries per page
 * (count, page, work), however many documents and annotators.
 */
@Repository
class DocumentListRepository {

    private static final Field<Integer> LENGTH = DSL.charLength(DOCUMENT.TEXT).as("length");

    private final DSLContext dsl;

    DocumentListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row of the page before the annotators' work is attached. */
    record Row(long id, String externalId, String title, int length) {
    }

    /** One annotator's work on one document. */
    record Work(long documentId, long annotatorId, String login, String status, int spans, OffsetDateTime updatedAt) {
    }

    long count(long projectId, String status, Long annotatorId) {
        return dsl.fetchCount(DOCUMENT, matching(projectId, status, annotatorId));
    }

    List<Row> page(long projectId, String status, Long annotatorId, int page, int size) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, LENGTH).from(DOCUMENT)
                .where(matching(projectId, status, annotatorId))
                .orderBy(DOCUMENT.EXTERNAL_ID, DOCUMENT.ID)
                .limit(size).offset((long) page * size)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Who worked on these documents: every assignment and every annotator's layer (imported spans have a layer
     * without an assignment), with status, span count and last change; only {@code onlyAnnotator}'s if given.
     */
    List<Work> work(Collection<Long> documentIds, Long onlyAnnotator) {
        Table<Record2<Long, Long>> keys = dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.DOCUMENT_ID.in(documentIds))
                .union(dsl.select(ANNOTATION_LAYER.DOCUMENT_ID, ANNOTATION_LAYER.ANNOTATOR_ID).from(ANNOTATION_LAYER)
                        .where(ANNOTATION_LAYER.DOCUMENT_ID.in(documentIds)).and(ANNOTATION_LAYER.ANNOTATOR_ID.isNotNull()))
                .asTable("k", "document_id", "annotator_id");
        Field<Long> documentId = keys.field("document_id", Long.class);
        Field<Long> annotatorId = keys.field("annotator_id", Long.class);
        Field<Integer> spans = DSL.field(DSL.selectCount().from(SPAN)
                .where(SPAN.DOCUMENT_ID.eq(documentId).and(SPAN.ANNOTATOR_ID.eq(annotatorId))));
        Field<OffsetDateTime> updated = DSL.greatest(ASSIGNMENT.ASSIGNED_AT, ASSIGNMENT.STARTED_AT,
                ASSIGNMENT.FINISHED_AT, ANNOTATION_LAYER.UPDATED_AT);
        return dsl.select(documentId, annotatorId, APP_USER.LOGIN, ASSIGNMENT.STATUS, spans, updated)
                .from(keys)
                .join(APP_USER).on(APP_USER.ID.eq(annotatorId))
                .leftJoin(ASSIGNMENT).on(ASSIGNMENT.DOCUMENT_ID.eq(documentId).and(ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId)))
                .leftJoin(ANNOTATION_LAYER).on(ANNOTATION_LAYER.DOCUMENT_ID.eq(documentId)
                        .and(ANNOTATION_LAYER.ANNOTATOR_ID.eq(annotatorId)))
                .where(onlyAnnotator == null ? DSL.noCondition() : annotatorId.eq(onlyAnnotator))
                .orderBy(documentId, APP_USER.LOGIN)
                .fetch(r -> new Work(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The project's documents, or those with an assignment of this status and/or annotator. */
    private static Condition matching(long projectId, String status, Long annotatorId) {
        Condition condition = DOCUMENT.PROJECT_ID.eq(projectId);
        if (status == null && annotatorId == null) {
            return condition;
        }
        Condition assignment = ASSIGNMENT.DOCUMENT_ID.eq(DOCUMENT.ID)
                .and(status == null ? DSL.noCondition() : ASSIGNMENT.STATUS.eq(status))
                .and(annotatorId == null ? DSL.noCondition() : ASSIGNMENT.ANNOTATOR_ID.eq(annotatorId));
        return condition.andExists(DSL.selectOne().from(ASSIGNMENT).where(assignment));
    }
}
