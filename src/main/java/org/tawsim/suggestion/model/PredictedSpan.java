package org.tawsim.suggestion.model;

/**
 * A span the model found: code points [start, end) into the text it was given, the label, and the model's
 * probability for it (the mean of its tokens' outcome probabilities, 0..1).
 */
public record PredictedSpan(int start, int end, String label, double score) {
}
