package org.tawsim.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.DeleteSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.RestoreSpan;
import org.tawsim.annotation.Operation.UpdateSpan;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;

/**
 * An annotator's spans and chains on a document they are assigned to. Every operation is one transaction
 * on the layer's current revision; a stale revision is refused, never merged silently. Annotators see
 * only their own layer (blind annotation) unless a lead allows otherwise: see {@link CoAnnotatorLayers}.
 */
@Service
public class AnnotationService {

    private final AnnotationRepository annotations;
    private final AssignmentRepository assignments;
    private final DocumentService documents;
    private final ProjectService projects;
    private final AppliedOperationRepository applied;
    private final ObjectMapper json;

    AnnotationService(AnnotationRepository annotations, AssignmentRepository assignments, DocumentService documents,
                      ProjectService projects, AppliedOperationRepository applied, ObjectMapper json) {
        this.annotations = annotations;
        this.applied = applied;
        this.assignments = assignments;
        this.documents = documents;
        this.projects = projects;
        this.json = json;
    }

    public Layer layer(UserAccount annotator, long documentId) {
        requireAssigned(annotator, documentId);
        return new Layer(documentId, annotations.revision(documentId, annotator.id()),
                annotations.spans(documentId, annotator.id()), annotations.chains(documentId, annotator.id()));
    }

    /**
     * What the project's gold and the member's own layers say, as surface forms with labels: what suggestions
     * learn from (blind annotation stays blind: no other annotator's spans are read).
     */
    public List<SurfaceForm> surfaceForms(UserAccount member, long projectId) {
        projects.requireMember(member, projectId);
        return annotations.surfaceForms(projectId, member.id());
    }

    /** The gold layer of a document, for the project's leads (it may not exist yet: revision 0, empty). */
    public Layer goldLayer(UserAccount lead, long documentId) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        return new Layer(documentId, annotations.revision(documentId, null),
                annotations.spans(documentId, null), annotations.chains(documentId, null));
    }

    /**
     * Applies one operation made on {@code baseRevision}. A retried operation (same opId, same operation) that was
     * already applied is answered again instead of being applied twice; the same opId with another operation is
     * refused ({@link OperationIdReused}). Operation ids are scoped to the layer and the actor.
     * While the annotator has the document marked done their layer is read-only: {@link DocumentDone}.
     */
    @Transactional
    public OperationResult apply(UserAccount annotator, long documentId, long baseRevision, UUID opId, Operation operation) {
        requireAssigned(annotator, documentId);
        Optional<OperationResult> earlier = earlier(documentId, annotator.id(), annotator, opId,
                opId == null ? null : OperationFingerprint.of(operation));
        if (earlier.isPresent()) {
            return earlier.get(); // a retry of a change made before Mark done is answered, not refused
        }
        if (assignments.lockStatus(documentId, annotator.id()).filter(s -> s == AssignmentStatus.DONE).isPresent()) {
            throw new DocumentDone(documentId);
        }
        OperationResult result = applyTo(annotator, annotator.id(), documentId, baseRevision, opId, operation);
        if (!result.alreadyApplied()) {
            assignments.startIfNew(documentId, annotator.id());
        }
        return result;
    }

    /**
     * The same operations on the gold layer, by a lead of the project: gold has its own revision, the same
     * undo/redo and the same event log (its events say {@code "layer": "gold"}).
     */
    @Transactional
    public OperationResult applyToGold(UserAccount lead, long documentId, long baseRevision, UUID opId, Operation operation) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        return applyTo(lead, null, documentId, baseRevision, opId, operation);
    }

    /**
     * Gold operations made by the server for the lead (pre-merge, decisions): applied on the current revision.
     * The layer row is locked first, so another lead's edit cannot slip in between reading the revision and
     * raising it (which would fail a decision with a conflict the lead never caused).
     */
    @Transactional
    public OperationResult applyToGold(UserAccount lead, long documentId, Operation operation) {
        annotations.ensureLayer(documentId, null);
        return applyToGold(lead, documentId, annotations.lockRevision(documentId, null), null, operation);
    }

    /**
     * Holds the gold layer until the caller's transaction ends, for a change made of several operations (a
     * curation decision) that reads gold first: no other lead's edit can come between the reading and the writing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdGold(UserAccount lead, long documentId) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        annotations.ensureLayer(documentId, null);
        annotations.lockRevision(documentId, null);
    }

    private OperationResult applyTo(UserAccount actor, Long owner, long documentId, long baseRevision, UUID opId, Operation operation) {
        String hash = opId == null ? null : OperationFingerprint.of(operation);
        Optional<OperationResult> earlier = earlier(documentId, owner, actor, opId, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        annotations.ensureLayer(documentId, owner);
        Optional<Long> advanced = annotations.advanceRevision(documentId, owner, baseRevision);
        if (advanced.isEmpty()) {
            // The same operation sent twice at once (a retry racing its original): the second waited for the
            // first's row lock, so its record is visible now and is answered again rather than as a conflict.
            return earlier(documentId, owner, actor, opId, hash)
                    .orElseThrow(() -> new RevisionConflict(baseRevision, annotations.revision(documentId, owner)));
        }
        long revision = advanced.get();
        DocumentSummary document = documents.summary(actor, documentId);
        Context context = new Context(actor, owner, document, revision, opId);
        OperationResult result = dispatch(context, operation);
        if (opId != null) {
            applied.record(documentId, owner, actor.id(), opId, hash, result);
        }
        return result;
    }

    /** An opId is this actor's on this layer: looked up nowhere else, so reusing someone else's id tells nothing. */
    private Optional<OperationResult> earlier(long documentId, Long owner, UserAccount actor, UUID opId, String hash) {
        return opId == null ? Optional.empty() : applied.earlier(documentId, owner, actor.id(), opId, hash);
    }

    private OperationResult dispatch(Context context, Operation operation) {
        if (operation instanceof CreateSpan op) {
            return createSpan(context, op);
        } else if (operation instanceof UpdateSpan op) {
            return updateSpan(context, op);
        } else if (operation instanceof DeleteSpan op) {
            return deleteSpan(context, op);
        } else if (operation instanceof RestoreSpan op) {
            return restoreSpan(context, op);
        } else if (operation instanceof MoveMentions op) {
            return moveMentions(context, op);
        }
        throw new UserError("operation.error.unknown");
    }

    /** One operation being applied: who acts, on whose layer (null: gold), at which new revision. */
    private record Context(UserAccount actor, Long owner, DocumentSummary document, long revision, UUID opId) {
        long documentId() {
            return document.id();
        }

        Long annotatorId() {
            return owner;
        }

        long actorId() {
            return actor.id();
        }
    }

    private OperationResult createSpan(Context c, CreateSpan op) {
        checkSpan(c, op.start(), op.end(), op.label());
        long id = annotations.insertSpan(null, c.document().projectId(), c.documentId(), c.annotatorId(), c.actorId(), op.start(), op.end(), op.label());
        log(c, "span.created", Map.of("id", id, "start", op.start(), "end", op.end(), "label", op.label()), id, null);
        return new OperationResult(c.revision(), id, null, false);
    }

    private OperationResult updateSpan(Context c, UpdateSpan op) {
        Span before = annotations.span(op.id(), c.documentId(), c.annotatorId())
                .orElseThrow(() -> new UserError("span.error.missing", op.id()));
        if (before.start() != op.start() || before.end() != op.end() || !before.label().equals(op.label())) {
            checkSpan(c, op.start(), op.end(), op.label());
        }
        annotations.updateSpan(op.id(), c.documentId(), c.annotatorId(), c.actorId(), op.start(), op.end(), op.label());
        log(c, "span.updated", Map.of("id", op.id(), "before", before,
                "after", new Span(op.id(), op.start(), op.end(), op.label())), null, null);
        return new OperationResult(c.revision(), op.id(), null, false);
    }

    private OperationResult deleteSpan(Context c, DeleteSpan op) {
        Span before = annotations.span(op.id(), c.documentId(), c.annotatorId())
                .orElseThrow(() -> new UserError("span.error.missing", op.id()));
        Long chain = annotations.chainOf(op.id()).orElse(null);
        annotations.deleteSpan(op.id(), c.documentId(), c.annotatorId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", op.id());
        payload.put("span", before);
        payload.put("chain", chain);
        log(c, "span.deleted", payload, null, null);
        logDeletedChains(c);
        return new OperationResult(c.revision(), op.id(), null, false);
    }

    private OperationResult restoreSpan(Context c, RestoreSpan op) {
        if (!annotations.deletedBefore("span.deleted", op.id(), c.documentId(), c.annotatorId())
                || annotations.span(op.id(), c.documentId(), c.annotatorId()).isPresent()) {
            throw new UserError("span.error.not-restorable", op.id());
        }
        checkSpan(c, op.start(), op.end(), op.label());
        annotations.insertSpan(op.id(), c.document().projectId(), c.documentId(), c.annotatorId(), c.actorId(), op.start(), op.end(), op.label());
        Long chain = op.chainId() == null ? null : chainFor(c, op.chainId());
        if (chain != null) {
            annotations.setChain(op.id(), c.documentId(), chain);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", op.id());
        payload.put("span", new Span(op.id(), op.start(), op.end(), op.label()));
        payload.put("chain", chain);
        log(c, "span.restored", payload, op.id(), chain);
        return new OperationResult(c.revision(), op.id(), chain, false);
    }

    private OperationResult moveMentions(Context c, MoveMentions op) {
        if (op.moves() == null || op.moves().isEmpty()) {
            throw new UserError("chain.error.empty");
        }
        Long created = null;
        Set<Long> seen = new HashSet<>();
        for (MoveMentions.Move move : op.moves()) {
            if (!seen.add(move.spanId()) || annotations.span(move.spanId(), c.documentId(), c.annotatorId()).isEmpty()) {
                throw new UserError("span.error.missing", move.spanId());
            }
            Long target = move.chainId();
            if (target != null && target == MoveMentions.NEW_CHAIN) {
                if (created == null) {
                    created = annotations.insertChain(null, c.documentId(), c.annotatorId(), c.actorId());
                }
                target = created;
            } else if (target != null) {
                target = chainFor(c, target);
            }
            annotations.setChain(move.spanId(), c.documentId(), target);
        }
        log(c, "chain.moved", Map.of("moves", op.moves()), null, created);
        logDeletedChains(c);
        return new OperationResult(c.revision(), null, created, false);
    }

    /** An existing chain of this layer, or one it deleted earlier (brought back by undo). */
    private long chainFor(Context c, long chainId) {
        if (annotations.chainExists(chainId, c.documentId(), c.annotatorId())) {
            return chainId;
        }
        if (annotations.deletedBefore("chain.deleted", chainId, c.documentId(), c.annotatorId())) {
            return annotations.insertChain(chainId, c.documentId(), c.annotatorId(), c.actorId());
        }
        throw new UserError("chain.error.missing", chainId);
    }

    private void logDeletedChains(Context c) {
        for (long chainId : annotations.deleteEmptyChains(c.documentId(), c.annotatorId())) {
            log(new Context(c.actor(), c.owner(), c.document(), c.revision(), null), "chain.deleted", Map.of("id", chainId), null, null);
        }
    }

    private void checkSpan(Context c, int start, int end, String label) {
        int length = c.document().length();
        if (start < 0 || end > length || start >= end) {
            throw new UserError("span.error.range", start, end, length);
        }
        List<Label> labels = projects.labels(c.actor(), c.document().projectId());
        if (labels.stream().noneMatch(l -> l.name().equals(label))) {
            throw new UserError("span.error.label", label);
        }
        if (annotations.spanExists(c.documentId(), c.annotatorId(), start, end, label)) {
            throw new UserError("span.error.duplicate", start, end, label);
        }
    }

    private void log(Context c, String kind, Map<String, Object> payload, Long spanId, Long chainId) {
        Map<String, Object> full = new LinkedHashMap<>(payload);
        full.put("revision", c.revision());
        full.put("resultSpan", spanId);
        full.put("resultChain", chainId);
        if (c.owner() == null) {
            full.put("layer", AnnotationRepository.GOLD);
        }
        try {
            annotations.log(c.actorId(), c.document().projectId(), c.documentId(), kind, c.opId(), json.writeValueAsString(full));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an event", e);
        }
    }

    private void requireAssigned(UserAccount annotator, long documentId) {
        if (!assignments.isAssigned(documentId, annotator.id())) {
            throw new AccessDeniedException("Document " + documentId + " is not assigned to " + annotator.login());
        }
    }
}
