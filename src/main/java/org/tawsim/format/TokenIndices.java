package org.tawsim.format;

/**
 * Indices of tokens in one segmentation, [first, last], both inclusive as in Prodigy's token_start / token_end.
 * Not a character range (that is {@link org.tawsim.text.TextRange}).
 */
record TokenIndices(int first, int last) {

    int length() {
        return last - first + 1;
    }

    boolean overlaps(TokenIndices other) {
        return first <= other.last && other.first <= last;
    }

    boolean contains(TokenIndices other) {
        return first <= other.first && other.last <= last;
    }
}
