package org.tawsim.format;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.text.Token;

/**
 * The file's own tokens of a document that {@link ConllNerReader} or {@link Conll2012Reader} rebuilt: those
 * readers join tokens with one space and sentences with one newline, so the tokens are exactly the runs between
 * those characters, with their code-point offsets. Passing them (as ranges) to a writer's shared spans keeps the
 * imported tokenization on export.
 */
public final class JoinedTokens {

    private JoinedTokens() {
    }

    public static List<Token> of(String rebuiltText) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0; // code points
        int start = 0;
        int startIndex = 0;
        for (int i = 0; i < rebuiltText.length(); ) {
            int c = rebuiltText.codePointAt(i);
            if (c == ' ' || c == '\n') {
                if (offset > start) {
                    tokens.add(new Token(rebuiltText.substring(startIndex, i), start, offset));
                }
                start = offset + 1;
                startIndex = i + 1;
            }
            i += Character.charCount(c);
            offset++;
        }
        if (offset > start) {
            tokens.add(new Token(rebuiltText.substring(startIndex), start, offset));
        }
        return tokens;
    }
}
