package org.tawsim.curation.merge;

import java.util.Comparator;
import java.util.List;

/**
 * What one annotator who finished a document marked on it: spans, and chains as lists of mentions. Kept in
 * text order, so that two snapshots of the same work are equal however the layer listed them.
 */
public record AnnotatorWork(String annotator, List<Span> spans, List<List<Mention>> chains) {

    /** Lexicographic over the (sorted) mentions, shorter first on a tie. */
    private static final Comparator<List<Mention>> CHAIN_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    public AnnotatorWork {
        spans = spans.stream().sorted(Span.TEXT_ORDER).toList();
        chains = chains.stream().map(c -> c.stream().sorted().toList()).sorted(CHAIN_ORDER).toList();
    }
}
