package org.tawsim.agreement.metric;

/** One token of a document: {@code [start, end)} in code points. */
public record TokenRange(int start, int end) {

    public TokenRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
