package org.tawsim.curation.merge;

import java.util.Comparator;

/** A labelled stretch of the text, [start, end) in code points. */
public record Span(int start, int end, String label) {

    public static final Comparator<Span> TEXT_ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparing(Span::label);

    public Mention mention() {
        return new Mention(start, end);
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    boolean sameRange(Span other) {
        return start == other.start && end == other.end;
    }
}
