package org.tawsim.format;

import java.util.regex.Pattern;

/**
 * Makes labels and ids safe inside whitespace- or tab-separated columns: a space in a user-defined label such as
 * "Person name" would otherwise shift every column after it.
 */
final class ColumnText {

    // \p{Cc} too: NEL, FS/GS/RS and other control characters end a line for Python's str.splitlines()
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
    private static final Pattern BRACKET_SYNTAX = Pattern.compile("[()*|]");

    private ColumnText() {
    }

    /** Whitespace and control-character runs become one underscore. */
    static String label(String label) {
        return WHITESPACE.matcher(label.strip()).replaceAll("_");
    }

    /** Also replaces the characters that bracket columns use as syntax: ( ) * | */
    static String bracketLabel(String label) {
        return BRACKET_SYNTAX.matcher(label(label)).replaceAll("_");
    }
}
