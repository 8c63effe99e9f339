package org.tawsim.suggestion;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.DocumentDone;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.annotation.layer.Span;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;

/**
 * Suggestions for the caller's own layer, computed on demand from every recommender the project switched on, minus
 * places the caller already annotated with that label and minus what they rejected. Suggestions are never stored
 * as spans; accepting one is an ordinary create-span operation.
 */
@Service
public class SuggestionService {

    private static final Logger log = LoggerFactory.getLogger(SuggestionService.class);

    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final DocumentService documents;
    private final ProjectService projects;
    private final RecommenderService recommenders;
    private final SuggestionRepository repository;
    private final List<Recommender> sources;

    SuggestionService(AnnotationService annotations, AssignmentService assignments, DocumentService documents,
                      ProjectService projects, RecommenderService recommenders, SuggestionRepository repository,
                      List<Recommender> sources) {
        this.annotations = annotations;
        this.assignments = assignments;
        this.documents = documents;
        this.projects = projects;
        this.recommenders = recommenders;
        this.repository = repository;
        this.sources = sources;
    }

    /** The caller's suggestions, by start; none while the document is marked done (the layer is read-only). */
    public List<Suggestion> suggestionsFor(UserAccount user, long documentId) {
        Layer layer = annotations.layer(user, documentId); // access as for the layer
        if (isDone(user, documentId)) {
            return List.of();
        }
        return compute(user, documentId, layer);
    }

    /** Remembers the rejection: the place and label are never offered to this annotator again. */
    @Transactional
    public void reject(UserAccount user, long documentId, String suggestionId) {
        Suggestion suggestion = offered(user, documentId, suggestionId);
        repository.reject(documentId, user.id(), suggestion.start(), suggestion.end(), suggestion.label(), OffsetDateTime.now());
        repository.outcome(documents.get(user, documentId).projectId(), documentId, user.id(), suggestion.recommender(),
                suggestion.label(), false, OffsetDateTime.now());
    }

    /** One create-span operation in the caller's layer, like a span made by hand (undone the same way). */
    @Transactional
    public OperationResult accept(UserAccount user, long documentId, String suggestionId) {
        Suggestion suggestion = offered(user, documentId, suggestionId);
        long revision = annotations.layer(user, documentId).revision();
        OperationResult result = annotations.apply(user, documentId, revision, null,
                new Operation.CreateSpan(suggestion.start(), suggestion.end(), suggestion.label()));
        if (!result.alreadyApplied()) {
            repository.outcome(documents.get(user, documentId).projectId(), documentId, user.id(),
                    suggestion.recommender(), suggestion.label(), true, OffsetDateTime.now());
        }
        return result;
    }

    /**
     * Counts suggestions the editor accepted with its own create-span operations (the spans are there now, so they
     * are no longer offered): only the recommender and label are taken from each id, and only when the caller has
     * that label at that place. The layer is read once for a whole "accept all".
     */
    @Transactional
    public void acceptedInEditor(UserAccount user, long documentId, List<String> suggestionIds) {
        Layer layer = annotations.layer(user, documentId);
        Set<SuggestionRepository.Place> made = new java.util.HashSet<>();
        layer.spans().forEach(s -> made.add(new SuggestionRepository.Place(s.start(), s.end(), s.label())));
        long projectId = documents.get(user, documentId).projectId();
        for (String id : new java.util.LinkedHashSet<>(suggestionIds)) {
            String[] parts = id.split(":", 4);
            if (parts.length != 4 || !RecommenderSettings.NAMES.contains(parts[0])) {
                continue;
            }
            try {
                if (made.contains(new SuggestionRepository.Place(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]))) {
                    repository.outcome(projectId, documentId, user.id(), parts[0], parts[3], true, OffsetDateTime.now());
                }
            } catch (NumberFormatException notAnId) {
                // not a suggestion id: ignored
            }
        }
    }

    private Suggestion offered(UserAccount user, long documentId, String suggestionId) {
        Layer layer = annotations.layer(user, documentId);
        if (isDone(user, documentId)) {
            throw new DocumentDone(documentId);
        }
        return compute(user, documentId, layer).stream().filter(s -> s.id().equals(suggestionId)).findFirst()
                .orElseThrow(() -> new SuggestionNotFound(suggestionId));
    }

    private boolean isDone(UserAccount user, long documentId) {
        return assignments.status(user, documentId).filter(s -> s == AssignmentStatus.DONE).isPresent();
    }

    private List<Suggestion> compute(UserAccount user, long documentId, Layer layer) {
        Document document = documents.get(user, documentId);
        RecommenderSettings settings = recommenders.current(document.projectId());
        List<String> labels = projects.labels(user, document.projectId()).stream().map(Label::name).toList();
        SuggestionRequest request = new SuggestionRequest(user, document.projectId(), documentId, document.text(), labels);
        int length = document.text().codePointCount(0, document.text().length());
        Set<SuggestionRepository.Place> rejected = repository.rejections(documentId, user.id());
        Map<SuggestionRepository.Place, Suggestion> byPlace = new LinkedHashMap<>();
        for (Recommender source : sources) {
            if (!settings.enabled(source.name())) {
                continue;
            }
            for (Proposal proposal : propose(source, request)) {
                var place = new SuggestionRepository.Place(proposal.start(), proposal.end(), proposal.label());
                if (proposal.start() < 0 || proposal.end() > length || proposal.start() >= proposal.end()
                        || !labels.contains(proposal.label()) || rejected.contains(place)
                        || annotated(layer.spans(), proposal)) {
                    continue;
                }
                Suggestion earlier = byPlace.get(place);
                if (earlier == null || proposal.score() > earlier.score()) {
                    byPlace.put(place, Suggestion.of(source.name(), proposal));
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>(byPlace.values());
        suggestions.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::label));
        return suggestions;
    }

    /** A recommender that breaks proposes nothing this time; the editor and the other recommenders go on. */
    private static List<Proposal> propose(Recommender source, SuggestionRequest request) {
        try {
            return source.propose(request);
        } catch (RuntimeException e) {
            log.warn("Recommender {} failed on document {}", source.name(), request.documentId(), e);
            return List.of();
        }
    }

    /** Whether the caller has a span with this label over any part of the place. */
    private static boolean annotated(List<Span> spans, Proposal proposal) {
        for (Span span : spans) {
            if (span.label().equals(proposal.label()) && span.start() < proposal.end() && proposal.start() < span.end()) {
                return true;
            }
        }
        return false;
    }
}
