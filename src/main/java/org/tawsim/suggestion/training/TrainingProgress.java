package org.tawsim.suggestion.training;

/** Where a running training is: its step ({@code queued}, {@code reading}, {@code training}, {@code evaluating}) and, while reading or evaluating, how many of how many documents are done. */
public record TrainingProgress(String step, int done, int total) {
}
