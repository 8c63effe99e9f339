package org.tawsim.curation.merge;

import java.util.List;

/** What one annotator who finished a document marked on it: spans, and chains as lists of mentions. */
public record AnnotatorWork(String annotator, List<Span> spans, List<List<Mention>> chains) {

    public AnnotatorWork {
        spans = List.copyOf(spans);
        chains = chains.stream().map(List::copyOf).toList();
    }
}
