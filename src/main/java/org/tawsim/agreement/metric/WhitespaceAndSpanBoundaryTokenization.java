package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The default {@link Tokenization}: maximal runs of non-whitespace code points, cut again at every
 * start and end of every compared annotator's spans (the union of boundaries). Each token then lies
 * wholly inside or wholly outside every span, so each annotator gives it exactly one label.
 *
 * <p>Whitespace is {@link Character#isWhitespace(int)} or {@link Character#isSpaceChar(int)}, so
 * the no-break space counts too. Characters inside a span that are whitespace belong to no token.
 */
public final class WhitespaceAndSpanBoundaryTokenization implements Tokenization {

    @Override
    public List<WhitespaceToken> tokenize(String text, Collection<Span> spans) {
        int[] codePoints = text.codePoints().toArray();
        int length = codePoints.length;
        boolean[] cut = new boolean[length + 1];
        for (Span span : spans) {
            if (span.end() > length) {
                throw new IllegalArgumentException("span " + span + " ends after the text (" + length + ")");
            }
            cut[span.start()] = true;
            cut[span.end()] = true;
        }
        var tokens = new ArrayList<WhitespaceToken>();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean space = i == length || isSpace(codePoints[i]);
            if (start >= 0 && (space || cut[i])) {
                tokens.add(new WhitespaceToken(start, i));
                start = -1;
            }
            if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
