package org.tawsim.suggestion.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The letters Arabic writes attached in front of a word, in their order: a conjunction (و ف), then a preposition
 * (ب ك ل), then the article ال. After ل the article loses its alef (ل + الجيش is written للجيش). Only these
 * sequences count, so a word that merely begins with one of these letters is not cut.
 */
public final class Proclitics {

    /** One way a word can begin before its stem; {@code article} tells whether it contains ال. */
    public record Prefix(int[] codePoints, boolean article) {
        public int length() {
            return codePoints.length;
        }
    }

    private static final List<Prefix> ALL = build();

    private Proclitics() {
    }

    /** Every prefix, the empty one first. */
    public static List<Prefix> all() {
        return ALL;
    }

    private static List<Prefix> build() {
        List<Prefix> prefixes = new ArrayList<>();
        for (String conjunction : List.of("", "و", "ف")) {
            for (String preposition : List.of("", "ب", "ك", "ل")) {
                for (boolean article : new boolean[] {false, true}) {
                    String written = conjunction + preposition + (article ? (preposition.equals("ل") ? "ل" : "ال") : "");
                    prefixes.add(new Prefix(written.codePoints().toArray(), article));
                }
            }
        }
        return List.copyOf(prefixes);
    }
}
