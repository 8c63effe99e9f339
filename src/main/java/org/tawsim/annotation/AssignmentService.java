package org.tawsim.annotation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerWork;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.annotation.layer.event.AssignmentEvent;
import org.tawsim.annotation.layer.event.EventLog;
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
    private final Layers layers;
    private final ProjectService projects;
    private final DocumentService documents;
    private final EventLog events;

    AssignmentService(AssignmentRepository assignments, Layers layers, ProjectService projects, DocumentService documents,
                      EventLog events) {
        this.assignments = assignments;
        this.layers = layers;
        this.projects = projects;
        this.documents = documents;
        this.events = events;
    }

    /**
     * Gives every listed document (all of the project's when the list is empty) up to N annotators,
     * balancing the load over the project's annotators. Returns how many assignments were created.
     */
    @Transactional
    public int assignBalanced(UserAccount lead, long projectId, int perDocument, List<Long> documentIds) {
        return assignBalanced(lead, projectId, perDocument, documentIds, List.of()).size();
    }

    /**
     * As above, over the listed annotators only (all the project's annotators when the list is empty), with the
     * existing {@link AssignmentPlanner}. Returns the assignments created; each is in its document's History.
     */
    @Transactional
    public List<AssignmentCell> assignBalanced(UserAccount lead, long projectId, int perDocument, List<Long> documentIds,
                                               List<String> logins) {
        List<Member> annotators = annotators(lead, projectId, logins);
        if (annotators.isEmpty()) {
            throw new UserError("assign.error.no-annotators");
        }
        if (perDocument < 1 || perDocument > annotators.size()) {
            throw new UserError("assign.error.per-document", annotators.size());
        }
        List<Long> targets = documents(lead, projectId, documentIds);
        List<Long> annotatorIds = annotators.stream().map(Member::userId).sorted().toList();
        List<AssignmentPlanner.Pair> plan = AssignmentPlanner.plan(targets, annotatorIds, perDocument, assignments.existing(projectId));
        Map<Long, String> loginOf = annotators.stream().collect(Collectors.toMap(Member::userId, Member::login));
        return plan.stream().map(p -> add(lead, projectId, p.documentId(), p.annotatorId(), loginOf.get(p.annotatorId()))).toList();
    }

    /** Assigns every listed document to every listed annotator; pairs that exist already are kept as they are. */
    @Transactional
    public List<AssignmentCell> assign(UserAccount lead, long projectId, List<Long> documentIds, List<String> logins) {
        projects.requireLead(lead, projectId);
        if (documentIds == null || documentIds.isEmpty() || logins == null || logins.isEmpty()) {
            throw new UserError("assign.error.pairs");
        }
        List<Member> annotators = annotators(lead, projectId, logins);
        List<AssignmentCell> created = new ArrayList<>();
        for (long documentId : documents(lead, projectId, documentIds)) {
            for (Member annotator : annotators) {
                if (!assignments.exists(documentId, annotator.userId())) {
                    created.add(add(lead, projectId, documentId, annotator.userId(), annotator.login()));
                }
            }
        }
        return created;
    }

    /**
     * Takes the document from the annotator. Refused with the count ({@link AssignmentHasWork}) while they have spans
     * in it: unassigning never hides or deletes work (remove the member instead to keep it read-only). Unassigning
     * what is not assigned changes nothing. Logged as {@code assignment.removed}.
     */
    @Transactional
    public void unassign(UserAccount lead, long projectId, long documentId, String login) {
        Member annotator = member(lead, projectId, login);
        documents(lead, projectId, List.of(documentId));
        if (!assignments.exists(documentId, annotator.userId())) {
            return;
        }
        int spans = layers.spanCount(LayerKey.annotator(documentId, annotator.userId()));
        if (spans > 0) {
            throw new AssignmentHasWork(annotator.login(), spans);
        }
        assignments.delete(documentId, annotator.userId());
        events.append(lead.id(), projectId, documentId, new AssignmentEvent.Removed(annotator.login()));
    }

    /** Gives the document to another annotator: unassigns the first (refused while they have spans), assigns the second. */
    @Transactional
    public void reassign(UserAccount lead, long projectId, long documentId, String from, String to) {
        if (from != null && from.strip().equals(to == null ? "" : to.strip())) {
            throw new UserError("assign.error.same-annotator");
        }
        unassign(lead, projectId, documentId, from);
        assign(lead, projectId, List.of(documentId), List.of(to));
    }

    /** The document × annotator matrix of the project, for its leads. */
    @Transactional(readOnly = true)
    public AssignmentMatrix matrix(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        List<Member> annotators = projects.members(lead, projectId).stream().filter(m -> m.role() == ProjectRole.ANNOTATOR).toList();
        List<AssignmentCell> cells = assignments.cells(projectId, layers.workInProject(projectId).stream()
                .collect(Collectors.toMap(LayerWork::key, w -> w)));
        Set<String> holders = cells.stream().map(AssignmentCell::login).collect(Collectors.toSet());
        List<Member> removed = projects.removedMembers(lead, projectId).stream().filter(m -> holders.contains(m.login())).toList();
        return AssignmentMatrix.of(annotators, removed, documents.summaries(lead, projectId), cells);
    }

    private AssignmentCell add(UserAccount lead, long projectId, long documentId, long annotatorId, String login) {
        assignments.insert(projectId, documentId, annotatorId);
        events.append(lead.id(), projectId, documentId, new AssignmentEvent.Added(login));
        return new AssignmentCell(documentId, login, AssignmentStatus.NEW, 0, OffsetDateTime.now());
    }

    /** The project's annotators by login (all of them for an empty list); anyone else is refused by name. */
    private List<Member> annotators(UserAccount lead, long projectId, List<String> logins) {
        projects.requireLead(lead, projectId);
        List<Member> all = projects.members(lead, projectId).stream().filter(m -> m.role() == ProjectRole.ANNOTATOR)
                .sorted(Comparator.comparingLong(Member::userId)).toList();
        if (logins == null || logins.isEmpty()) {
            return all;
        }
        return logins.stream().distinct().map(login -> member(all, login)).toList();
    }

    private Member member(UserAccount lead, long projectId, String login) {
        projects.requireLead(lead, projectId);
        List<Member> holders = new ArrayList<>(projects.members(lead, projectId));
        holders.addAll(projects.removedMembers(lead, projectId));
        return member(holders, login);
    }

    private static Member member(List<Member> candidates, String login) {
        String clean = login == null ? "" : login.strip();
        return candidates.stream().filter(m -> m.login().equalsIgnoreCase(clean)).findFirst()
                .orElseThrow(() -> new UserError("assign.error.not-annotator", clean));
    }

    /**
     * The project's documents (all for an empty list). An id that is not one of them is refused like a document of
     * another project: the answer tells nobody which ids exist.
     */
    private List<Long> documents(UserAccount lead, long projectId, List<Long> documentIds) {
        List<Long> projectDocs = documents.summaries(lead, projectId).stream().map(DocumentSummary::id).toList();
        if (documentIds == null || documentIds.isEmpty()) {
            return projectDocs;
        }
        Set<Long> known = new HashSet<>(projectDocs);
        List<Long> wanted = documentIds.stream().distinct().toList();
        if (!known.containsAll(wanted)) {
            throw new AccessDeniedException("No access to a listed document");
        }
        return wanted;
    }

    public List<MyAssignment> queue(UserAccount annotator) {
        return assignments.queue(annotator.id(), layers.workOf(annotator.id()).stream()
                .collect(Collectors.toMap(w -> w.key().documentId(), LayerWork::spans)));
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
        moveTo(annotator, documentId, AssignmentStatus.DONE, new AssignmentEvent.Done(annotator.login()));
    }

    @Transactional
    public void reopen(UserAccount annotator, long documentId) {
        moveTo(annotator, documentId, AssignmentStatus.IN_PROGRESS, new AssignmentEvent.Reopened(annotator.login()));
    }

    private void moveTo(UserAccount annotator, long documentId, AssignmentStatus target, AssignmentEvent event) {
        requireAssigned(annotator, documentId);
        AssignmentStatus before = assignments.lockStatus(documentId, annotator.id()).orElseThrow();
        if ((before == AssignmentStatus.DONE) == (target == AssignmentStatus.DONE)) {
            return;
        }
        assignments.updateStatus(documentId, annotator.id(), target);
        long projectId = documents.summary(annotator, documentId).projectId();
        events.append(annotator.id(), projectId, documentId, event);
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
