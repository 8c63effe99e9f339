package org.tawsim.suggestion;

/** The suggestion id names nothing offered now (unknown, stale, accepted or rejected already). */
public class SuggestionNotFound extends RuntimeException {

    public SuggestionNotFound(String suggestionId) {
        super("No suggestion " + suggestionId);
    }
}
