package org.tawsim.agreement;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.CURATION;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SPAN;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads what agreement is computed from: documents, who annotates them, their spans and chains. */
@Repository
class AgreementRepository {

    record StoredSpan(long documentId, long annotatorId, long spanId, int start, int end, String label, Long chainId) {
    }

    record DocumentText(long id, String externalId, String title, String text) {
    }

    private final DSLContext dsl;

    AgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One assignment of a selected annotator, with the revision of their layer (0 before the first edit). */
    record AssignmentState(long documentId, long annotatorId, String status, long revision) {
    }

    /** The selected annotators' assignments in the project, by document and annotator. */
    List<AssignmentState> assignmentStates(long projectId, Collection<Long> annotatorIds) {
        return dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, ASSIGNMENT.STATUS, ANNOTATION_LAYER.REVISION)
                .from(ASSIGNMENT)
                .leftJoin(ANNOTATION_LAYER).on(ANNOTATION_LAYER.DOCUMENT_ID.eq(ASSIGNMENT.DOCUMENT_ID)
                        .and(ANNOTATION_LAYER.ANNOTATOR_ID.eq(ASSIGNMENT.ANNOTATOR_ID)))
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId).and(ASSIGNMENT.ANNOTATOR_ID.in(annotatorIds)))
                .orderBy(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID)
                .fetch(r -> new AssignmentState(r.value1(), r.value2(), r.value3(), r.value4() == null ? 0 : r.value4()));
    }

    /** Which of the selected annotators are assigned to each of the documents. */
    Map<Long, List<Long>> assignedAnnotators(long projectId, Collection<Long> documentIds, Collection<Long> annotatorIds) {
        Map<Long, List<Long>> assigned = new HashMap<>();
        dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId).and(ASSIGNMENT.DOCUMENT_ID.in(documentIds))
                        .and(ASSIGNMENT.ANNOTATOR_ID.in(annotatorIds)))
                .forEach(r -> assigned.computeIfAbsent(r.value1(), d -> new java.util.ArrayList<>()).add(r.value2()));
        return assigned;
    }

    List<DocumentText> documents(long projectId, Collection<Long> documentIds) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, DOCUMENT.TEXT).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId).and(DOCUMENT.ID.in(documentIds)))
                .orderBy(DOCUMENT.EXTERNAL_ID)
                .fetch(r -> new DocumentText(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<StoredSpan> spans(long projectId, Collection<Long> documentIds, Collection<Long> annotatorIds) {
        Condition where = SPAN.PROJECT_ID.eq(projectId).and(SPAN.DOCUMENT_ID.in(documentIds)).and(SPAN.ANNOTATOR_ID.in(annotatorIds));
        return dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, CHAIN_MEMBER.CHAIN_ID)
                .from(SPAN).leftJoin(CHAIN_MEMBER).on(CHAIN_MEMBER.SPAN_ID.eq(SPAN.ID))
                .where(where)
                .fetch(r -> new StoredSpan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Documents of the project whose curation is done: their gold layer is final. */
    List<Long> curatedDocuments(long projectId) {
        return dsl.select(CURATION.DOCUMENT_ID).from(CURATION)
                .where(CURATION.PROJECT_ID.eq(projectId).and(CURATION.STATUS.eq("curated")))
                .orderBy(CURATION.DOCUMENT_ID).fetch(CURATION.DOCUMENT_ID);
    }

    /** Gold spans of the documents, as annotator 0. */
    List<StoredSpan> goldSpans(long projectId, Collection<Long> documentIds) {
        return dsl.select(SPAN.DOCUMENT_ID, SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL, CHAIN_MEMBER.CHAIN_ID)
                .from(SPAN).leftJoin(CHAIN_MEMBER).on(CHAIN_MEMBER.SPAN_ID.eq(SPAN.ID))
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.DOCUMENT_ID.in(documentIds)).and(SPAN.ANNOTATOR_ID.isNull()))
                .fetch(r -> new StoredSpan(r.value1(), 0, r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
