package org.tawsim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic (and Latin) text into tokens that keep their code-point offsets.
 *
 * <p>Rules, in the order they are tried at each position:
 * <ul>
 *   <li><b>Separators</b> belong to no token: whitespace of every kind (space, tab, line breaks, no-break
 *       space U+00A0, narrow no-break space, thin space, ...), control characters and invisible format
 *       characters (bidi marks such as U+200F, zero-width space, BOM). A format character <i>between</i> two word
 *       characters (ZWNJ, ZWJ, soft hyphen) stays inside the word, so it never cuts a word in two.</li>
 *   <li><b>Words</b> are runs of letters, digits, other numerals and combining marks. Arabic diacritics
 *       (fatha ... sukun U+064B–U+0652, shadda, superscript alef U+0670) are marks and tatweel U+0640 is a letter,
 *       so {@code سهّل} and {@code بـ} stay whole. Letters and digits are not separated ({@code H1N1},
 *       {@code 2021م}): a span that covers only part of such a run is handled by {@link BoundarySplitter}.</li>
 *   <li><b>Numbers</b>: inside a word, one of {@code . , : /} or the Arabic decimal and thousands separators
 *       (U+066B, U+066C) with a digit (Latin, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, ...) directly on
 *       <i>both</i> sides is kept, so {@code 2.4}, {@code 1,000}, {@code ٣٫٥}, {@code 17:50} and the dates
 *       {@code 2022.10.20} and {@code 20/10/2022} are one token each. Hyphens are not number separators:
 *       {@code 1990-2000} is a range of three tokens, and so is an ISO date {@code 2022-10-20}.</li>
 *   <li><b>Punctuation</b> (Arabic and Latin: ، ؛ ؟ « » " ' ( ) [ ] . , : ; ! ? - – — … / and every other
 *       Unicode punctuation) is a token of its own; a repetition of one of {@code . ! ? ؟ -} stays one token
 *       ({@code ...}, {@code !!}, {@code --}).</li>
 *   <li><b>Symbols</b> (emoji, currency, math) are a token of their own, together with what renders as one
 *       picture: variation selectors, skin-tone modifiers, ZWJ sequences, tag sequences and flag pairs.</li>
 * </ul>
 */
public final class Tokenizer {

    /** Separators kept inside a number when a digit is directly on both sides. */
    private static final String NUMBER_SEPARATORS = ".,:/\u066B\u066C";
    /** Punctuation whose repetition is one token. */
    private static final String REPEATABLE_PUNCTUATION = ".!?\u061F-";
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        int[] cps = text.codePoints().toArray();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (isSeparator(c)) {
                i++;
                continue;
            }
            int end;
            if (isWordCharacter(c)) {
                end = scanWord(cps, i);
            } else if (isPunctuation(c)) {
                end = scanPunctuation(cps, i);
            } else {
                end = scanSymbol(cps, i);
            }
            tokens.add(new Token(new String(cps, i, end - i), i, end));
            i = end;
        }
        return tokens;
    }

    private static int scanWord(int[] cps, int start) {
        int j = start + 1;
        while (j < cps.length) {
            int c = cps[j];
            if (isWordCharacter(c)) {
                j++;
            } else if (isFormat(c)) {
                int k = j;
                while (k < cps.length && isFormat(cps[k])) {
                    k++;
                }
                if (k < cps.length && isWordCharacter(cps[k])) {
                    j = k;
                } else {
                    break;
                }
            } else if (NUMBER_SEPARATORS.indexOf(c) >= 0 && Character.isDigit(cps[j - 1])
                    && j + 1 < cps.length && Character.isDigit(cps[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static int scanPunctuation(int[] cps, int start) {
        int c = cps[start];
        int j = start + 1;
        if (REPEATABLE_PUNCTUATION.indexOf(c) >= 0) {
            while (j < cps.length && cps[j] == c) {
                j++;
            }
        }
        return skipMarks(cps, j);
    }

    private static int scanSymbol(int[] cps, int start) {
        int j = start + 1;
        if (isRegionalIndicator(cps[start]) && j < cps.length && isRegionalIndicator(cps[j])) {
            j++; // a flag is a pair of regional indicators
        }
        while (j < cps.length) {
            int c = cps[j];
            if (isMark(c) || isEmojiModifier(c) || isTag(c)) {
                j++;
            } else if (c == ZERO_WIDTH_JOINER && j + 1 < cps.length && isSymbol(cps[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static int skipMarks(int[] cps, int j) {
        while (j < cps.length && isMark(cps[j])) {
            j++;
        }
        return j;
    }

    static boolean isSeparator(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.CONTROL || type == Character.FORMAT;
    }

    static boolean isWordCharacter(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return !isSeparator(c) && !isWordCharacter(c) && !isPunctuation(c);
    }

    private static boolean isFormat(int c) {
        return Character.getType(c) == Character.FORMAT;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isEmojiModifier(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF;
    }

    private static boolean isTag(int c) {
        return c >= 0xE0020 && c <= 0xE007F;
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }
}
