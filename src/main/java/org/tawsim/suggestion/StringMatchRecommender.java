package org.tawsim.suggestion;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.suggestion.match.StringMatcher;

/**
 * The Arabic-aware string matcher (docs/suggestions.md): learnt from the project's gold and the annotator's own
 * spans in every document, never from another annotator's layer.
 */
@Component
@Order(1)
class StringMatchRecommender implements Recommender {

    private final AnnotationService annotations;
    private final LearntDictionaries dictionaries;

    StringMatchRecommender(AnnotationService annotations, LearntDictionaries dictionaries) {
        this.annotations = annotations;
        this.dictionaries = dictionaries;
    }

    @Override
    public String name() {
        return RecommenderSettings.STRING_MATCHER;
    }

    @Override
    public List<Proposal> propose(SuggestionRequest request) {
        var dictionary = dictionaries.dictionary(request.projectId(), request.annotator().id(),
                annotations.surfaceFormsVersion(request.annotator(), request.projectId()),
                () -> annotations.surfaceForms(request.annotator(), request.projectId()));
        return new StringMatcher(dictionary).find(request.text()).stream()
                .map(m -> new Proposal(m.start(), m.end(), m.label(), m.score())).toList();
    }
}
