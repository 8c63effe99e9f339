package org.tawsim.suggestion.match;

/**
 * A text after {@link ArabicNormalizer}: its code points, and for each of them where it came from in the original
 * text (code point offsets). {@code end[i]} also covers the diacritics written on that letter, so a span ending on
 * it keeps them, as an annotator selecting the word would.
 */
public record NormalizedText(int[] codePoints, int[] start, int[] end) {

    public int length() {
        return codePoints.length;
    }

    /** The original code point range of normalized positions {@code [from, to)}. */
    public int originalStart(int from) {
        return start[from];
    }

    public int originalEnd(int to) {
        return end[to - 1];
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }
}
