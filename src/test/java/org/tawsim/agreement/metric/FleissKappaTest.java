package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    /**
     * Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 subjects, 5 categories.
     * P̄ = 0.378, P̄_e = 0.213, kappa = 0.210.
     */
    @Test
    void wikipediaExample() {
        int[][] table = {
                {0, 0, 0, 0, 14},
                {0, 2, 6, 4, 2},
                {0, 0, 3, 5, 6},
                {0, 3, 9, 2, 0},
                {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0},
                {3, 2, 6, 3, 0},
                {2, 5, 3, 2, 2},
                {6, 5, 2, 1, 0},
                {0, 2, 2, 3, 7},
        };
        var items = new ArrayList<Map<String, Integer>>();
        for (int[] row : table) {
            var counts = new TreeMap<String, Integer>();
            for (int j = 0; j < row.length; j++) {
                counts.put("c" + (j + 1), row[j]);
            }
            items.add(counts);
        }
        FleissKappa kappa = FleissKappa.ofCounts(items);
        assertEquals(0.378, kappa.observedAgreement().value(), 5e-4);
        assertEquals(0.210, kappa.kappa().value(), 5e-4);
    }

    @Test
    void identicalRatersAgreeFully() {
        var kappa = FleissKappa.ofRatings(List.of(List.of("O", "O", "O"), List.of("ORG", "ORG", "ORG")));
        assertEquals(1.0, kappa.kappa().value(), 1e-12);
    }

    @Test
    void oneCategoryOnlyIsUndefined() {
        var kappa = FleissKappa.ofRatings(List.of(List.of("O", "O", "O"), List.of("O", "O", "O")));
        assertFalse(kappa.kappa().isDefined());
        assertEquals(1.0, kappa.observedAgreement().value(), 1e-12);
    }

    @Test
    void noItemsIsUndefined() {
        assertFalse(FleissKappa.EMPTY.kappa().isDefined());
        assertFalse(FleissKappa.sum(List.of(FleissKappa.EMPTY, FleissKappa.EMPTY)).kappa().isDefined());
    }

    @Test
    void itemsMustHaveTheSameNumberOfRaters() {
        assertThrows(IllegalArgumentException.class,
                () -> FleissKappa.ofRatings(List.of(List.of("O", "O", "O"), List.of("O", "O"))));
    }

    @Test
    void matchesDkproOnRandomData() {
        var random = new Random(11);
        String[] categories = {"O", "PERSON", "ORG", "LOCATION", "EVENT"};
        for (int round = 0; round < 50; round++) {
            int raters = 2 + random.nextInt(4);
            var study = new CodingAnnotationStudy(raters);
            var items = new ArrayList<List<String>>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                var ratings = new ArrayList<String>();
                String truth = categories[random.nextInt(categories.length)];
                for (int r = 0; r < raters; r++) {
                    ratings.add(random.nextDouble() < 0.7 ? truth : categories[random.nextInt(categories.length)]);
                }
                items.add(ratings);
                study.addItemAsArray(ratings.toArray());
            }
            FleissKappa ours = FleissKappa.ofRatings(items);
            if (ours.kappa().isDefined()) {
                assertEquals(new FleissKappaAgreement(study).calculateAgreement(), ours.kappa().value(), 1e-9);
            }
        }
    }
}
