package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data,
     * four observers, twelve units, missing values. Published result: alpha_nominal = 0.743.
     */
    @Test
    void krippendorff2011NominalExampleWithMissingValues() {
        String[][] observers = {
                {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
                {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
                {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
                {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null},
        };
        var units = new ArrayList<List<String>>();
        for (int u = 0; u < 12; u++) {
            var values = new ArrayList<String>();
            for (String[] observer : observers) {
                values.add(observer[u]);
            }
            units.add(values);
        }
        KrippendorffAlpha alpha = KrippendorffAlpha.of(units);
        assertEquals(40, alpha.pairableValues()); // unit 12 has a single value and is dropped
        assertEquals(0.743, alpha.alpha().value(), 5e-4);
    }

    @Test
    void fullAgreementWithVariationIsOne() {
        var alpha = KrippendorffAlpha.of(List.of(Arrays.asList("O", "O", null), List.of("ORG", "ORG", "ORG")));
        assertEquals(1.0, alpha.alpha().value(), 1e-12);
    }

    @Test
    void oneCategoryOnlyIsUndefined() {
        var alpha = KrippendorffAlpha.of(List.of(List.of("O", "O"), List.of("O", "O")));
        assertFalse(alpha.alpha().isDefined());
    }

    @Test
    void noPairableValuesIsUndefined() {
        var alpha = KrippendorffAlpha.of(List.of(Arrays.asList("O", null), Arrays.asList(null, "ORG")));
        assertEquals(0, alpha.pairableValues());
        assertFalse(alpha.alpha().isDefined());
    }

    @Test
    void matchesDkproOnRandomDataWithMissingValues() {
        var random = new Random(3);
        String[] categories = {"O", "PERSON", "ORG", "LOCATION", "EVENT"};
        for (int round = 0; round < 50; round++) {
            int raters = 2 + random.nextInt(4);
            var study = new CodingAnnotationStudy(raters);
            var units = new ArrayList<List<String>>();
            for (int i = 0, n = 2 + random.nextInt(40); i < n; i++) {
                String truth = categories[random.nextInt(categories.length)];
                var values = new ArrayList<String>();
                for (int r = 0; r < raters; r++) {
                    double p = random.nextDouble();
                    values.add(p < 0.15 ? null : p < 0.8 ? truth : categories[random.nextInt(categories.length)]);
                }
                units.add(values);
                if (values.stream().filter(v -> v != null).count() >= 2) {
                    study.addItemAsArray(values.toArray()); // DKPro wants pairable units only
                }
            }
            KrippendorffAlpha ours = KrippendorffAlpha.of(units);
            if (ours.alpha().isDefined()) {
                double reference = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
                assertEquals(reference, ours.alpha().value(), 1e-9);
            }
        }
    }
}
