package org.tawsim.suggestion;

/**
 * A span the tool proposes to one annotator: code points into the document text, end exclusive (as spans in the
 * HTTP API). The id names the recommender, place and label, so recomputing gives the same id:
 * {@code string:12:16:LOCATION}.
 */
public record Suggestion(String id, int start, int end, String label, double score, String recommender) {

    static Suggestion of(String recommender, Proposal proposal) {
        return new Suggestion(recommender + ":" + proposal.start() + ":" + proposal.end() + ":" + proposal.label(),
                proposal.start(), proposal.end(), proposal.label(), proposal.score(), recommender);
    }
}
