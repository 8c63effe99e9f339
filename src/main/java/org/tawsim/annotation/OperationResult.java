package org.tawsim.annotation;

/** What the server answers to an applied operation: the new revision and any id it created. */
public record OperationResult(long revision, Long spanId, Long chainId, boolean alreadyApplied) {
}
