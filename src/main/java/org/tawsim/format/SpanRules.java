package org.tawsim.format;

import java.util.Set;

/** The checks every reader makes on a span before it becomes an {@link CorpusSpan}. */
final class SpanRules {

    private SpanRules() {
    }

    /** @param textLength the text's length in code points, the unit of every offset we read */
    static void checkRange(int start, int end, int textLength, String where) {
        if (start > end) {
            throw new LineProblem(where + ": inverted span, start " + start + " is after end " + end);
        }
        if (start == end) {
            throw new LineProblem(where + ": empty span at " + start);
        }
        if (end > textLength) {
            throw new LineProblem(where + ": span [" + start + ", " + end + ") is out of range, the text has "
                    + textLength + " code points");
        }
    }

    /** @param labels the allowed labels, or null to allow any non-blank label */
    static String checkLabel(String label, Set<String> labels, String where) {
        if (label.isBlank()) {
            throw new LineProblem(where + ": empty label");
        }
        if (labels != null && !labels.contains(label)) {
            throw new LineProblem(where + ": unknown label '" + label + "'");
        }
        return label;
    }
}
