package org.tawsim.annotation.layer;

/** A labelled stretch of a document; start and end are Unicode code points, end exclusive. */
public record Span(long id, int start, int end, String label) {
}
