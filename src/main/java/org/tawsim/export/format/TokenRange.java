package org.tawsim.export.format;

/** Token indices [first, last], both inclusive as in Prodigy's token_start / token_end. */
record TokenRange(int first, int last) {

    int length() {
        return last - first + 1;
    }

    boolean overlaps(TokenRange other) {
        return first <= other.last && other.first <= last;
    }

    boolean contains(TokenRange other) {
        return first <= other.first && other.last <= last;
    }
}
