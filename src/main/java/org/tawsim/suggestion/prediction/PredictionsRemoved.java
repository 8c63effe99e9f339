package org.tawsim.suggestion.prediction;

/** How many predictions a lead's "remove all" took away. */
public record PredictionsRemoved(int removed) {
}
