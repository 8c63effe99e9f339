package org.tawsim.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.LayerSnapshots;
import org.tawsim.annotation.layer.event.CurationEvent;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationRepository.NewDecision;
import org.tawsim.curation.CurationRepository.State;
import org.tawsim.curation.CurationRepository.StoredDecision;
import org.tawsim.curation.merge.AnnotatorWork;
import org.tawsim.curation.merge.Decision;
import org.tawsim.curation.merge.Mention;
import org.tawsim.curation.merge.PreMerge;
import org.tawsim.curation.merge.Rule;
import org.tawsim.curation.merge.Span;
import org.tawsim.project.ProjectService;

/**
 * A lead adjudicates a document into its gold layer: the pre-merge puts what the annotators agree on into
 * gold and keeps the rest as decisions. Gold changes go through {@link AnnotationService#applyToGold}, so gold
 * has its own revision, history and event log. Leads (and admins) only.
 */
@Service
public class CurationService {

    private static final TypeReference<List<Decision.Candidate>> CANDIDATES = new TypeReference<>() {
    };
    private static final TypeReference<List<AnnotatorWork>> WORK = new TypeReference<>() {
    };
    private static final TypeReference<List<NotApplied>> NOT_APPLIED = new TypeReference<>() {
    };

    private final CurationRepository repository;
    private final GoldEdits gold;
    private final AnnotationService annotations;
    private final DocumentService documents;
    private final ProjectService projects;
    private final ObjectMapper json;
    private final LayerSnapshots layers;
    private final EventLog events;
    private final ApplicationEventPublisher publisher;

    CurationService(CurationRepository repository, GoldEdits gold, AnnotationService annotations, DocumentService documents,
                    ProjectService projects, ObjectMapper json, LayerSnapshots layers, EventLog events,
                    ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.layers = layers;
        this.repository = repository;
        this.gold = gold;
        this.annotations = annotations;
        this.documents = documents;
        this.projects = projects;
        this.json = json;
        this.events = events;
    }

    /** Whether the user may curate the project (its leads and admins). */
    public boolean mayCurate(UserAccount user, long projectId) {
        return projects.canManage(user, projectId);
    }

    /** The document's curation, or null when it has not been started. */
    @Transactional(readOnly = true)
    public Curation curation(UserAccount lead, long documentId) {
        long projectId = requireLeadOfDocument(lead, documentId);
        return repository.state(documentId).map(s -> curation(s, projectId)).orElse(null);
    }

    /** Who finished the document: the annotators a pre-merge would merge. */
    public List<String> finishedAnnotators(UserAccount lead, long documentId) {
        requireLeadOfDocument(lead, documentId);
        return repository.finishedAnnotators(documentId);
    }

    /** Runs the pre-merge into the (empty) gold layer and records the open decisions. */
    @Transactional
    public Curation start(UserAccount lead, long documentId, Rule rule) {
        long projectId = requireLeadOfDocument(lead, documentId);
        List<AnnotatorWork> finished = finishedWork(documentId);
        if (finished.isEmpty()) {
            throw new UserError("curation.error.nobody-finished");
        }
        if (!repository.insert(documentId, projectId, rule.name().toLowerCase(Locale.ROOT), lead.id())) {
            throw new UserError("curation.error.started");
        }
        PreMerge.Result merged = PreMerge.of(finished, rule);
        annotations.goldBatch(lead, documentId, batch -> {
            gold.addSpans(batch, merged.spans());
            merged.chains().forEach(chain -> gold.link(batch, chain));
            return null;
        });
        int position = 0;
        for (Decision decision : merged.decisions()) {
            repository.insertDecision(documentId, position++, fresh(decision));
        }
        repository.setMergedWork(documentId, write(finished));
        events.append(lead.id(), projectId, documentId, new CurationEvent.Started(rule.name(),
                finished.stream().map(AnnotatorWork::annotator).toList(), merged.spans().size(),
                merged.chains().size(), merged.decisions().size()));
        return curation(lead, documentId);
    }

    /**
     * Settles a decision. Accepting a span candidate puts it into gold in place of any other candidate of the
     * same decision; accepting a chain candidate makes gold group the region's mentions as that annotator did,
     * creating the mentions gold lacks (what cannot be created is recorded on the decision as not applied).
     * Rejecting a span decision removes its candidates from gold; rejecting a chain decision leaves gold as it
     * is. EDITED only records that the lead changed gold by hand. A settled decision can be decided again.
     * Two leads deciding at once are served one after the other: the curation row and the gold layer stay locked
     * until the decision is written, so it is applied whole, and gold and the decision agree on who won.
     */
    @Transactional
    public Curation decide(UserAccount lead, long decisionId, Outcome outcome, Integer candidate) {
        // a decision that does not exist is refused like one of another project's document
        long documentId = repository.documentOfDecision(decisionId)
                .orElseThrow(() -> new AccessDeniedException("No access to decision " + decisionId));
        long projectId = requireLeadOfDocument(lead, documentId);
        repository.lock(documentId);
        annotations.holdGold(lead, documentId);
        CurationDecision decision = curation(lead, documentId).decisions().stream().filter(d -> d.id() == decisionId)
                .findFirst().orElseThrow();
        if (outcome == Outcome.ACCEPTED && (candidate == null || candidate < 0 || candidate >= decision.candidates().size())) {
            throw new UserError("curation.error.no-candidate", candidate == null ? "" : candidate + 1);
        }
        List<NotApplied> notApplied = annotations.goldBatch(lead, documentId, batch -> {
            if (decision.kind() == Decision.Kind.CHAIN_MISMATCH) {
                return outcome == Outcome.ACCEPTED ? gold.regroup(batch, projectId, decision, decision.candidates().get(candidate))
                        : List.<NotApplied>of();
            }
            if (outcome != Outcome.EDITED) {
                gold.replaceSpan(batch, decision, outcome == Outcome.ACCEPTED ? decision.candidates().get(candidate).span() : null);
            }
            return List.<NotApplied>of();
        });
        repository.settle(decisionId, outcome.dbValue(), outcome == Outcome.ACCEPTED ? candidate : null, lead.id(),
                notApplied.isEmpty() ? null : write(notApplied));
        events.append(lead.id(), projectId, documentId, new CurationEvent.Decided(decisionId, outcome.dbValue(), candidate,
                notApplied.stream().map(n -> new CurationEvent.Mention(n.start(), n.end(), n.label(), n.reason())).toList()));
        return curation(lead, documentId);
    }

    /**
     * Merges the finished annotators' work as it is now and keeps what the lead did: gold gets the spans and links
     * the annotators newly agree on (nothing is taken out of gold), the decisions are merged again, and a decision
     * a lead took stays taken: with its outcome when the new merge offers the same candidates, as it was otherwise.
     */
    @Transactional
    public Curation remerge(UserAccount lead, long documentId) {
        long projectId = requireLeadOfDocument(lead, documentId);
        State state = repository.state(documentId).orElseThrow(() -> new UserError("curation.error.not-started"));
        repository.lock(documentId);
        annotations.holdGold(lead, documentId);
        List<AnnotatorWork> now = finishedWork(documentId);
        if (now.isEmpty()) {
            throw new UserError("curation.error.nobody-finished");
        }
        Rule rule = Rule.valueOf(state.rule().toUpperCase(Locale.ROOT));
        List<AnnotatorWork> before = mergedWork(documentId);
        PreMerge.Result old = PreMerge.of(before == null ? List.of() : before, rule);
        PreMerge.Result merged = PreMerge.of(now, rule);
        int added = annotations.goldBatch(lead, documentId, batch -> {
            int spans = gold.addSpans(batch, merged.spans().stream().filter(s -> !old.spans().contains(s)).toList());
            merged.chains().stream().filter(c -> !old.chains().contains(c)).forEach(c -> gold.link(batch, c));
            return spans;
        });

        List<StoredDecision> earlier = repository.decisions(documentId);
        List<NewDecision> decisions = new KeptDecisions(d -> read(d.candidatesJson(), CANDIDATES), this::fresh, this::write)
                .merge(merged.decisions(), earlier);
        long kept = earlier.stream().filter(KeptDecisions::takenByLead).count();
        repository.replaceDecisions(documentId, decisions);
        repository.setMergedWork(documentId, write(now));
        events.append(lead.id(), projectId, documentId, new CurationEvent.Remerged(
                now.stream().map(AnnotatorWork::annotator).toList(), added, decisions.size(), kept));
        return curation(lead, documentId);
    }

    /**
     * Marks the document curated (its gold is final and exported) or takes it back into curation. Marking it curated
     * publishes {@link DocumentCurated}; taking it back publishes nothing (it only stops counting as curated).
     */
    @Transactional
    public void setCurated(UserAccount lead, long documentId, boolean curated) {
        long projectId = requireLeadOfDocument(lead, documentId);
        if (repository.state(documentId).isEmpty()) {
            throw new UserError("curation.error.not-started");
        }
        repository.setStatus(documentId, (curated ? CurationStatus.CURATED : CurationStatus.IN_PROGRESS).dbValue(),
                curated ? lead.id() : null);
        events.append(lead.id(), projectId, documentId,
                curated ? new CurationEvent.Curated() : new CurationEvent.Reopened());
        if (curated) {
            publisher.publishEvent(new DocumentCurated(projectId, documentId, lead));
        }
    }

    /** The gold layer as the editor loads it. */
    public Layer goldLayer(UserAccount lead, long documentId) {
        requireStarted(lead, documentId);
        return annotations.goldLayer(lead, documentId);
    }

    /** A change the lead made to gold in the editor (same operations and revision rules as annotators'). */
    public OperationResult applyToGold(UserAccount lead, long documentId, long baseRevision, java.util.UUID opId,
                                       Operation operation) {
        requireStarted(lead, documentId);
        return annotations.applyToGold(lead, documentId, baseRevision, opId, operation);
    }

    public CurationProgress progress(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        Map<Long, String> statuses = repository.statuses(projectId);
        int curated = (int) statuses.values().stream().filter(CurationStatus.CURATED.dbValue()::equals).count();
        return new CurationProgress(repository.documentCount(projectId), statuses.size() - curated, curated);
    }

    /** Curation status per started document of the project. */
    public Map<Long, CurationStatus> statuses(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        Map<Long, CurationStatus> statuses = new LinkedHashMap<>();
        repository.statuses(projectId).forEach((id, s) -> statuses.put(id, CurationStatus.fromDb(s)));
        return statuses;
    }

    private void requireStarted(UserAccount lead, long documentId) {
        requireLeadOfDocument(lead, documentId);
        if (repository.state(documentId).isEmpty()) {
            throw new UserError("curation.error.not-started");
        }
    }

    private List<AnnotatorWork> finishedWork(long documentId) {
        Map<Long, String> finished = repository.finishedAnnotatorIds(documentId);
        Map<LayerKey, LayerContent> read = new HashMap<>();
        layers.read(reads -> reads.layers(List.of(documentId), finished.keySet().stream().map(LayerOwner::annotator).toList()))
                .forEach(layer -> read.put(layer.key(), layer));
        List<AnnotatorWork> work = new ArrayList<>();
        finished.forEach((annotatorId, login) -> {
            LayerContent layer = read.get(LayerKey.annotator(documentId, annotatorId));
            List<Span> spans = new ArrayList<>();
            Map<Long, List<Mention>> chains = new LinkedHashMap<>();
            Map<Long, Long> chainOf = layer == null ? Map.of() : layer.chainOfSpan();
            for (org.tawsim.annotation.layer.Span s : layer == null ? List.<org.tawsim.annotation.layer.Span>of() : layer.spans()) {
                spans.add(new Span(s.start(), s.end(), s.label()));
                Long chain = chainOf.get(s.id());
                if (chain != null) {
                    chains.computeIfAbsent(chain, c -> new ArrayList<>()).add(new Mention(s.start(), s.end()));
                }
            }
            work.add(new AnnotatorWork(login, spans, List.copyOf(chains.values())));
        });
        return work;
    }

    private Curation curation(State state, long projectId) {
        List<CurationDecision> decisions = repository.decisions(state.documentId()).stream().map(this::decision).toList();
        List<AnnotatorWork> merged = mergedWork(state.documentId());
        boolean changed = merged != null && !merged.equals(finishedWork(state.documentId()));
        return new Curation(state.documentId(), projectId, Rule.valueOf(state.rule().toUpperCase(Locale.ROOT)),
                CurationStatus.fromDb(state.status()), decisions, changed);
    }

    private List<AnnotatorWork> mergedWork(long documentId) {
        String stored = repository.mergedWork(documentId);
        return stored == null ? null : read(stored, WORK);
    }

    private CurationDecision decision(StoredDecision d) {
        return new CurationDecision(d.id(), Decision.Kind.valueOf(d.kind()), d.start(), d.end(), d.annotators(),
                read(d.candidatesJson(), CANDIDATES), Outcome.fromDb(d.outcome()), d.chosen(),
                d.outcome() != null && d.decidedBy() == null, d.notAppliedJson() == null ? null : read(d.notAppliedJson(), NOT_APPLIED));
    }

    /** A decision as the merge made it: open, or settled by the rule when it kept outvoted spans. */
    NewDecision fresh(Decision d) {
        return new NewDecision(null, d.kind().name(), d.start(), d.end(), d.annotators(), write(d.candidates()),
                d.agreed() == null ? null : Outcome.ACCEPTED.dbValue(), d.agreed(), null, null, null);
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable curation data", e);
        }
    }

    private long requireLeadOfDocument(UserAccount lead, long documentId) {
        long projectId = documents.summary(lead, documentId).projectId();
        projects.requireLead(lead, projectId);
        return projectId;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
