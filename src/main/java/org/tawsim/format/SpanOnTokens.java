package org.tawsim.format;

/**
 * A {@link CorpusSpan} placed on one segmentation: the span and the token indices it covers. Not another span
 * model, only the pairing the token-based writers work on.
 */
record SpanOnTokens(CorpusSpan span, TokenIndices tokens) {
}
