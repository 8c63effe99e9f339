package org.tawsim.agreement;

import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.CURATION;
import static org.tawsim.db.Tables.DOCUMENT;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.curation.CurationStatus;

/** Reads what agreement is computed from besides the layers: documents, who annotates them, curation. */
@Repository
class AgreementRepository {

    record DocumentText(long id, String externalId, String title, String text) {
    }

    private final DSLContext dsl;

    AgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One assignment of a selected annotator, with the revision of their layer (0 before the first edit). */
    record AssignmentState(long documentId, long annotatorId, String status, long revision) {
    }

    /** The selected annotators' assignments in the project, by document and annotator; {@code revisions} are the project's layers'. */
    List<AssignmentState> assignmentStates(long projectId, Collection<Long> annotatorIds, Map<LayerKey, Long> revisions) {
        return dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, ASSIGNMENT.STATUS)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId).and(ASSIGNMENT.ANNOTATOR_ID.in(annotatorIds)))
                .orderBy(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID)
                .fetch(r -> new AssignmentState(r.value1(), r.value2(), r.value3(),
                        revisions.getOrDefault(LayerKey.annotator(r.value1(), r.value2()), 0L)));
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

    /** Documents of the project whose curation is done: their gold layer is final. */
    List<Long> curatedDocuments(long projectId) {
        return dsl.select(CURATION.DOCUMENT_ID).from(CURATION)
                .where(CURATION.PROJECT_ID.eq(projectId).and(CURATION.STATUS.eq(CurationStatus.CURATED.dbValue())))
                .orderBy(CURATION.DOCUMENT_ID).fetch(CURATION.DOCUMENT_ID);
    }
}
