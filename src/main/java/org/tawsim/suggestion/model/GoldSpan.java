package org.tawsim.suggestion.model;

import java.util.Objects;

/** A labelled stretch of a training document; start and end are code points, end exclusive. */
public record GoldSpan(int start, int end, String label) {

    public GoldSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
        }
    }
}
