package org.tawsim.format;

/**
 * A problem found while parsing one line, thrown deep inside a parser and turned into a
 * {@link FormatException} with the line number by the loop that reads lines, so parsing code need not carry
 * file names and line numbers around.
 */
final class LineProblem extends RuntimeException {

    LineProblem(String problem) {
        super(problem, null, false, false);
    }
}
