package org.tawsim.curation;

/**
 * A mention an accepted chain candidate could not put into gold (so gold groups fewer mentions than the
 * candidate), and why: {@code label-unknown} (the decision was stored without the annotator's labels) or
 * {@code label-removed} (the label is no longer in the project's label set).
 */
public record NotApplied(int start, int end, String label, String reason) {
}
