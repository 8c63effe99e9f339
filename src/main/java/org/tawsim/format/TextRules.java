package org.tawsim.format;

/**
 * What a document's text and id may contain. PostgreSQL cannot store a NUL character, and a text with other
 * control characters or with half of a surrogate pair comes from a binary or damaged file: both are refused
 * with their position instead of failing in the database or being stored altered.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Tab, line feed, carriage return and form feed are text; every other C0 control is not. */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    /** A problem with {@code value}, or null when it is fine. Positions are in code points. */
    public static String problem(String value) {
        int codePoint = 0;
        for (int i = 0; i < value.length(); i++, codePoint++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                return String.format("control character U+%04X at %d (a binary file?)", (int) c, codePoint);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("lone surrogate U+%04X at %d", (int) c, codePoint);
            }
        }
        return null;
    }

    static void checkText(String text, String where) {
        // An empty text is no error of the file: the import skips such documents and says which.
        check(text, where + ": text");
    }

    static void check(String value, String where) {
        String problem = problem(value);
        if (problem != null) {
            throw new LineProblem(where + " has a " + problem);
        }
    }
}
