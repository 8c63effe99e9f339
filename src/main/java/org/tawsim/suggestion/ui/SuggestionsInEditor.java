package org.tawsim.suggestion.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.ui.EditorSuggestions;
import org.tawsim.suggestion.Suggestion;
import org.tawsim.suggestion.SuggestionNotFound;
import org.tawsim.suggestion.SuggestionService;

/** The annotator's suggestions, shown by the document page's editor on their own layer. */
@Component
class SuggestionsInEditor implements EditorSuggestions {

    private final SuggestionService suggestions;

    SuggestionsInEditor(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Suggestion> suggestionsFor(UserAccount annotator, long documentId) {
        return suggestions.suggestionsFor(annotator, documentId);
    }

    @Override
    public void reject(UserAccount annotator, long documentId, String suggestionId) {
        try {
            suggestions.reject(annotator, documentId, suggestionId);
        } catch (SuggestionNotFound stale) {
            // gone meanwhile (accepted in another tab, or the span was made): the refreshed list shows it
        }
    }

    @Override
    public void accepted(UserAccount annotator, long documentId, List<String> suggestionIds) {
        suggestions.acceptedInEditor(annotator, documentId, suggestionIds);
    }
}
