package org.tawsim.format;

import java.io.IOException;

/**
 * A file that does not follow its format, with where and what: the only exception the readers throw apart from
 * real I/O failures. It is an {@link IOException} (like Java's own MalformedInputException) so that a caller
 * handling I/O already handles it, and can still catch it apart to show the user the line to fix.
 */
public class FormatException extends IOException {

    private final String fileName;
    private final int line;
    private final String problem;

    /** @param line 1-based line number, or 0 when the problem is not on one line */
    public FormatException(String fileName, int line, String problem) {
        super((fileName == null ? "input" : fileName) + (line > 0 ? ":" + line : "") + ": " + problem);
        this.fileName = fileName;
        this.line = line;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
