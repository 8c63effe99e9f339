package org.tawsim.agreement.metric;

import java.util.Comparator;
import java.util.Objects;

/**
 * One labelled character span of one annotator: {@code [start, end)} in code points.
 *
 * <p>Empty spans are rejected: they cover no character, so no metric could see them. The label
 * {@value TokenLabels#OUTSIDE} is reserved for "no span" in the token-level metrics.
 */
public record Span(int start, int end, String label) {

    /** Start, then end, then label: the order in which span lists are kept. */
    public static final Comparator<Span> DOCUMENT_ORDER = Comparator.comparingInt(Span::start)
            .thenComparingInt(Span::end)
            .thenComparing(Span::label);

    public Span {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (label.isBlank() || TokenLabels.OUTSIDE.equals(label)) {
            throw new IllegalArgumentException("span label must be non-blank and not '" + TokenLabels.OUTSIDE + "'");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean sameBoundaries(Span other) {
        return start == other.start && end == other.end;
    }

    /** The boundaries packed in one long: mentions are identified by boundaries alone. */
    long boundaryKey() {
        return ((long) start << 32) | end;
    }
}
