package org.tawsim.agreement.metric;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every token one label per annotator, so that tokens can be rated like items in a coding
 * study: the label of the longest of the annotator's spans that shares a character with the token,
 * or {@value #OUTSIDE} when none does.
 *
 * <p>Nested spans therefore resolve to the outermost (longest) one; equally long spans resolve to
 * the earliest start, then the alphabetically first label, so the result never depends on input
 * order. With {@link WhitespaceAndSpanBoundaryTokenization} a token is inside or outside each span,
 * so "shares a character" and "covered by" coincide.
 */
public final class TokenLabels {

    /** The label of a token that no span touches. */
    public static final String OUTSIDE = "O";

    /** Ascending precedence: shorter first; for equal length the later start, then the later label. */
    private static final Comparator<Span> PRECEDENCE = Comparator.comparingInt(Span::length)
            .thenComparing(Span::start, Comparator.reverseOrder())
            .thenComparing(Span::label, Comparator.reverseOrder());

    private TokenLabels() {
    }

    public static String[] label(List<WhitespaceToken> tokens, Collection<Span> spans, int textLength) {
        Span[] ordered = spans.toArray(Span[]::new);
        Arrays.sort(ordered, PRECEDENCE);
        // paint each character with the strongest span covering it: stronger spans paint later
        int[] strongest = new int[textLength];
        Arrays.fill(strongest, -1);
        for (int rank = 0; rank < ordered.length; rank++) {
            Arrays.fill(strongest, ordered[rank].start(), ordered[rank].end(), rank);
        }
        String[] labels = new String[tokens.size()];
        for (int t = 0; t < labels.length; t++) {
            WhitespaceToken token = tokens.get(t);
            if (token.end() > textLength) {
                throw new IllegalArgumentException("token " + token + " ends after the text (" + textLength + ")");
            }
            int best = -1;
            for (int c = token.start(); c < token.end(); c++) {
                best = Math.max(best, strongest[c]);
            }
            labels[t] = best < 0 ? OUTSIDE : ordered[best].label();
        }
        return labels;
    }
}
