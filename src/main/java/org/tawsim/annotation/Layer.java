package org.tawsim.annotation;

import java.util.List;

/** One annotator's annotations of one document at a revision. */
public record Layer(long documentId, long revision, List<Span> spans, List<Chain> chains) {
}
