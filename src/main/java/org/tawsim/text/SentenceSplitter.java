package org.tawsim.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups tokens into sentences.
 *
 * <p>A sentence ends
 * <ul>
 *   <li>after a terminator token ({@code . ! ? ؟ …} and {@code ۔ ‼ ⁇ ⁈ ⁉}) together with the closing quotes,
 *       brackets and further terminators written directly after it ({@code ؟!}, {@code .»}, {@code .")}); a
 *       terminator inside a number is part of the number token ({@code 2.4}, {@code 2022.10.20}) and ends
 *       nothing. A group made only of full stops does not end the sentence when a letter or digit follows
 *       without a space ({@code U.S}), which keeps Latin abbreviations and initials together;</li>
 *   <li>at every line break (news headings, datelines and captions have no final punctuation) and so also at
 *       every paragraph break (blank line).</li>
 * </ul>
 * <p>Spans win over both rules: a sentence never ends inside a span that is passed in, because a span cut in
 * two can no longer be exported as one entity. A span that crosses a paragraph break is an annotation slip in
 * practice; it merges the two paragraphs into one sentence rather than being cut.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = ".!?\u061F\u2026\u06D4\u203C\u2047\u2048\u2049";
    private static final String LINE_BREAKS = "\n\r\u000B\f\u0085\u2028\u2029";

    private SentenceSplitter() {
    }

    /**
     * @param text   the text the tokens come from
     * @param tokens tokens in text order, not overlapping
     * @param spans  ranges that must not be split across sentences (any order)
     */
    public static List<Sentence> split(CodePoints text, List<Token> tokens, List<TextRange> spans) {
        List<TextRange> byStart = new ArrayList<>(spans);
        byStart.sort(Comparator.comparingInt(TextRange::start));
        List<Sentence> sentences = new ArrayList<>();
        int nextSpan = 0;
        int spanEndSoFar = -1;
        int first = 0;
        boolean inGroup = false;
        boolean groupHasTerminator = false;
        boolean groupOnlyFullStops = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean member = isTerminator(token) || isCloser(token);
            boolean continuesGroup = member && inGroup && tokens.get(i - 1).end() == token.start();
            if (!continuesGroup) {
                inGroup = member;
                groupHasTerminator = false;
                groupOnlyFullStops = true;
            }
            if (isTerminator(token)) {
                groupHasTerminator = true;
                groupOnlyFullStops &= token.text().codePointAt(0) == '.';
            }
            if (i + 1 == tokens.size()) {
                break;
            }
            Token next = tokens.get(i + 1);
            boolean adjacent = next.start() == token.end();
            boolean ends = lineBreakBetween(text, token.end(), next.start())
                    || (inGroup && groupHasTerminator && !(adjacent && (isTerminator(next) || isCloser(next)))
                        && !(groupOnlyFullStops && adjacent && Character.isLetterOrDigit(next.text().codePointAt(0))));
            if (!ends) {
                continue;
            }
            while (nextSpan < byStart.size() && byStart.get(nextSpan).start() < token.end()) {
                spanEndSoFar = Math.max(spanEndSoFar, byStart.get(nextSpan).end());
                nextSpan++;
            }
            if (spanEndSoFar > next.start()) {
                continue; // a span runs from this sentence into the next
            }
            sentences.add(sentence(tokens, first, i + 1));
            first = i + 1;
        }
        if (first < tokens.size()) {
            sentences.add(sentence(tokens, first, tokens.size()));
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
    }

    private static boolean lineBreakBetween(CodePoints text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (LINE_BREAKS.indexOf(text.codePointAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminator(Token token) {
        return TERMINATORS.indexOf(token.text().codePointAt(0)) >= 0;
    }

    /** Closing quotes and brackets; a straight quote is taken as closing when it follows a terminator. */
    private static boolean isCloser(Token token) {
        int c = token.text().codePointAt(0);
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
