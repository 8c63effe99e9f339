package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceScoresTest {

    private static final double EPS = 1e-5;

    /**
     * Pradhan, Luo, Recasens, Hovy, Ng, Strube 2014, "Scoring Coreference Partitions of Predicted
     * Mentions: A Reference Implementation", running example: key {a,b,c} {d,e,f,g}, response
     * {a,b} {c,d} {f,g,h,i}. Values derived by hand:
     * <ul>
     * <li>MUC: key links 2+3 = 5, response links 1+1+3 = 5; correct = (|{a,b}|-1) + (|{f,g}|-1) = 2;
     *     R = P = F = 2/5 = 0.4.</li>
     * <li>B³: recall numerator 2²/3 + 1²/3 + 1²/4 + 2²/4 = 35/12 over 7 key mentions = 35/84;
     *     precision numerator 2²/2 + 1²/2 + 1²/2 + 2²/4 = 4 over 8 response mentions = 0.5;
     *     F = 35/77 = 0.454545.</li>
     * <li>CEAF-e: phi4({a,b,c},{a,b}) = 4/5, phi4({d,e,f,g},{f,g,h,i}) = 4/8; best alignment 1.3;
     *     R = 1.3/2 = 0.65, P = 1.3/3 = 0.433333, F = 0.52.</li>
     * <li>BLANC: C_k = 3+6 = 9, C_r = 1+1+6 = 8, correct = {ab, fg} = 2; N_k = 3·4 = 12,
     *     N_r = 2·2+2·4+2·4 = 20, correct = {ad, af, ag, bd, bf, bg, cf, cg} = 8;
     *     R = (2/9 + 8/12)/2 = 4/9, P = (2/8 + 8/20)/2 = 0.325, F = (4/17 + 1/2)/2 = 25/68.</li>
     * </ul>
     */
    @Test
    void pradhan2014Example() {
        var key = chains("abc", "defg");
        var response = chains("ab", "cd", "fghi");
        CoreferenceScores scores = CoreferenceScores.compare(key, response);

        assertRpf(scores.muc(), 0.4, 0.4, 0.4);
        assertRpf(scores.bCubed(), 35.0 / 84, 0.5, 35.0 / 77);
        assertRpf(scores.ceafE(), 0.65, 1.3 / 3, 0.52);
        assertEquals(4.0 / 9, scores.blanc().recall(), EPS);
        assertEquals(0.325, scores.blanc().precision(), EPS);
        assertEquals(25.0 / 68, scores.blanc().f1(), EPS);
        assertEquals((0.4 + 35.0 / 77 + 0.52) / 3, scores.conllF1(), EPS);
        assertEquals(new Blanc(2, 9, 8, 8, 12, 20), scores.blanc());
    }

    /*
     * Expected values of the CoNLL reference scorer's own regression tests
     * (conll/reference-coreference-scorers, test/CorefMetricTestConfig.pm), key TC-A = {a} {b,c} {d,e,f}.
     */

    /** TC-A-2: response with missing mentions and entities, {a} {d,e}. */
    @Test
    void scorerCaseA2() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("a", "bc", "def"), chains("a", "de"));
        assertRpf(scores.muc(), 1.0 / 3, 1.0, 0.5);
        assertRpf(scores.bCubed(), (7.0 / 3) / 6, 1.0, 14.0 / 25);
        assertRpf(scores.ceafE(), 0.6, 0.9, 0.72);
        assertBlanc(scores.blanc(), 0.21591, 1, 0.35385);
    }

    /** TC-A-3: response with false-alarm mentions and entities, {a} {b,c,x} {d,e,f,y} {z}. */
    @Test
    void scorerCaseA3() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("a", "bc", "def"), chains("a", "bcx", "defy", "z"));
        assertRpf(scores.muc(), 1.0, 3.0 / 5, 0.75);
        assertRpf(scores.bCubed(), 1.0, (4 + 7.0 / 12) / 9, 110.0 / 163);
        assertRpf(scores.ceafE(), 0.88571, 0.66429, 0.75918);
        assertBlanc(scores.blanc(), 1, 0.42593, 0.59717);
    }

    /** TC-A-4: both missing and false-alarm mentions, {a} {b,c,x} {d,y} {z}. */
    @Test
    void scorerCaseA4() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("a", "bc", "def"), chains("a", "bcx", "dy", "z"));
        assertRpf(scores.muc(), 1.0 / 3, 1.0 / 3, 1.0 / 3);
        double r = (3 + 1.0 / 3) / 6;
        double p = (1 + 4.0 / 3 + 1.0 / 2) / 7;
        assertRpf(scores.bCubed(), r, p, 2 * r * p / (r + p));
        assertRpf(scores.ceafE(), 0.73333, 0.55, 0.62857);
        assertBlanc(scores.blanc(), 0.35227, 0.27206, 0.30357);
    }

    /**
     * TC-A-10: all singletons {a} {b} {c} {d} {e} {f}. CEAF-e is not in the scorer's table; by hand:
     * best alignment {a}-{a} 1 + {b,c}-{b} 2/3 + {d,e,f}-{d} 2/4 = 13/6, R = 13/18, P = 13/36.
     */
    @Test
    void scorerCaseA10() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("a", "bc", "def"), chains("a", "b", "c", "d", "e", "f"));
        assertRpf(scores.muc(), 0, 0, 0);
        assertRpf(scores.bCubed(), 3.0 / 6, 1.0, 2.0 / 3);
        assertRpf(scores.ceafE(), 13.0 / 18, 13.0 / 36, 2 * (13.0 / 18) * (13.0 / 36) / (13.0 / 18 + 13.0 / 36));
        assertBlanc(scores.blanc(), 0.5, 0.36667, 0.42308);
    }

    /** TC-A-11: one entity {a,b,c,d,e,f}. CEAF-e by hand: best is {d,e,f}: 2·3/9, R = 2/9, P = 2/3. */
    @Test
    void scorerCaseA11() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("a", "bc", "def"), chains("abcdef"));
        assertRpf(scores.muc(), 1.0, 3.0 / 5, 6.0 / 8);
        assertRpf(scores.bCubed(), 1.0, (1.0 / 6 + 2 * 2.0 / 6 + 3 * 3.0 / 6) / 6, 14.0 / 25);
        assertRpf(scores.ceafE(), 2.0 / 9, 2.0 / 3, 1.0 / 3);
        assertBlanc(scores.blanc(), 0.5, 0.13333, 0.21053);
    }

    @Test
    void identicalPartitionsScoreOne() {
        CoreferenceScores scores = CoreferenceScores.compare(chains("abc", "de", "f"), chains("abc", "de", "f"));
        for (PrecisionRecallCounts counts : List.of(scores.mentions(), scores.muc(), scores.bCubed(), scores.ceafE())) {
            assertRpf(counts, 1, 1, 1);
        }
        assertBlanc(scores.blanc(), 1, 1, 1);
        assertEquals(1.0, scores.conllF1(), 1e-12);
    }

    @Test
    void emptyKeyOrResponseScoresZeroWithoutNaN() {
        CoreferencePartition empty = CoreferencePartition.ofChains(List.of());
        for (CoreferenceScores scores : List.of(CoreferenceScores.compare(empty, chains("ab", "c")),
                CoreferenceScores.compare(chains("ab", "c"), empty), CoreferenceScores.compare(empty, empty))) {
            assertRpf(scores.muc(), 0, 0, 0);
            assertRpf(scores.bCubed(), 0, 0, 0);
            assertRpf(scores.ceafE(), 0, 0, 0);
            assertBlanc(scores.blanc(), 0, 0, 0);
            assertEquals(0.0, scores.conllF1());
        }
    }

    /** Without any mention on either side there is nothing to score: undefined, not the scorer's 0. */
    @Test
    void conllF1IsUndefinedOnlyWithoutAnyMention() {
        CoreferencePartition empty = CoreferencePartition.ofChains(List.of());
        assertFalse(CoreferenceScores.compare(empty, empty).conllF1OrUndefined().isDefined());
        assertFalse(CoreferenceScores.sum(List.of(CoreferenceScores.compare(empty, empty), CoreferenceScores.ZERO))
                .conllF1OrUndefined().isDefined());
        assertEquals(0.0, CoreferenceScores.compare(empty, chains("ab", "c")).conllF1OrUndefined().value());
        assertEquals(1.0, CoreferenceScores.compare(chains("abc", "de"), chains("abc", "de")).conllF1OrUndefined().value(), 1e-12);
    }

    /** An unlinked span is a singleton entity; a mention repeated in a later chain keeps its first place. */
    @Test
    void spansOutsideChainsAreSingletonsAndRepeatsAreDropped() {
        Span a = mention('a');
        Span b = mention('b');
        Span c = mention('c');
        var partition = CoreferencePartition.of(List.of(a, b, c, new Span(c.start(), c.end(), "ORG")),
                List.of(Chain.of(a, b), Chain.of(b, a)));
        assertEquals(2, partition.entityCount()); // {a, b} and the singleton {c}
        assertEquals(3, partition.mentionCount());
    }

    /** Per-document counts summed give the scorer's corpus figure, not the mean of document F1s. */
    @Test
    void corpusScoresSumCountsOverDocuments() {
        var first = CoreferenceScores.compare(chains("abc", "defg"), chains("ab", "cd", "fghi"));
        var second = CoreferenceScores.compare(chains("ab"), chains("ab"));
        var total = CoreferenceScores.sum(List.of(first, second));
        assertEquals(3.0 / 6, total.muc().recall(), 1e-12); // (2 + 1) / (5 + 1)
        assertEquals(3.0 / 6, total.muc().precision(), 1e-12);
    }

    private static void assertRpf(PrecisionRecallCounts counts, double recall, double precision, double f1) {
        assertEquals(recall, counts.recall(), EPS, "recall");
        assertEquals(precision, counts.precision(), EPS, "precision");
        assertEquals(f1, counts.f1(), EPS, "f1");
    }

    private static void assertBlanc(Blanc blanc, double recall, double precision, double f1) {
        assertEquals(recall, blanc.recall(), EPS, "recall");
        assertEquals(precision, blanc.precision(), EPS, "precision");
        assertEquals(f1, blanc.f1(), EPS, "f1");
    }

    /** Each string is one entity; each letter one mention at a fixed position. */
    static CoreferencePartition chains(String... entities) {
        var chains = new ArrayList<Chain>();
        for (String entity : entities) {
            chains.add(new Chain(entity.chars().mapToObj(c -> mention((char) c)).toList()));
        }
        return CoreferencePartition.ofChains(chains);
    }

    static Span mention(char letter) {
        int position = 2 * (letter - 'a');
        return new Span(position, position + 1, "PERSON");
    }
}
