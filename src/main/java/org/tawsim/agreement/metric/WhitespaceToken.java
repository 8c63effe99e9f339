package org.tawsim.agreement.metric;

/**
 * The unit the token-level coefficients rate: a whitespace-separated word of a document, cut again at span
 * boundaries, {@code [start, end)} in code points. Not the export tokenizer's token ({@code org.tawsim.text.Token}),
 * which also separates clitics and punctuation: agreement's figures are checked against reference values computed
 * on whitespace words, so the unit stays as it is and is named for what it is.
 */
public record WhitespaceToken(int start, int end) {

    public WhitespaceToken {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
