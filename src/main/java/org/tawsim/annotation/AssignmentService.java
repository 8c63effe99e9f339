package org.tawsim.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/** Who annotates which document, and how far they are. */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final ProjectService projects;
    private final DocumentService documents;
    private final AnnotationRepository annotations;
    private final ObjectMapper json;

    AssignmentService(AssignmentRepository assignments, ProjectService projects, DocumentService documents,
                      AnnotationRepository annotations, ObjectMapper json) {
        this.assignments = assignments;
        this.projects = projects;
        this.documents = documents;
        this.annotations = annotations;
        this.json = json;
    }

    /**
     * Gives every listed document (all of the project's when the list is empty) up to N annotators,
     * balancing the load over the project's annotators. Returns how many assignments were created.
     */
    @Transactional
    public int assignBalanced(UserAccount lead, long projectId, int perDocument, List<Long> documentIds) {
        projects.requireLead(lead, projectId);
        List<Long> annotators = projects.members(lead, projectId).stream()
                .filter(m -> m.role() == ProjectRole.ANNOTATOR).map(Member::userId).sorted().toList();
        if (annotators.isEmpty()) {
            throw new UserError("assign.error.no-annotators");
        }
        if (perDocument < 1 || perDocument > annotators.size()) {
            throw new UserError("assign.error.per-document", annotators.size());
        }
        List<Long> projectDocs = documents.summaries(lead, projectId).stream().map(DocumentSummary::id).toList();
        List<Long> targets = documentIds == null || documentIds.isEmpty() ? projectDocs
                : documentIds.stream().filter(projectDocs::contains).toList();
        List<AssignmentPlanner.Pair> plan = AssignmentPlanner.plan(targets, annotators, perDocument, assignments.existing(projectId));
        plan.forEach(p -> assignments.insert(projectId, p.documentId(), p.annotatorId()));
        return plan.size();
    }

    public List<MyAssignment> queue(UserAccount annotator) {
        return assignments.queue(annotator.id());
    }

    public List<AnnotatorProgress> progress(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return assignments.progress(projectId);
    }

    /** Opening a new document starts it; a done document stays done until reopened. */
    @Transactional
    public void opened(UserAccount annotator, long documentId) {
        if (assignments.status(documentId, annotator.id()).filter(s -> s == AssignmentStatus.NEW).isPresent()) {
            assignments.updateStatus(documentId, annotator.id(), AssignmentStatus.IN_PROGRESS);
        }
    }

    /**
     * Finishes the annotator's work on the document: their layer is read-only until they reopen it. Both steps
     * are written to the event log (the document's History), once per change of state.
     */
    @Transactional
    public void markDone(UserAccount annotator, long documentId) {
        moveTo(annotator, documentId, AssignmentStatus.DONE, "assignment.done");
    }

    @Transactional
    public void reopen(UserAccount annotator, long documentId) {
        moveTo(annotator, documentId, AssignmentStatus.IN_PROGRESS, "assignment.reopened");
    }

    private void moveTo(UserAccount annotator, long documentId, AssignmentStatus target, String event) {
        requireAssigned(annotator, documentId);
        AssignmentStatus before = assignments.lockStatus(documentId, annotator.id()).orElseThrow();
        if ((before == AssignmentStatus.DONE) == (target == AssignmentStatus.DONE)) {
            return;
        }
        assignments.updateStatus(documentId, annotator.id(), target);
        long projectId = documents.summary(annotator, documentId).projectId();
        try {
            annotations.log(annotator.id(), projectId, documentId, event, null,
                    json.writeValueAsString(Map.of("annotator", annotator.login())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an event", e);
        }
    }

    public Optional<AssignmentStatus> status(UserAccount annotator, long documentId) {
        return assignments.status(documentId, annotator.id());
    }

    private void requireAssigned(UserAccount annotator, long documentId) {
        if (!assignments.isAssigned(documentId, annotator.id())) {
            throw new UserError("assign.error.not-assigned");
        }
    }
}
