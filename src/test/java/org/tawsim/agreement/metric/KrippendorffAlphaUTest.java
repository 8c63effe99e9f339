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
