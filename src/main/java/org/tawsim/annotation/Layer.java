package org.tawsim.annotation;

import java.util.List;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.layer.Span;

/** One annotator's annotations of one document at a revision. */
public record Layer(long documentId, long revision, List<Span> spans, List<Chain> chains) {
}
