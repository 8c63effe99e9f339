package org.tawsim.curation.merge;

import java.util.List;

/**
 * A place where the annotators did not agree enough: the lead picks one candidate, edits gold, or rejects.
 *
 * @param start      first code point of the region the candidates cover
 * @param end        end (exclusive) of that region
 * @param annotators how many annotators finished the document (the denominator of every support)
 * @param agreed     the candidate the rule already put into gold (spans that lost to it are kept here so that
 *                   the lead can still choose them), or null when the decision is open
 */
public record Decision(Kind kind, int start, int end, List<Candidate> candidates, int annotators, Integer agreed) {

    public enum Kind { MISSING_SPAN, BOUNDARY_MISMATCH, LABEL_MISMATCH, CHAIN_MISMATCH }

    public Decision {
        candidates = List.copyOf(candidates);
    }

    /** An open decision. */
    public Decision(Kind kind, int start, int end, List<Candidate> candidates, int annotators) {
        this(kind, start, end, candidates, annotators, null);
    }

    /**
     * One annotator version: a span (span decisions) or a grouping of the region's mentions into chains
     * (chain decisions; an empty list means "no chain here"), with the annotators who made it. A chain
     * candidate's {@code mentions} are its mentions with the label its first supporter gave them, so that
     * accepting it can create the mentions gold lacks.
     */
    public record Candidate(Span span, List<List<Mention>> chains, List<String> supporters, List<Span> mentions) {

        public Candidate {
            chains = chains == null ? List.of() : chains.stream().map(List::copyOf).toList();
            supporters = List.copyOf(supporters);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        public Candidate(Span span, List<List<Mention>> chains, List<String> supporters) {
            this(span, chains, supporters, null);
        }

        /** "2/3": supporters out of the annotators who finished the document. */
        public String support(int annotators) {
            return supporters.size() + "/" + annotators;
        }

        /** The label the candidate's supporter gave a mention, or null when it is not known. */
        public String labelOf(Mention mention) {
            return mentions.stream().filter(s -> s.mention().equals(mention)).map(Span::label).findFirst().orElse(null);
        }
    }
}
