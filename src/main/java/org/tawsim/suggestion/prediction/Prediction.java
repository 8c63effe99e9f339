package org.tawsim.suggestion.prediction;

/** One predicted span of a document: code points, end exclusive, a label of the project and a score from 0 to 1. */
public record Prediction(int start, int end, String label, double score) {
}
