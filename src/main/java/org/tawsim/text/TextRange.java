package org.tawsim.text;

/**
 * A non-empty range [start, end) of code-point offsets: what the text package needs to know of a span,
 * so that it does not depend on any annotation model.
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") is not a non-empty range");
        }
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
