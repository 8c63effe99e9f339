package org.tawsim.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits tokens at extra code-point boundaries so that no token crosses one.
 *
 * <p>Arabic attaches clitics to words: an annotator may mark {@code درعا} inside {@code بدرعا}. Token formats
 * (CoNLL, spaCy) can only express spans made of whole tokens, so the span boundaries of every annotator are
 * passed here and {@code بدرعا} becomes {@code ب} + {@code درعا}. Passing the union of several annotators'
 * boundaries gives them one shared tokenization, which is what agreement and comparison need.
 */
public final class BoundarySplitter {

    private BoundarySplitter() {
    }

    /**
     * @param tokens     tokens in text order, not overlapping (as {@link Tokenizer} makes them)
     * @param boundaries code-point offsets in any order, duplicates allowed; those that fall between tokens or
     *                   on a token edge change nothing
     */
    public static List<Token> split(List<Token> tokens, int[] boundaries) {
        int[] sorted = boundaries.clone();
        Arrays.sort(sorted);
        List<Token> result = new ArrayList<>(tokens.size() + sorted.length);
        for (Token token : tokens) {
            int k = firstAbove(sorted, token.start());
            if (k == sorted.length || sorted[k] >= token.end()) {
                result.add(token);
                continue;
            }
            String text = token.text();
            int pieceStart = token.start();
            int pieceIndex = 0;
            for (; k < sorted.length && sorted[k] < token.end(); k++) {
                int boundary = sorted[k];
                if (boundary == pieceStart) {
                    continue; // a duplicate boundary
                }
                int next = text.offsetByCodePoints(pieceIndex, boundary - pieceStart);
                result.add(new Token(text.substring(pieceIndex, next), pieceStart, boundary));
                pieceIndex = next;
                pieceStart = boundary;
            }
            result.add(new Token(text.substring(pieceIndex), pieceStart, token.end()));
        }
        return result;
    }

    /** Index of the first boundary greater than value, or sorted.length. */
    private static int firstAbove(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
