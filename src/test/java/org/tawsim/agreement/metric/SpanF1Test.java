package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanF1Test {

    private static final Span PERSON_0_5 = new Span(0, 5, "PERSON");
    private static final Span ORG_10_20 = new Span(10, 20, "ORG");
    private static final Span LOC_30_35 = new Span(30, 35, "LOCATION");

    /**
     * Key: PERSON [0,5), ORG [10,20), LOCATION [30,35). Response: PERSON [0,5) (exact), ORG [12,20)
     * (overlaps, not exact), PERSON [30,35) (same boundaries, wrong label), EVENT [40,45) (spurious).
     * Exact: 1 match, R = 1/3, P = 1/4, F1 = 2/7. Relaxed: key recalled = PERSON, ORG = 2 → R = 2/3;
     * response correct = PERSON, ORG = 2 → P = 2/4; F1 = 4/7.
     */
    @Test
    void exactAndRelaxedByHand() {
        var key = List.of(PERSON_0_5, ORG_10_20, LOC_30_35);
        var response = List.of(PERSON_0_5, new Span(12, 20, "ORG"), new Span(30, 35, "PERSON"), new Span(40, 45, "EVENT"));
        SpanF1 f1 = SpanF1.compare(key, response);
        assertCounts(f1.exact(), 1, 3, 1, 4);
        assertEquals(2.0 / 7, f1.exact().f1(), 1e-12);
        assertCounts(f1.relaxed(), 2, 3, 2, 4);
        assertEquals(4.0 / 7, f1.relaxed().f1(), 1e-12);
        assertCounts(f1.exactByLabel().get("PERSON"), 1, 1, 1, 2);
        assertCounts(f1.exactByLabel().get("LOCATION"), 0, 1, 0, 0);
        assertCounts(f1.relaxedByLabel().get("ORG"), 1, 1, 1, 1);
        assertCounts(f1.exactByLabel().get("EVENT"), 0, 0, 0, 1);
    }

    /** Relaxed counts the two sides separately: one long span overlapping two short ones. */
    @Test
    void relaxedMatchIsNotOneToOne() {
        var key = List.of(new Span(0, 3, "ORG"), new Span(5, 8, "ORG"));
        var response = List.of(new Span(0, 8, "ORG"));
        SpanF1 f1 = SpanF1.compare(key, response);
        assertCounts(f1.relaxed(), 2, 2, 1, 1);
        assertCounts(f1.exact(), 0, 2, 0, 1);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        SpanF1 f1 = SpanF1.compare(List.of(new Span(0, 5, "ORG")), List.of(new Span(5, 9, "ORG")));
        assertEquals(0.0, f1.relaxed().f1());
    }

    @Test
    void identicalAnnotatorsScoreOne() {
        var spans = List.of(PERSON_0_5, ORG_10_20, LOC_30_35, new Span(2, 4, "PERSON"));
        SpanF1 f1 = SpanF1.compare(spans, spans);
        assertEquals(1.0, f1.exact().f1(), 1e-12);
        assertEquals(1.0, f1.relaxed().f1(), 1e-12);
    }

    @Test
    void disjointAnnotatorsScoreZero() {
        SpanF1 f1 = SpanF1.compare(List.of(PERSON_0_5, ORG_10_20), List.of(new Span(6, 9, "PERSON"), new Span(21, 25, "ORG")));
        assertEquals(0.0, f1.exact().f1());
        assertEquals(0.0, f1.relaxed().f1());
    }

    @Test
    void duplicateSpansCountOnce() {
        SpanF1 f1 = SpanF1.compare(List.of(PERSON_0_5, PERSON_0_5), List.of(PERSON_0_5));
        assertCounts(f1.exact(), 1, 1, 1, 1);
    }

    @Test
    void noSpansIsZeroButFlaggedEmpty() {
        SpanF1 f1 = SpanF1.compare(List.of(), List.of());
        assertEquals(0.0, f1.exact().f1());
        assertTrue(f1.exact().isEmpty());
        assertFalse(f1.exact().f1OrUndefined().isDefined());
    }

    /** Micro-averaging: counts of documents are summed before dividing. */
    @Test
    void documentsAreMicroAveraged() {
        SpanF1 first = SpanF1.compare(List.of(PERSON_0_5), List.of(PERSON_0_5));
        SpanF1 second = SpanF1.compare(List.of(PERSON_0_5, ORG_10_20, LOC_30_35), List.of());
        SpanF1 total = SpanF1.sum(List.of(first, second));
        assertCounts(total.exact(), 1, 4, 1, 1);
        assertEquals(0.4, total.exact().f1(), 1e-12); // not the mean of 1.0 and 0.0
    }

    @Test
    void labelConfusionCountsSameBoundariesOnly() {
        var key = List.of(PERSON_0_5, ORG_10_20, LOC_30_35, new Span(50, 55, "ORG"));
        var response = List.of(PERSON_0_5, new Span(10, 20, "PERSON"), new Span(30, 35, "ORG"), new Span(50, 54, "PERSON"));
        LabelConfusion confusion = LabelConfusion.of(key, response);
        assertEquals(1, confusion.count("PERSON", "PERSON"));
        assertEquals(1, confusion.count("ORG", "PERSON"));
        assertEquals(1, confusion.count("LOCATION", "ORG"));
        assertEquals(2, confusion.disagreements());
        assertEquals(0, confusion.count("ORG", "ORG"));
    }

    private static void assertCounts(PrecisionRecallCounts counts, double recallNumerator, double recallDenominator,
                                     double precisionNumerator, double precisionDenominator) {
        assertEquals(new PrecisionRecallCounts(recallNumerator, recallDenominator, precisionNumerator, precisionDenominator), counts);
    }
}
