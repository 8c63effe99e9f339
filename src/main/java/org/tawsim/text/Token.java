package org.tawsim.text;

import java.util.Objects;

/**
 * A token of a text: its characters and its code-point offsets [start, end) into that text.
 * The text is kept so that writers never need to slice the document again.
 */
public record Token(String text, int start, int end) {

    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token offsets [" + start + ", " + end + ") are not a range");
        }
        if (text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("token '" + text + "' does not have " + (end - start) + " code points");
        }
    }

    /** Length in code points. */
    public int length() {
        return end - start;
    }
}
