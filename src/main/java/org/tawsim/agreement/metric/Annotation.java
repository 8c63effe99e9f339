package org.tawsim.agreement.metric;

import java.util.List;
import java.util.Objects;

/**
 * One annotator's work on one document: the spans they marked and the chains they linked.
 *
 * <p>A span that is in no chain is a singleton entity for the coreference metrics, as a one-mention
 * chain would be in the CoNLL reference scorer.
 */
public record Annotation(String annotator, List<Span> spans, List<Chain> chains) {

    public Annotation {
        Objects.requireNonNull(annotator, "annotator");
        spans = List.copyOf(spans);
        chains = List.copyOf(chains);
    }

    public Annotation(String annotator, List<Span> spans) {
        this(annotator, spans, List.of());
    }
}
