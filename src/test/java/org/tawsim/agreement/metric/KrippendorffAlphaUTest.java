package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaUTest {

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers, continuum [150, 450),
     * categories c and k (shifted here to start at 0). Published: D_o(c) = 0.0144,
     * D_e(c) = 0.0532, alpha(c) = 0.7286; D_o(k) = 0, D_e(k) = 0.0490, alpha(k) = 1; alpha = 0.8591.
     * (The same figures are asserted in DKPro Agreement's Krippendorff2004Test.)
     */
    @Test
    void krippendorff2004Example() {
        int begin = 150;
        List<Span> i = List.of(unit(225 - begin, 70, "c"), unit(370 - begin, 30, "c"),
                unit(180 - begin, 60, "k"), unit(300 - begin, 50, "k"));
        List<Span> j = List.of(unit(220 - begin, 80, "c"), unit(355 - begin, 20, "c"), unit(400 - begin, 20, "c"),
                unit(180 - begin, 60, "k"), unit(300 - begin, 50, "k"));
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(300, List.of(i, j));
        assertEquals(0.0144, alpha.observedDisagreement("c"), 1e-4);
        assertEquals(0.0532, alpha.expectedDisagreement("c"), 1e-4);
        assertEquals(0.7286, alpha.alpha("c").value(), 1e-4);
        assertEquals(0.0, alpha.observedDisagreement("k"), 1e-12);
        assertEquals(0.0490, alpha.expectedDisagreement("k"), 1e-4);
        assertEquals(1.0, alpha.alpha("k").value(), 1e-12);
        assertEquals(0.8591, alpha.alpha().value(), 5e-4);
    }

    /**
     * Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs of
     * observers on a 24-unit continuum (Bertha/Bill = A, John/Jill = B, Gerret/Gill = C,
     * Heather/Hill = D). Observed disagreements as published: 0.03125, 2.26736, 0.02777, 0.38715.
     */
    @Test
    void krippendorff1995ObservedDisagreements() {
        var first = List.of(unit(2, 8, "A"), unit(14, 6, "A"), unit(0, 18, "B"),
                unit(2, 6, "C"), unit(10, 2, "C"), unit(14, 4, "C"), unit(20, 2, "C"),
                unit(0, 2, "D"), unit(2, 8, "D"), unit(10, 4, "D"), unit(14, 6, "D"), unit(20, 4, "D"));
        var second = List.of(unit(4, 4, "A"), unit(15, 2, "A"),
                unit(0, 2, "B"), unit(2, 1, "B"), unit(3, 1, "B"), unit(4, 1, "B"), unit(5, 1, "B"), unit(6, 3, "B"), unit(9, 1, "B"),
                unit(0, 2, "C"), unit(4, 4, "C"), unit(10, 4, "C"), unit(16, 2, "C"), unit(20, 2, "C"),
                unit(0, 4, "D"), unit(4, 4, "D"), unit(8, 7, "D"), unit(15, 2, "D"), unit(17, 7, "D"));
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(24, List.of(first, second));
        assertEquals(0.03125, alpha.observedDisagreement("A"), 1e-5);
        assertEquals(2.26736, alpha.observedDisagreement("B"), 1e-5);
        assertEquals(0.02777, alpha.observedDisagreement("C"), 1e-5);
        assertEquals(0.38715, alpha.observedDisagreement("D"), 1e-5);
    }

    @Test
    void fullAgreementIsOne() {
        var spans = List.of(unit(2, 3, "PERSON"), unit(10, 4, "ORG"));
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(20, List.of(spans, spans, spans));
        assertEquals(1.0, alpha.alpha().value(), 1e-12);
        assertEquals(1.0, alpha.alpha("PERSON").value(), 1e-12);
    }

    @Test
    void noUnitsIsUndefinedNotNaN() {
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(20, List.of(List.of(), List.of()));
        assertFalse(alpha.alpha().isDefined());
        assertTrue(alpha.labels().isEmpty());
    }

    @Test
    void emptyContinuumIsUndefined() {
        assertFalse(KrippendorffAlphaU.of(0, List.of(List.of(), List.of())).alpha().isDefined());
    }

    /** One character, both raters mark it: no variation, D_e = 0 (DKPro 2.2.x returns 0.0 here). */
    @Test
    void noVariationIsUndefined() {
        var spans = List.of(unit(0, 1, "PERSON"));
        assertFalse(KrippendorffAlphaU.of(1, List.of(spans, spans)).alpha().isDefined());
    }

    /**
     * The DKPro Agreement 2.2.1 edge cases we do not inherit: full agreement on a one-character
     * continuum gives 0.0 there (D_o = D_e = 0), no units gives NaN. Both are undefined here, while
     * full agreement with variation is 1 in both.
     */
    @Test
    void dkpro221EdgeCasesAreReplaced() {
        var oneCharacter = new UnitizingAnnotationStudy(2, 1);
        oneCharacter.addUnit(0, 1, 0, "PERSON");
        oneCharacter.addUnit(0, 1, 1, "PERSON");
        assertEquals(0.0, new KrippendorffAlphaUnitizingAgreement(oneCharacter).calculateAgreement());
        var spans = List.of(unit(0, 1, "PERSON"));
        assertFalse(KrippendorffAlphaU.of(1, List.of(spans, spans)).alpha().isDefined());

        assertTrue(Double.isNaN(new KrippendorffAlphaUnitizingAgreement(new UnitizingAnnotationStudy(2, 20)).calculateAgreement()));
        assertFalse(KrippendorffAlphaU.of(20, List.of(List.of(), List.of())).alpha().isDefined());

        var whole = new UnitizingAnnotationStudy(2, 20);
        whole.addUnit(0, 20, 0, "PERSON");
        whole.addUnit(0, 20, 1, "PERSON");
        var everything = List.of(unit(0, 20, "PERSON"));
        assertEquals(new KrippendorffAlphaUnitizingAgreement(whole).calculateAgreement(),
                KrippendorffAlphaU.of(20, List.of(everything, everything)).alpha().value(), 1e-12);
        assertEquals(1.0, KrippendorffAlphaU.of(20, List.of(everything, everything)).alpha().value(), 1e-12);
    }

    @Test
    void overlappingSpansOfOneLabelMergeIntoTheirUnion() {
        var nested = List.of(unit(2, 8, "ORG"), unit(4, 2, "ORG"));
        var union = List.of(unit(2, 8, "ORG"));
        var other = List.of(unit(3, 6, "ORG"));
        assertEquals(KrippendorffAlphaU.of(20, List.of(union, other)).alpha(),
                KrippendorffAlphaU.of(20, List.of(nested, other)).alpha());
    }

    /**
     * 20,000 overlapping spans of one annotator: 1,000 entities of 6 characters every 12, each marked 20 times
     * with shifted boundaries (and duplicates). They count as their union, one unit per entity, so the value is
     * that of the merged units, DKPro's on those units, and a coefficient in [-1, 1]. The bound tested is [-1, 1]
     * because here the two annotators agree on 900 of 1,000 entities and shift the rest by 2 characters: a value
     * below -1 would mean systematic disagreement, which this data does not have (alpha_u has no general lower
     * bound, see {@link #aUnitCoveringTheTextAgainstNothingHasNoLowerBound()}).
     */
    @Test
    void twentyThousandOverlappingSpansCountAsTheirUnion() {
        int entities = 1_000;
        int length = entities * 12;
        var overlapping = new ArrayList<Span>();
        var union = new ArrayList<Span>();
        var other = new ArrayList<Span>();
        var merged = new UnitizingAnnotationStudy(2, length);
        for (int e = 0; e < entities; e++) {
            int start = e * 12 + 3;
            for (int i = 0; i < 20; i++) {
                overlapping.add(new Span(start + i % 3, start + 6 - i % 2, "LOCATION"));
            }
            union.add(new Span(start, start + 6, "LOCATION"));
            merged.addUnit(start, 6, 0, "LOCATION");
            int otherStart = e % 10 == 0 ? start + 2 : start;
            other.add(new Span(otherStart, otherStart + 6, "LOCATION"));
            merged.addUnit(otherStart, 6, 1, "LOCATION");
        }
        assertEquals(20_000, overlapping.size());

        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(length, List.of(overlapping, other));
        assertEquals(KrippendorffAlphaU.of(length, List.of(union, other)), alpha);
        assertEquals(new KrippendorffAlphaUnitizingAgreement(merged).calculateAgreement(), alpha.alpha().value(), 1e-12);
        assertTrue(alpha.alpha().value() <= 1 && alpha.alpha().value() >= -1, alpha.toString());
    }

    /**
     * 20,000 spans [i, i+500), each overlapping the next 499: as units they would overlap, which alpha_u's
     * definition excludes. Their union is one unit [0, 20,499), which the other annotator marks too: alpha_u = 1.
     */
    @Test
    void longChainedOverlapsMergeIntoOneUnit() {
        var chained = new ArrayList<Span>();
        for (int i = 0; i < 20_000; i++) {
            chained.add(new Span(i, i + 500, "ORG"));
        }
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(40_000, List.of(chained, List.of(new Span(0, 20_499, "ORG"))));
        assertEquals(1.0, alpha.alpha().value(), 1e-12);
    }

    /**
     * Hand-computed, L = 10. Annotator 1 marks [0,3) and [2,4) (overlapping: one unit [0,4)), annotator 2 [6,10).
     * D_o: each unit lies in the other's gap, δ² = 4² twice: D_o = 2 · 32 / (2 · 1 · 10²) = 0.32.
     * D_e: N = 2 units of length 4; (N-1)(2·4³ - 3·4² + 4)/3 = 28 per unit; gaps of length 6 (one per annotator):
     * 4² · ((6-4+1) + (6-4+1)) = 96 per unit; numerator 2 · (28 + 96) = 248; denominator 20 · 19 - 2 · 4 · 3 = 356;
     * D_e = (2/10) · 248/356 = 0.139326. alpha_u = 1 - 0.32/0.139326 = -1.296774 (DKPro: the same on [0,4) vs [6,10)).
     * Complete disagreement on a short text goes below -1: alpha_u has no lower bound of -1.
     */
    @Test
    void handComputedOverlappingCase() {
        KrippendorffAlphaU alpha = KrippendorffAlphaU.of(10, List.of(
                List.of(unit(0, 3, "X"), unit(2, 2, "X")), List.of(unit(6, 4, "X"))));
        assertEquals(0.32, alpha.observedDisagreement("X"), 1e-12);
        assertEquals(0.2 * 248 / 356, alpha.expectedDisagreement("X"), 1e-12);
        assertEquals(1 - 0.32 / (0.2 * 248 / 356), alpha.alpha().value(), 1e-12);
        assertEquals(-1.296774, alpha.alpha().value(), 1e-6);
    }

    /**
     * Why no lower bound is asserted in general: one annotator's units covering all of [0, L) against nothing give
     * D_o = 2 · L² / (2 L²) = 1 and D_e = (2/L) · L² / (2L(2L-1) - L(L-1)) = 2 / (3L - 1), so alpha_u = 1 - (3L-1)/2:
     * -84 for L = 57 (DKPro 2.2.1 says the same). The expected disagreement vanishes as one unit fills the text.
     */
    @Test
    void aUnitCoveringTheTextAgainstNothingHasNoLowerBound() {
        var covering = new ArrayList<Span>();
        for (int i = 0; i < 55; i++) {
            covering.add(new Span(i, i + 3, "X")); // overlapping spans whose union is [0, 57)
        }
        assertEquals(1 - (3 * 57 - 1) / 2.0, KrippendorffAlphaU.of(57, List.of(covering, List.of())).alpha().value(), 1e-9);
        var study = new UnitizingAnnotationStudy(2, 57);
        study.addUnit(0, 57, 0, "X");
        assertEquals(-84.0, new KrippendorffAlphaUnitizingAgreement(study).calculateAgreement(), 1e-9);
    }

    @Test
    void matchesDkproOnRandomContinua() {
        var random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int raters = 2 + random.nextInt(3);
            int length = 1 + random.nextInt(120);
            var study = new UnitizingAnnotationStudy(raters, length);
            var spans = new ArrayList<List<Span>>();
            for (int r = 0; r < raters; r++) {
                spans.add(randomUnits(random, 0, length, study, r));
            }
            KrippendorffAlphaU ours = KrippendorffAlphaU.of(length, spans);
            var reference = new KrippendorffAlphaUnitizingAgreement(study);
            for (String label : ours.labels()) {
                assertEquals(reference.calculateCategoryAgreement(label), ours.alpha(label).orElse(0.0), 1e-9, label);
            }
            if (ours.alpha().isDefined()) {
                assertEquals(reference.calculateAgreement(), ours.alpha().value(), 1e-9);
            }
        }
    }

    /** A corpus is the concatenation of its documents: gaps at document ends merge across them. */
    @Test
    void corpusEqualsDkproOnTheConcatenatedContinuum() {
        var random = new Random(9);
        for (int round = 0; round < 50; round++) {
            int raters = 2 + random.nextInt(2);
            int documents = 1 + random.nextInt(5);
            var lengths = new int[documents];
            int total = 0;
            for (int d = 0; d < documents; d++) {
                lengths[d] = random.nextInt(60);
                total += lengths[d];
            }
            var study = new UnitizingAnnotationStudy(raters, total);
            var parts = new ArrayList<UnitizingDocument>();
            int offset = 0;
            for (int d = 0; d < documents; d++) {
                var spans = new ArrayList<List<Span>>();
                for (int r = 0; r < raters; r++) {
                    // some documents have no unit at all for a rater: its gap spans documents
                    spans.add(random.nextInt(3) == 0 ? List.of() : randomUnits(random, offset, lengths[d], study, r));
                }
                parts.add(UnitizingDocument.of(lengths[d], spans));
                offset += lengths[d];
            }
            int[] all = new int[raters];
            for (int r = 0; r < raters; r++) {
                all[r] = r;
            }
            KrippendorffAlphaU ours = KrippendorffAlphaU.over(parts, all);
            var reference = new KrippendorffAlphaUnitizingAgreement(study);
            for (String label : ours.labels()) {
                assertEquals(reference.calculateCategoryAgreement(label), ours.alpha(label).orElse(0.0), 1e-9, label);
            }
        }
    }

    /** Random disjoint-per-label units of a document of this length; the DKPro study gets them at offset. */
    private static List<Span> randomUnits(Random random, int offset, int length, UnitizingAnnotationStudy study, int rater) {
        var spans = new ArrayList<Span>();
        for (String label : List.of("PERSON", "ORG")) {
            int position = random.nextInt(8);
            while (position < length && random.nextInt(5) > 0) {
                int unitLength = 1 + random.nextInt(Math.min(12, length - position));
                spans.add(new Span(position, position + unitLength, label));
                study.addUnit(offset + position, unitLength, rater, label);
                position += unitLength + random.nextInt(10);
            }
        }
        return spans;
    }

    private static Span unit(int offset, int length, String label) {
        return new Span(offset, offset + length, label);
    }
}
