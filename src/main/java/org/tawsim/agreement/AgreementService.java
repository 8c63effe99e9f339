package org.tawsim.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementRepository.AssignmentState;
import org.tawsim.agreement.AgreementRepository.DocumentText;
import org.tawsim.agreement.AgreementSummaries.Titles;
import org.tawsim.agreement.metric.AgreementReport;
import org.tawsim.agreement.metric.Annotation;
import org.tawsim.agreement.metric.Chain;
import org.tawsim.agreement.metric.CoreferencePartition;
import org.tawsim.agreement.metric.CoreferenceScores;
import org.tawsim.agreement.metric.Corpus;
import org.tawsim.agreement.metric.Disagreements;
import org.tawsim.agreement.metric.Document;
import org.tawsim.agreement.metric.DocumentStatistics;
import org.tawsim.agreement.metric.Span;
import org.tawsim.agreement.metric.SpanF1;
import org.tawsim.agreement.metric.WhitespaceAndSpanBoundaryTokenization;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.LayerSnapshots;
import org.tawsim.base.UserError;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/**
 * Inter-annotator agreement of a project for its leads. Reports are cached per selection; a request
 * recomputes only the documents whose layers changed since (each layer's revision is its fingerprint).
 * An annotator counts for a document when it is assigned to them; the filter's {@link AgreementScope} decides which
 * documents count, by the compared annotators' assignment statuses.
 */
@Service
public class AgreementService {

    private record Selection(long projectId, List<String> annotators, List<String> labels, AgreementScope scope) {
    }

    /** The documents in scope, each with a fingerprint of the selected annotators' layers, and those left out. */
    private record Scoped(Map<Long, String> fingerprints, Set<Long> leftOut) {
    }

    private record Cached(AgreementReport report, Map<Long, String> fingerprints, Map<String, Titles> titles) {
    }

    private final AgreementRepository repository;
    private final LayerSnapshots layers;
    private final ProjectService projects;
    private final Map<Selection, Cached> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, Cached> eldest) {
            return size() > 32;
        }
    });

    AgreementService(AgreementRepository repository, LayerSnapshots layers, ProjectService projects) {
        this.repository = repository;
        this.layers = layers;
        this.projects = projects;
    }

    /** The project's annotators, by login: the people agreement can compare. */
    /** The dashboard opens for those who lead some project (by project role) and admins, as the API answers them. */
    public boolean mayOpenDashboard(UserAccount user) {
        return projects.holdsRoleInAnyProject(user, ProjectRole.LEAD);
    }

    /** Annotators removed from the project are among them: their work still counts. */
    public List<Member> annotators(UserAccount lead, long projectId) {
        return projects.annotatorsWithWork(lead, projectId);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AgreementSummary report(UserAccount lead, long projectId, AgreementFilter filter) {
        List<Member> all = annotators(lead, projectId);
        List<Member> chosen = filter.annotators().isEmpty() ? all
                : all.stream().filter(m -> filter.annotators().contains(m.login())).toList();
        if (chosen.size() < 2) {
            throw new UserError("agreement.error.annotators");
        }
        Map<Long, String> logins = chosen.stream().collect(Collectors.toMap(Member::userId, Member::login));
        Selection selection = new Selection(projectId, chosen.stream().map(Member::login).sorted().toList(),
                filter.labels().stream().sorted().toList(), filter.scope());
        Scoped scoped = scoped(projectId, logins.keySet(), filter.scope());
        Cached cached = refreshed(selection, logins, scoped.fingerprints());
        AgreementReport report = cached.report();
        long outOfScope = scoped.leftOut().stream().filter(id -> filter.documents().isEmpty() || filter.documents().contains(id)).count();
        if (!filter.documents().isEmpty()) {
            Set<String> wanted = filter.documents().stream().map(String::valueOf).collect(Collectors.toSet());
            List<DocumentStatistics> subset = report.statistics().stream().filter(s -> wanted.contains(s.documentId())).toList();
            report = AgreementReport.fromStatistics(report.annotators(), new WhitespaceAndSpanBoundaryTokenization(), subset);
        }
        return AgreementSummaries.of(projectId, filter.scope(), (int) outOfScope, report, cached.titles());
    }

    /** Splits the documents assigned to the selected annotators by the scope's rule on their assignment statuses. */
    private Scoped scoped(long projectId, Set<Long> annotatorIds, AgreementScope scope) {
        Map<LayerKey, Long> revisions = layers.read(reads -> reads.revisions(projectId));
        Map<Long, List<AssignmentState>> byDocument = repository.assignmentStates(projectId, annotatorIds, revisions).stream()
                .collect(Collectors.groupingBy(AssignmentState::documentId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> fingerprints = new HashMap<>();
        Set<Long> leftOut = new HashSet<>();
        byDocument.forEach((documentId, states) -> {
            if (scope.includes(states.stream().map(s -> AssignmentStatus.fromDb(s.status())).toList())) {
                fingerprints.put(documentId, states.stream().map(s -> s.annotatorId() + "@" + s.revision())
                        .collect(Collectors.joining(";")));
            } else {
                leftOut.add(documentId);
            }
        });
        return new Scoped(fingerprints, leftOut);
    }

    /** Every difference between two annotators on one document, in text order, for side-by-side review. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Disagreement> disagreements(UserAccount lead, long projectId, long documentId, String first, String second) {
        Map<Long, String> logins = annotators(lead, projectId).stream()
                .filter(m -> m.login().equals(first) || m.login().equals(second))
                .collect(Collectors.toMap(Member::userId, Member::login));
        if (logins.size() != 2) {
            throw new UserError("agreement.error.annotators");
        }
        Selection selection = new Selection(projectId, List.copyOf(logins.values()), List.of(), AgreementScope.ALL);
        List<Document> loaded = load(selection, logins, List.of(documentId), new LinkedHashMap<>());
        if (loaded.isEmpty()) {
            throw new UserError("document.error.missing");
        }
        Document document = loaded.get(0);
        int[] codePoints = document.text().codePoints().toArray();
        return Disagreements.between(annotationOf(document, first), annotationOf(document, second)).stream()
                .map(f -> new Disagreement(f.kind().name(), f.first().map(s -> side(s, codePoints)).orElse(null),
                        f.second().map(s -> side(s, codePoints)).orElse(null)))
                .toList();
    }

    /**
     * Each annotator against gold over the curated documents assigned to them (annotator quality). Annotators
     * without a curated document are left out.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<GoldAgreement> withGold(UserAccount lead, long projectId) {
        List<Member> members = annotators(lead, projectId);
        List<Long> curated = repository.curatedDocuments(projectId);
        if (curated.isEmpty() || members.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> assigned = repository.assignedAnnotators(projectId, curated,
                members.stream().map(Member::userId).toList());
        List<LayerOwner> owners = new ArrayList<>(members.stream().map(m -> LayerOwner.annotator(m.userId())).toList());
        owners.add(LayerOwner.GOLD);
        Map<LayerKey, LayerContent> read = byKey(layers.read(reads -> reads.layers(curated, owners)));
        List<GoldAgreement> result = new ArrayList<>();
        for (Member member : members) {
            List<SpanF1> spanParts = new ArrayList<>();
            List<CoreferenceScores> corefParts = new ArrayList<>();
            for (long documentId : curated) {
                if (!assigned.getOrDefault(documentId, List.of()).contains(member.userId())) {
                    continue;
                }
                Annotation key = annotation("gold", read.get(LayerKey.gold(documentId)), Set.of());
                Annotation response = annotation(member.login(), read.get(LayerKey.annotator(documentId, member.userId())), Set.of());
                spanParts.add(SpanF1.compare(key.spans(), response.spans()));
                corefParts.add(CoreferenceScores.compare(CoreferencePartition.of(key.spans(), key.chains()),
                        CoreferencePartition.of(response.spans(), response.chains())));
            }
            if (!spanParts.isEmpty()) {
                result.add(new GoldAgreement(member.login(), spanParts.size(), AgreementSummaries.prf(SpanF1.sum(spanParts).exact()),
                        AgreementSummaries.value(CoreferenceScores.sum(corefParts).conllF1OrUndefined())));
            }
        }
        return result;
    }

    /** One annotator's spans on a document, for showing next to another's. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<org.tawsim.annotation.layer.Span> spansOf(UserAccount lead, long projectId, long documentId, String login) {
        Map<Long, String> logins = annotators(lead, projectId).stream().filter(m -> m.login().equals(login))
                .collect(Collectors.toMap(Member::userId, Member::login));
        if (logins.isEmpty()) {
            throw new UserError("agreement.error.annotators");
        }
        Selection selection = new Selection(projectId, List.of(login), List.of(), AgreementScope.ALL);
        List<Document> loaded = load(selection, logins, List.of(documentId), new LinkedHashMap<>());
        long[] id = {0};
        return loaded.isEmpty() ? List.of() : annotationOf(loaded.get(0), login).spans().stream()
                .map(s -> new org.tawsim.annotation.layer.Span(++id[0], s.start(), s.end(), s.label())).toList();
    }

    private static Annotation annotationOf(Document document, String login) {
        return document.annotations().stream().filter(a -> a.annotator().equals(login)).findFirst()
                .orElse(new Annotation(login, List.of()));
    }

    private static Disagreement.Side side(Span span, int[] codePoints) {
        return new Disagreement.Side(span.start(), span.end(), span.label(),
                new String(codePoints, span.start(), span.end() - span.start()));
    }

    private Cached refreshed(Selection selection, Map<Long, String> logins, Map<Long, String> now) {
        Cached before = cache.get(selection);
        Cached after;
        if (before == null) {
            List<Long> ids = new ArrayList<>(now.keySet());
            Map<String, Titles> titles = new LinkedHashMap<>();
            List<Document> documents = load(selection, logins, ids, titles);
            after = new Cached(AgreementReport.of(new Corpus(documents), selection.annotators()), now, titles);
        } else {
            AgreementReport report = before.report();
            Map<String, Titles> titles = new LinkedHashMap<>(before.titles());
            for (Long gone : before.fingerprints().keySet()) {
                if (!now.containsKey(gone)) {
                    report = report.withoutDocument(String.valueOf(gone));
                    titles.remove(String.valueOf(gone));
                }
            }
            List<Long> changed = now.keySet().stream()
                    .filter(id -> !Objects.equals(now.get(id), before.fingerprints().get(id))).toList();
            for (Document document : load(selection, logins, changed, titles)) {
                report = report.withDocument(document);
            }
            after = new Cached(report, now, titles);
        }
        cache.put(selection, after);
        return after;
    }

    /** Documents as the metric engine wants them: each assigned annotator's spans and chains. */
    private List<Document> load(Selection selection, Map<Long, String> logins, List<Long> documentIds, Map<String, Titles> titles) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        long projectId = selection.projectId();
        Set<String> labels = new HashSet<>(selection.labels());
        Map<Long, List<Long>> assigned = repository.assignedAnnotators(projectId, documentIds, logins.keySet());
        Map<LayerKey, LayerContent> read = byKey(layers.read(reads -> reads.layers(documentIds,
                logins.keySet().stream().map(LayerOwner::annotator).toList())));
        List<Document> documents = new ArrayList<>();
        for (DocumentText text : repository.documents(projectId, documentIds)) {
            titles.put(String.valueOf(text.id()), new Titles(text.externalId(), text.title()));
            List<Annotation> annotations = new ArrayList<>();
            for (long annotator : assigned.getOrDefault(text.id(), List.of())) {
                annotations.add(annotation(logins.get(annotator), read.get(LayerKey.annotator(text.id(), annotator)), labels));
            }
            documents.add(new Document(String.valueOf(text.id()), text.text(), annotations));
        }
        return documents;
    }

    private static Map<LayerKey, LayerContent> byKey(List<LayerContent> read) {
        return read.stream().collect(Collectors.toMap(LayerContent::key, layer -> layer));
    }

    /** A layer (null: empty) as the metric engine wants it, only its spans of these labels (all when empty). */
    private static Annotation annotation(String login, LayerContent layer, Set<String> labels) {
        if (layer == null) {
            return new Annotation(login, List.of(), List.of());
        }
        Map<Long, Long> chainOf = layer.chainOfSpan();
        List<Span> spans = new ArrayList<>();
        Map<Long, List<Span>> chains = new LinkedHashMap<>();
        for (org.tawsim.annotation.layer.Span stored : layer.spans()) {
            if (!labels.isEmpty() && !labels.contains(stored.label())) {
                continue;
            }
            Span span = new Span(stored.start(), stored.end(), stored.label());
            spans.add(span);
            Long chain = chainOf.get(stored.id());
            if (chain != null) {
                chains.computeIfAbsent(chain, c -> new ArrayList<>()).add(span);
            }
        }
        return new Annotation(login, spans, chains.values().stream().map(Chain::new).toList());
    }
}
