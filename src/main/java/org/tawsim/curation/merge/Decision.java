package org.tawsim.curation.merge;

import java.util.List;

/**
 * A place where the annotators did not agree enough: the lead picks one candidate, edits gold, or rejects.
 *
 * @param start      first code point of the region the candidates cover
 * @param end        end (exclusive) of that region
 * @param annotators how many annotators finished the document (the denominator of every support)
 */
public record Decision(Kind kind, int start, int end, List<Candidate> candidates, int annotators) {

    public enum Kind { MISSING_SPAN, BOUNDARY_MISMATCH, LABEL_MISMATCH, CHAIN_MISMATCH }

    public Decision {
        candidates = List.copyOf(candidates);
    }

    /**
     * One annotator version: a span (span decisions) or a grouping of the region's mentions into chains
     * (chain decisions; an empty list means "no chain here"), with the annotators who made it.
     */
    public record Candidate(Span span, List<List<Mention>> chains, List<String> supporters) {

        public Candidate {
            chains = chains == null ? List.of() : chains.stream().map(List::copyOf).toList();
            supporters = List.copyOf(supporters);
        }

        /** "2/3": supporters out of the annotators who finished the document. */
        public String support(int annotators) {
            return supporters.size() + "/" + annotators;
        }
    }
}
