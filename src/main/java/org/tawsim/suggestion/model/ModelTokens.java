package org.tawsim.suggestion.model;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.text.BoundarySplitter;
import org.tawsim.text.CodePoints;
import org.tawsim.text.Sentence;
import org.tawsim.text.SentenceSplitter;
import org.tawsim.text.TextRange;
import org.tawsim.text.Token;
import org.tawsim.text.Tokenizer;

/**
 * The tokens and sentences the model sees, the same way when it is trained and when it predicts.
 *
 * <p>Tawsim's {@link Tokenizer} keeps {@code بدرعا} whole; clitics become tokens only where a span boundary cuts
 * them ({@link BoundarySplitter}), and when predicting there are no spans yet. So the model splits Arabic proclitics
 * off every word itself: a leading {@code و} or {@code ف}, then one of {@code ب ك ل}, each its own token, as long as
 * at least two letters stay for the stem ({@code بدرعا → ب|درعا}, {@code فبدرعا → ف|ب|درعا},
 * {@code والجيش → و|الجيش}; {@code لم} stays whole). The article {@code ال} stays on its word, as annotators mark
 * it. Words that merely begin with these letters ({@code بيروت → ب|يروت}) are split too; the model learns that the
 * two tokens make one name, and predictions are mapped back to code points, so the span covers the whole word.
 * When training, the gold span boundaries are applied on top, so every gold span is a whole number of tokens.
 */
public final class ModelTokens {

    private static final String FIRST_CLITICS = "وف";
    private static final String SECOND_CLITICS = "بكل";
    private static final int MIN_STEM_LETTERS = 2;
    private static final int TATWEEL = 0x0640;

    private ModelTokens() {
    }

    /** Tokens and sentences of a text to predict on. */
    public static List<List<Token>> sentences(String text) {
        return sentences(text, List.of());
    }

    /** Tokens and sentences of a training text: no token and no sentence boundary cuts one of the spans. */
    public static List<List<Token>> sentences(String text, List<TextRange> spans) {
        int[] boundaries = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            boundaries[2 * i] = spans.get(i).start();
            boundaries[2 * i + 1] = spans.get(i).end();
        }
        List<Token> tokens = BoundarySplitter.split(splitProclitics(Tokenizer.tokenize(text)), boundaries);
        List<List<Token>> result = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(CodePoints.of(text), tokens, spans)) {
            result.add(List.copyOf(tokens.subList(sentence.firstToken(), sentence.endToken())));
        }
        return result;
    }

    static List<Token> splitProclitics(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens.size() + tokens.size() / 4);
        for (Token token : tokens) {
            int[] cps = token.text().codePoints().toArray();
            List<Integer> cuts = procliticEnds(cps);
            int from = 0;
            for (int cut : cuts) {
                result.add(new Token(new String(cps, from, cut - from), token.start() + from, token.start() + cut));
                from = cut;
            }
            result.add(from == 0 ? token : new Token(new String(cps, from, cps.length - from), token.start() + from, token.end()));
        }
        return result;
    }

    /** Offsets within the word where each proclitic ends; empty when the word has none or too short a stem. */
    private static List<Integer> procliticEnds(int[] cps) {
        List<Integer> ends = new ArrayList<>(2);
        int i = 0;
        if (i < cps.length && FIRST_CLITICS.indexOf(cps[i]) >= 0) {
            i = afterMarks(cps, i + 1);
            ends.add(i);
        }
        if (i < cps.length && SECOND_CLITICS.indexOf(cps[i]) >= 0) {
            int next = afterMarks(cps, i + 1);
            if (letters(cps, next) >= MIN_STEM_LETTERS) {
                i = next;
                ends.add(i);
            }
        }
        while (!ends.isEmpty() && letters(cps, ends.get(ends.size() - 1)) < MIN_STEM_LETTERS) {
            ends.remove(ends.size() - 1);
        }
        return ends;
    }

    /** A clitic keeps the diacritics written on it ({@code بِدرعا → بِ|درعا}). */
    private static int afterMarks(int[] cps, int i) {
        while (i < cps.length && Character.getType(cps[i]) == Character.NON_SPACING_MARK) {
            i++;
        }
        return i;
    }

    private static int letters(int[] cps, int from) {
        if (from >= cps.length || !Character.isLetter(cps[from])) {
            return 0;
        }
        int count = 0;
        for (int i = from; i < cps.length; i++) {
            if (Character.isLetter(cps[i]) && cps[i] != TATWEEL) {
                count++;
            }
        }
        return count;
    }
}
