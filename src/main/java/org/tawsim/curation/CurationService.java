package org.tawsim.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationRepository.FinishedSpan;
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

    private final CurationRepository repository;
    private final AnnotationService annotations;
    private final DocumentService documents;
    private final ProjectService projects;
    private final ObjectMapper json;

    CurationService(CurationRepository repository, AnnotationService annotations, DocumentService documents,
                    ProjectService projects, ObjectMapper json) {
        this.repository = repository;
        this.annotations = annotations;
        this.documents = documents;
        this.projects = projects;
        this.json = json;
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
        for (Span span : merged.spans()) {
            annotations.applyToGold(lead, documentId, new Operation.CreateSpan(span.start(), span.end(), span.label()));
        }
        Map<Mention, Long> gold = goldMentions(annotations.goldLayer(lead, documentId));
        for (List<Mention> chain : merged.chains()) {
            annotations.applyToGold(lead, documentId, new Operation.MoveMentions(chain.stream()
                    .map(m -> new Operation.MoveMentions.Move(gold.get(m), Operation.MoveMentions.NEW_CHAIN)).toList()));
        }
        int position = 0;
        for (Decision decision : merged.decisions()) {
            repository.insertDecision(documentId, position++, decision.kind().name(), decision.start(), decision.end(),
                    decision.annotators(), write(decision.candidates()));
        }
        log(lead, projectId, documentId, "curation.started", Map.of("rule", rule.name(), "annotators",
                finished.stream().map(AnnotatorWork::annotator).toList(), "spans", merged.spans().size(),
                "chains", merged.chains().size(), "decisions", merged.decisions().size()));
        return curation(lead, documentId);
    }

    /**
     * Settles a decision. Accepting a span candidate puts it into gold in place of any other candidate of the
     * same decision; accepting a chain candidate regroups the region's gold mentions as that annotator did.
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
        if (decision.kind() == Decision.Kind.CHAIN_MISMATCH) {
            if (outcome == Outcome.ACCEPTED) {
                regroup(lead, documentId, decision, decision.candidates().get(candidate).chains());
            }
        } else if (outcome != Outcome.EDITED) {
            Span chosen = outcome == Outcome.ACCEPTED ? decision.candidates().get(candidate).span() : null;
            replaceSpan(lead, documentId, decision, chosen);
        }
        repository.settle(decisionId, outcome.dbValue(), outcome == Outcome.ACCEPTED ? candidate : null, lead.id());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decision", decisionId);
        payload.put("outcome", outcome.dbValue());
        payload.put("candidate", candidate);
        log(lead, projectId, documentId, "curation.decided", payload);
        return curation(lead, documentId);
    }

    /** Marks the document curated (its gold is final and exported) or takes it back into curation. */
    @Transactional
    public void setCurated(UserAccount lead, long documentId, boolean curated) {
        long projectId = requireLeadOfDocument(lead, documentId);
        if (repository.state(documentId).isEmpty()) {
            throw new UserError("curation.error.not-started");
        }
        repository.setStatus(documentId, (curated ? CurationStatus.CURATED : CurationStatus.IN_PROGRESS).dbValue(),
                curated ? lead.id() : null);
        log(lead, projectId, documentId, curated ? "curation.curated" : "curation.reopened", Map.of());
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

    private void replaceSpan(UserAccount lead, long documentId, CurationDecision decision, Span chosen) {
        Layer gold = annotations.goldLayer(lead, documentId);
        boolean present = false;
        for (org.tawsim.annotation.Span span : gold.spans()) {
            Span mine = new Span(span.start(), span.end(), span.label());
            if (mine.equals(chosen)) {
                present = true;
            } else if (decision.candidates().stream().anyMatch(c -> mine.equals(c.span()))) {
                annotations.applyToGold(lead, documentId, new Operation.DeleteSpan(span.id()));
            }
        }
        if (chosen != null && !present) {
            annotations.applyToGold(lead, documentId, new Operation.CreateSpan(chosen.start(), chosen.end(), chosen.label()));
        }
    }

    /** Takes the region's gold mentions out of their chains, then links them as the chosen annotator did. */
    private void regroup(UserAccount lead, long documentId, CurationDecision decision, List<List<Mention>> chains) {
        Map<Mention, Long> gold = goldMentions(annotations.goldLayer(lead, documentId));
        List<Operation.MoveMentions.Move> out = new ArrayList<>();
        decision.candidates().stream().flatMap(c -> c.chains().stream()).flatMap(List::stream).distinct()
                .filter(gold::containsKey).forEach(m -> out.add(new Operation.MoveMentions.Move(gold.get(m), null)));
        if (!out.isEmpty()) {
            annotations.applyToGold(lead, documentId, new Operation.MoveMentions(out));
        }
        for (List<Mention> chain : chains) {
            List<Operation.MoveMentions.Move> in = chain.stream().filter(gold::containsKey)
                    .map(m -> new Operation.MoveMentions.Move(gold.get(m), Operation.MoveMentions.NEW_CHAIN)).toList();
            if (in.size() > 1) {
                annotations.applyToGold(lead, documentId, new Operation.MoveMentions(in));
            }
        }
    }

    /** Gold span id by mention boundaries (the first span when two labels share boundaries). */
    private static Map<Mention, Long> goldMentions(Layer gold) {
        Map<Mention, Long> ids = new LinkedHashMap<>();
        gold.spans().forEach(s -> ids.putIfAbsent(new Mention(s.start(), s.end()), s.id()));
        return ids;
    }

    private List<AnnotatorWork> finishedWork(long documentId) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, Map<Long, List<Mention>>> chains = new LinkedHashMap<>();
        repository.finishedAnnotators(documentId).forEach(login -> {
            spans.put(login, new ArrayList<>());
            chains.put(login, new LinkedHashMap<>());
        });
        for (FinishedSpan s : repository.finishedSpans(documentId)) {
            spans.get(s.login()).add(new Span(s.start(), s.end(), s.label()));
            if (s.chainId() != null) {
                chains.get(s.login()).computeIfAbsent(s.chainId(), c -> new ArrayList<>()).add(new Mention(s.start(), s.end()));
            }
        }
        return spans.keySet().stream()
                .map(login -> new AnnotatorWork(login, spans.get(login), List.copyOf(chains.get(login).values()))).toList();
    }

    private Curation curation(State state, long projectId) {
        List<CurationDecision> decisions = repository.decisions(state.documentId()).stream().map(this::decision).toList();
        return new Curation(state.documentId(), projectId, Rule.valueOf(state.rule().toUpperCase(Locale.ROOT)),
                CurationStatus.fromDb(state.status()), decisions);
    }

    private CurationDecision decision(StoredDecision d) {
        try {
            return new CurationDecision(d.id(), Decision.Kind.valueOf(d.kind()), d.start(), d.end(), d.annotators(),
                    json.readValue(d.candidatesJson(), CANDIDATES), Outcome.fromDb(d.outcome()), d.chosen());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable decision " + d.id(), e);
        }
    }

    private long requireLeadOfDocument(UserAccount lead, long documentId) {
        long projectId = documents.summary(lead, documentId).projectId();
        projects.requireLead(lead, projectId);
        return projectId;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void log(UserAccount lead, long projectId, long documentId, String kind, Map<String, Object> payload) {
        repository.log(lead.id(), projectId, documentId, kind, write(payload));
    }
}
