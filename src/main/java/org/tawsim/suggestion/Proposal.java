package org.tawsim.suggestion;

/** A span a recommender proposes: code points [start, end) into the document text, a label, a score in 0..1. */
public record Proposal(int start, int end, String label, double score) {
}
