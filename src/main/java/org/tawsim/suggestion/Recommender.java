package org.tawsim.suggestion;

import java.util.List;

/**
 * One source of suggestions, contributed as a Spring bean (ordered with {@code @Order}: on a tie in place, label and
 * score the earlier one names the suggestion). {@link SuggestionService} asks every recommender the project switched
 * on, after it checked that the caller may annotate the document, then drops proposals that are out of the text,
 * carry an unknown label, were rejected or are already annotated.
 */
public interface Recommender {

    /** Its name in settings, suggestion ids and statistics: one of {@link RecommenderSettings#NAMES}. */
    String name();

    /**
     * Proposals for the request's document. Must never read another annotator's layer, must not throw for a
     * failure of its own (a service that is down proposes nothing and tells the lead its own way), and should
     * answer from a cache when it is slow: the editor asks again after every saved change.
     */
    List<Proposal> propose(SuggestionRequest request);
}
