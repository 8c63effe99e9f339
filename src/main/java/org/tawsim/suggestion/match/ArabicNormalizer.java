package org.tawsim.suggestion.match;

import java.util.Arrays;

/**
 * Folds what Arabic writers vary so that one learnt form finds its other spellings: alef forms (أ إ آ ٱ → ا),
 * alef maqsura → ya (ى → ي), optionally ta marbuta → ha (ة → ه), and drops tatweel and diacritics (harakat,
 * tanween, shadda, sukun, superscript alef). Runs of white space become one space. Latin letters and digits are
 * kept as they are. Every kept code point remembers its original offset.
 */
public final class ArabicNormalizer {

    private static final int TATWEEL = 0x0640;

    private final boolean taMarbutaAsHa;

    /** @param taMarbutaAsHa whether ة and ه count as the same letter (often varied at the end of a word) */
    public ArabicNormalizer(boolean taMarbutaAsHa) {
        this.taMarbutaAsHa = taMarbutaAsHa;
    }

    public NormalizedText normalize(String text) {
        int count = text.codePointCount(0, text.length());
        int[] points = new int[count];
        int[] start = new int[count];
        int[] end = new int[count];
        int n = 0;
        int offset = 0;
        for (int i = 0; i < text.length(); offset++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isDiacritic(cp)) {
                if (n > 0 && end[n - 1] == offset) {
                    end[n - 1] = offset + 1; // the mark belongs to the letter before it
                }
                continue;
            }
            if (cp == TATWEEL) {
                continue;
            }
            if (isSpace(cp)) {
                if (n > 0 && points[n - 1] == ' ') {
                    continue;
                }
                cp = ' ';
            }
            points[n] = fold(cp);
            start[n] = offset;
            end[n] = offset + 1;
            n++;
        }
        return new NormalizedText(Arrays.copyOf(points, n), Arrays.copyOf(start, n), Arrays.copyOf(end, n));
    }

    /** The normalized form alone, e.g. of a dictionary entry (trimmed). */
    public String fold(String text) {
        return normalize(text).toString().strip();
    }

    private int fold(int cp) {
        return switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> taMarbutaAsHa ? 'ه' : cp;
            default -> cp;
        };
    }

    /** Harakat, tanween, shadda, sukun, maddah and hamza marks above/below, superscript alef. */
    static boolean isDiacritic(int cp) {
        return cp >= 0x064B && cp <= 0x065F || cp == 0x0670;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Letters and digits make words; everything else (space, punctuation, quotes) separates them. */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
