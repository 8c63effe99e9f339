package org.tawsim.annotation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.annotation.layer.Span;
import org.tawsim.annotation.layer.SurfaceForm;
import org.tawsim.annotation.layer.SurfaceFormsVersion;
import org.tawsim.annotation.layer.event.ChainEvent;
import org.tawsim.annotation.layer.event.Event;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.LayerEvent;
import org.tawsim.annotation.layer.event.SpanEvent;
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

    private final Layers layers;
    private final AssignmentRepository assignments;
    private final DocumentService documents;
    private final ProjectService projects;
    private final AppliedOperationRepository applied;
    private final EventLog events;

    AnnotationService(Layers layers, AssignmentRepository assignments, DocumentService documents,
                      ProjectService projects, AppliedOperationRepository applied, EventLog events) {
        this.layers = layers;
        this.applied = applied;
        this.assignments = assignments;
        this.documents = documents;
        this.projects = projects;
        this.events = events;
    }

    public Layer layer(UserAccount annotator, long documentId) {
        requireAssigned(annotator, documentId);
        return layer(LayerKey.annotator(documentId, annotator.id()));
    }

    /**
     * What the project's gold and the member's own layers say, as surface forms with labels: what suggestions
     * learn from (blind annotation stays blind: no other annotator's spans are read).
     */
    public List<SurfaceForm> surfaceForms(UserAccount member, long projectId) {
        projects.requireMember(member, projectId);
        return layers.surfaceForms(projectId, member.id());
    }

    /** Changes whenever {@link #surfaceForms} may (one aggregate over the layers), to read the forms only then. */
    public SurfaceFormsVersion surfaceFormsVersion(UserAccount member, long projectId) {
        projects.requireMember(member, projectId);
        return layers.surfaceFormsVersion(projectId, member.id());
    }

    /** The gold layer of a document, for the project's leads (it may not exist yet: revision 0, empty). */
    public Layer goldLayer(UserAccount lead, long documentId) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        return layer(LayerKey.gold(documentId));
    }

    private Layer layer(LayerKey key) {
        LayerContent content = layers.read(key);
        return new Layer(key.documentId(), content.revision(), content.spans(), content.chains());
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
        LayerKey key = LayerKey.annotator(documentId, annotator.id());
        Optional<OperationResult> earlier = earlier(key, annotator, opId, opId == null ? null : OperationFingerprint.of(operation));
        if (earlier.isPresent()) {
            return earlier.get(); // a retry of a change made before Mark done is answered, not refused
        }
        if (assignments.lockStatus(documentId, annotator.id()).filter(s -> s == AssignmentStatus.DONE).isPresent()) {
            throw new DocumentDone(documentId);
        }
        OperationResult result = applyTo(annotator, key, baseRevision, opId, operation);
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
        return applyTo(lead, LayerKey.gold(documentId), baseRevision, opId, operation);
    }

    /** One gold operation made by the server for the lead: a batch of one. */
    @Transactional
    public OperationResult applyToGold(UserAccount lead, long documentId, Operation operation) {
        return goldBatch(lead, documentId, batch -> batch.apply(operation));
    }

    /**
     * Gold operations made by the server for the lead (a pre-merge, a decision), applied together as one new
     * revision of gold (none if the batch applies nothing). The layer row is locked first, so another lead's edit
     * cannot slip in between reading the revision and raising it (which would fail a decision with a conflict the
     * lead never caused).
     */
    @Transactional
    public <T> T goldBatch(UserAccount lead, long documentId, Function<GoldBatch, T> work) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        LayerKey key = LayerKey.gold(documentId);
        return work.apply(new GoldBatch(lead, key, layers.hold(key)));
    }

    /** Operations applied to gold as one revision; reads see the batch's own changes. */
    public final class GoldBatch {
        private final UserAccount lead;
        private final LayerKey key;
        private final long base;
        private Context context;

        private GoldBatch(UserAccount lead, LayerKey key, long base) {
            this.lead = lead;
            this.key = key;
            this.base = base;
        }

        public UserAccount lead() {
            return lead;
        }

        public long documentId() {
            return key.documentId();
        }

        /** Gold as it is now, this batch's changes included. */
        public Layer layer() {
            return AnnotationService.this.layer(key);
        }

        public OperationResult apply(Operation operation) {
            if (context == null) {
                long revision = layers.advance(key, base)
                        .orElseThrow(() -> new IllegalStateException("Gold changed while it was held"));
                context = new Context(lead, key, documents.summary(lead, key.documentId()), revision, null);
            }
            return dispatch(context, operation);
        }
    }

    /**
     * Holds the gold layer until the caller's transaction ends, for a change made of several operations (a
     * curation decision) that reads gold first: no other lead's edit can come between the reading and the writing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdGold(UserAccount lead, long documentId) {
        projects.requireLead(lead, documents.summary(lead, documentId).projectId());
        layers.hold(LayerKey.gold(documentId));
    }

    private OperationResult applyTo(UserAccount actor, LayerKey key, long baseRevision, UUID opId, Operation operation) {
        String hash = opId == null ? null : OperationFingerprint.of(operation);
        Optional<OperationResult> earlier = earlier(key, actor, opId, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        layers.ensure(key);
        Optional<Long> advanced = layers.advance(key, baseRevision);
        if (advanced.isEmpty()) {
            // The same operation sent twice at once (a retry racing its original): the second waited for the
            // first's row lock, so its record is visible now and is answered again rather than as a conflict.
            return earlier(key, actor, opId, hash)
                    .orElseThrow(() -> new RevisionConflict(baseRevision, layers.revision(key)));
        }
        long revision = advanced.get();
        DocumentSummary document = documents.summary(actor, key.documentId());
        Context context = new Context(actor, key, document, revision, opId);
        OperationResult result = dispatch(context, operation);
        if (opId != null) {
            applied.record(layers.id(key).orElseThrow(), actor.id(), opId, hash, result);
        }
        return result;
    }

    /** An opId is this actor's on this layer: looked up nowhere else, so reusing someone else's id tells nothing. */
    private Optional<OperationResult> earlier(LayerKey key, UserAccount actor, UUID opId, String hash) {
        if (opId == null) {
            return Optional.empty();
        }
        return layers.id(key).flatMap(layerId -> applied.earlier(layerId, actor.id(), opId, hash));
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

    /** One operation being applied: who acts, on which layer, at which new revision. */
    private record Context(UserAccount actor, LayerKey key, DocumentSummary document, long revision, UUID opId) {
        long documentId() {
            return document.id();
        }

        long projectId() {
            return document.projectId();
        }

        long actorId() {
            return actor.id();
        }

        /** The events' {@code layer}: "gold" for gold, none for an annotator's layer. */
        String layer() {
            return LayerEvent.layerOf(key.owner());
        }
    }

    private OperationResult createSpan(Context c, CreateSpan op) {
        checkSpan(c, op.start(), op.end(), op.label());
        long id = layers.addSpan(c.key(), null, c.projectId(), c.actorId(), op.start(), op.end(), op.label());
        log(c, new SpanEvent.Created(id, op.start(), op.end(), op.label(), c.revision(), id, null, c.layer()));
        return new OperationResult(c.revision(), id, null, false);
    }

    private OperationResult updateSpan(Context c, UpdateSpan op) {
        Span before = layers.span(c.key(), op.id())
                .orElseThrow(() -> new UserError("span.error.missing", op.id()));
        if (before.start() != op.start() || before.end() != op.end() || !before.label().equals(op.label())) {
            checkSpan(c, op.start(), op.end(), op.label());
        }
        layers.updateSpan(c.key(), op.id(), c.actorId(), op.start(), op.end(), op.label());
        log(c, new SpanEvent.Updated(op.id(), value(before), new SpanEvent.Value(op.id(), op.start(), op.end(), op.label()),
                c.revision(), null, null, c.layer()));
        return new OperationResult(c.revision(), op.id(), null, false);
    }

    private OperationResult deleteSpan(Context c, DeleteSpan op) {
        Span before = layers.span(c.key(), op.id())
                .orElseThrow(() -> new UserError("span.error.missing", op.id()));
        Long chain = layers.chainOf(op.id()).orElse(null);
        layers.deleteSpan(c.key(), op.id());
        log(c, new SpanEvent.Deleted(op.id(), value(before), chain, c.revision(), null, null, c.layer()));
        logDeletedChains(c);
        return new OperationResult(c.revision(), op.id(), null, false);
    }

    private OperationResult restoreSpan(Context c, RestoreSpan op) {
        if (!events.spanDeletedBefore(c.key(), op.id())
                || layers.span(c.key(), op.id()).isPresent()) {
            throw new UserError("span.error.not-restorable", op.id());
        }
        checkSpan(c, op.start(), op.end(), op.label());
        layers.addSpan(c.key(), op.id(), c.projectId(), c.actorId(), op.start(), op.end(), op.label());
        Long chain = op.chainId() == null ? null : chainFor(c, op.chainId());
        if (chain != null) {
            layers.setChain(c.key(), op.id(), chain);
        }
        log(c, new SpanEvent.Restored(op.id(), new SpanEvent.Value(op.id(), op.start(), op.end(), op.label()), chain,
                c.revision(), op.id(), chain, c.layer()));
        return new OperationResult(c.revision(), op.id(), chain, false);
    }

    private OperationResult moveMentions(Context c, MoveMentions op) {
        if (op.moves() == null || op.moves().isEmpty()) {
            throw new UserError("chain.error.empty");
        }
        Long created = null;
        Set<Long> seen = new HashSet<>();
        for (MoveMentions.Move move : op.moves()) {
            if (!seen.add(move.spanId()) || layers.span(c.key(), move.spanId()).isEmpty()) {
                throw new UserError("span.error.missing", move.spanId());
            }
            Long target = move.chainId();
            if (target != null && target == MoveMentions.NEW_CHAIN) {
                if (created == null) {
                    created = layers.addChain(c.key(), null, c.actorId());
                }
                target = created;
            } else if (target != null) {
                target = chainFor(c, target);
            }
            layers.setChain(c.key(), move.spanId(), target);
        }
        log(c, new ChainEvent.Moved(op.moves().stream().map(m -> new ChainEvent.Move(m.spanId(), m.chainId())).toList(),
                c.revision(), null, created, c.layer()));
        logDeletedChains(c);
        return new OperationResult(c.revision(), null, created, false);
    }

    /** An existing chain of this layer, or one it deleted earlier (brought back by undo). */
    private long chainFor(Context c, long chainId) {
        if (layers.hasChain(c.key(), chainId)) {
            return chainId;
        }
        if (events.chainDeletedBefore(c.key(), chainId)) {
            return layers.addChain(c.key(), chainId, c.actorId());
        }
        throw new UserError("chain.error.missing", chainId);
    }

    private void logDeletedChains(Context c) {
        for (long chainId : layers.deleteEmptyChains(c.key())) {
            events.append(c.actorId(), c.projectId(), c.documentId(),
                    new ChainEvent.Deleted(chainId, c.revision(), null, null, c.layer()));
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
        if (layers.hasSpan(c.key(), start, end, label)) {
            throw new UserError("span.error.duplicate", start, end, label);
        }
    }

    private void log(Context c, Event event) {
        events.append(c.actorId(), c.document().projectId(), c.documentId(), c.opId(), event);
    }

    private static SpanEvent.Value value(Span span) {
        return new SpanEvent.Value(span.id(), span.start(), span.end(), span.label());
    }

    private void requireAssigned(UserAccount annotator, long documentId) {
        if (!assignments.isAssigned(documentId, annotator.id())) {
            throw new AccessDeniedException("Document " + documentId + " is not assigned to " + annotator.login());
        }
    }
}
