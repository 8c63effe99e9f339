package org.tawsim.suggestion;

import java.util.List;
import org.tawsim.account.UserAccount;

/**
 * What a recommender is asked about: a document the annotator may annotate, its text, and the project's label
 * names. The annotator is there for recommenders that learn from the annotator's own spans, never from others'.
 */
public record SuggestionRequest(UserAccount annotator, long projectId, long documentId, String text, List<String> labels) {
}
