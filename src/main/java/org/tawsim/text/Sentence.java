package org.tawsim.text;

/**
 * A sentence: code-point offsets [start, end) from its first token's start to its last token's end, and the
 * indices [firstToken, endToken) of its tokens in the token list it was built from.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    public Sentence {
        if (start < 0 || end <= start || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("sentence [" + start + ", " + end + ") with tokens ["
                    + firstToken + ", " + endToken + ") is empty or inverted");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
