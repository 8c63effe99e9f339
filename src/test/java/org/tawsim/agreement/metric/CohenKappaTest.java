package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /**
     * Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both readers say Yes 20 times,
     * A Yes / B No 5, A No / B Yes 10, both No 15. p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void wikipediaExample() {
        var a = new ArrayList<String>();
        var b = new ArrayList<String>();
        add(a, b, "Yes", "Yes", 20);
        add(a, b, "Yes", "No", 5);
        add(a, b, "No", "Yes", 10);
        add(a, b, "No", "No", 15);
        CohenKappa kappa = CohenKappa.of(a, b);
        assertEquals(0.7, kappa.observedAgreement().value(), 1e-12);
        assertEquals(0.5, kappa.expectedAgreement().value(), 1e-12);
        assertEquals(0.4, kappa.kappa().value(), 1e-12);
    }

    @Test
    void identicalRatersWithTwoCategoriesAgreeFully() {
        List<String> ratings = List.of("O", "PERSON", "O", "ORG", "O");
        assertEquals(1.0, CohenKappa.of(ratings, ratings).kappa().value(), 1e-12);
    }

    @Test
    void oneCategoryOnlyIsUndefined() {
        List<String> ratings = Collections.nCopies(7, "O");
        CohenKappa kappa = CohenKappa.of(ratings, ratings);
        assertFalse(kappa.kappa().isDefined());
        assertEquals(1.0, kappa.observedAgreement().value());
    }

    @Test
    void noItemsIsUndefined() {
        assertFalse(CohenKappa.EMPTY.kappa().isDefined());
        assertFalse(CohenKappa.EMPTY.observedAgreement().isDefined());
    }

    @Test
    void summingDocumentsEqualsPoolingTheirItems() {
        var first = CohenKappa.of(List.of("A", "B", "A"), List.of("A", "A", "A"));
        var second = CohenKappa.of(List.of("B", "C"), List.of("B", "C"));
        var pooled = CohenKappa.of(List.of("A", "B", "A", "B", "C"), List.of("A", "A", "A", "B", "C"));
        assertEquals(pooled, CohenKappa.sum(List.of(first, second)));
    }

    @Test
    void matchesDkproOnRandomData() {
        var random = new Random(7);
        String[] categories = {"O", "PERSON", "ORG", "LOCATION"};
        for (int round = 0; round < 50; round++) {
            int n = 2 + random.nextInt(60);
            var a = new ArrayList<String>();
            var b = new ArrayList<String>();
            var study = new CodingAnnotationStudy(2);
            for (int i = 0; i < n; i++) {
                a.add(categories[random.nextInt(categories.length)]);
                b.add(random.nextDouble() < 0.6 ? a.get(i) : categories[random.nextInt(categories.length)]);
                study.addItem(a.get(i), b.get(i));
            }
            CohenKappa ours = CohenKappa.of(a, b);
            if (ours.kappa().isDefined()) {
                assertEquals(new CohenKappaAgreement(study).calculateAgreement(), ours.kappa().value(), 1e-9);
            }
        }
    }

    private static void add(List<String> a, List<String> b, String x, String y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }
}
