package org.tawsim.suggestion.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a dictionary's forms in a text. At every word start it tries each {@link Proclitics} prefix the word
 * actually begins with and walks the trie from the stem; the longest form that ends on a word boundary wins
 * (multi-word forms before their first word alone), and matching goes on after it. A form never matches inside a
 * longer word on the right (درعاوي is not درعا): no enclitic is split off, since on names a suffix makes
 * another word (a nisba, a dual, a plural) far more often than a pronoun.
 */
public final class StringMatcher {

    private final MatchDictionary dictionary;

    public StringMatcher(MatchDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Match> find(String text) {
        NormalizedText normalized = dictionary.normalizer().normalize(text);
        int[] cps = normalized.codePoints();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (!ArabicNormalizer.isWordChar(cps[i]) || i > 0 && ArabicNormalizer.isWordChar(cps[i - 1])) {
                i++;
                continue;
            }
            Found best = longestAt(cps, i);
            if (best == null) {
                i = nextWord(cps, i);
                continue;
            }
            double total = best.node.labels.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> label : best.node.labels.entrySet()) {
                matches.add(new Match(normalized.originalStart(best.start), normalized.originalEnd(best.end),
                        best.node.form, label.getKey(), label.getValue() / total));
            }
            i = best.end;
        }
        return matches;
    }

    private record Found(int start, int end, MatchDictionary.Node node) {
    }

    private Found longestAt(int[] cps, int wordStart) {
        Found best = null;
        for (Proclitics.Prefix prefix : Proclitics.all()) {
            int stem = wordStart + prefix.length();
            if (!startsWith(cps, wordStart, prefix.codePoints()) || stem >= cps.length
                    || prefix.length() > 0 && !ArabicNormalizer.isWordChar(cps[stem])) {
                continue;
            }
            Found found = walk(cps, stem, prefix.article());
            if (found != null && (best == null || found.end - found.start > best.end - best.start)) {
                best = found;
            }
        }
        return best;
    }

    /** The longest form starting at {@code stem} that ends on a word boundary. */
    private Found walk(int[] cps, int stem, boolean afterArticle) {
        MatchDictionary.Node node = dictionary.root();
        Found found = null;
        for (int j = stem; j < cps.length; j++) {
            node = node.child(cps[j]);
            if (node == null) {
                break;
            }
            boolean boundary = j + 1 == cps.length || !ArabicNormalizer.isWordChar(cps[j + 1]);
            if (node.labels != null && boundary && !(afterArticle && node.hasArticle)) {
                found = new Found(stem, j + 1, node);
            }
        }
        return found;
    }

    private static boolean startsWith(int[] cps, int at, int[] prefix) {
        if (at + prefix.length > cps.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (cps[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int nextWord(int[] cps, int i) {
        int j = i + 1;
        while (j < cps.length && ArabicNormalizer.isWordChar(cps[j])) {
            j++;
        }
        return j;
    }
}
