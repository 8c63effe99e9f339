package org.tawsim.suggestion.training;

/**
 * A proposed span, in the shape of the suggestion contract: code points [start, end) into the document text, the
 * label, the recommender's score (0..1) and an id that is the same whenever the same place and label is proposed.
 */
public record Suggestion(String id, int start, int end, String label, double score, String recommender) {

    static Suggestion of(int start, int end, String label, double score, String recommender) {
        return new Suggestion(recommender + ":" + start + ":" + end + ":" + label, start, end, label, score, recommender);
    }
}
