package org.tawsim.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.DocumentDone;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.annotation.Span;
import org.tawsim.corpus.Document;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.match.Match;
import org.tawsim.suggestion.match.StringMatcher;

/**
 * Suggestions for the caller's own layer, computed on demand: learnt from the project's gold and the caller's own
 * spans (never another annotator's), minus places the caller already annotated with that label and minus what they
 * rejected. Suggestions are never stored as spans; accepting one is an ordinary create-span operation.
 */
@Service
public class SuggestionService {

    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final DocumentService documents;
    private final RecommenderService recommenders;
    private final SuggestionRepository repository;
    private final LearntDictionaries dictionaries;

    SuggestionService(AnnotationService annotations, AssignmentService assignments, DocumentService documents,
                      RecommenderService recommenders, SuggestionRepository repository, LearntDictionaries dictionaries) {
        this.annotations = annotations;
        this.assignments = assignments;
        this.documents = documents;
        this.recommenders = recommenders;
        this.repository = repository;
        this.dictionaries = dictionaries;
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
    public void reject(UserAccount user, long documentId, String suggestionId) {
        Suggestion suggestion = offered(user, documentId, suggestionId);
        repository.reject(documentId, user.id(), suggestion.start(), suggestion.end(), suggestion.label());
    }

    /** One create-span operation in the caller's layer, like a span made by hand (undone the same way). */
    public OperationResult accept(UserAccount user, long documentId, String suggestionId) {
        Suggestion suggestion = offered(user, documentId, suggestionId);
        long revision = annotations.layer(user, documentId).revision();
        return annotations.apply(user, documentId, revision, null,
                new Operation.CreateSpan(suggestion.start(), suggestion.end(), suggestion.label()));
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
        if (!recommenders.current(document.projectId()).stringMatcher().enabled()) {
            return List.of();
        }
        var dictionary = dictionaries.dictionary(document.projectId(), user.id(),
                annotations.surfaceForms(user, document.projectId()));
        Set<SuggestionRepository.Rejection> rejected = repository.rejections(documentId, user.id());
        List<Suggestion> suggestions = new ArrayList<>();
        for (Match match : new StringMatcher(dictionary).find(document.text())) {
            if (rejected.contains(new SuggestionRepository.Rejection(match.start(), match.end(), match.label()))
                    || annotated(layer.spans(), match)) {
                continue;
            }
            suggestions.add(new Suggestion(Suggestion.idOf(RecommenderService.STRING_MATCHER, match.start(), match.end(), match.label()),
                    match.start(), match.end(), match.label(), match.score(), RecommenderService.STRING_MATCHER));
        }
        return suggestions;
    }

    /** Whether the caller has a span with this label over any part of the place. */
    private static boolean annotated(List<Span> spans, Match match) {
        for (Span span : spans) {
            if (span.label().equals(match.label()) && span.start() < match.end() && match.start() < span.end()) {
                return true;
            }
        }
        return false;
    }
}
