package org.tawsim.annotation.ui;

import java.util.List;
import org.tawsim.account.UserAccount;

/**
 * Suggestions for an annotator's own editable layer, contributed as a Spring bean by the feature that computes
 * them, so the editor's page depends on no such feature. Offsets are code points, as for spans.
 */
public interface EditorSuggestions {

    /** What is suggested to this annotator on this document now (never drawn from another annotator's layer). */
    List<?> suggestionsFor(UserAccount annotator, long documentId);

    /** Not to be offered again; an id that is no longer offered (accepted meanwhile, stale) is ignored. */
    void reject(UserAccount annotator, long documentId, String suggestionId);

    /**
     * The editor accepted these suggestions with its own create-span operations (so one undo removes them); counted
     * for the recommenders' acceptance rates. An id that is not a suggestion, or a span that is not there, is ignored.
     */
    void accepted(UserAccount annotator, long documentId, List<String> suggestionIds);
}
