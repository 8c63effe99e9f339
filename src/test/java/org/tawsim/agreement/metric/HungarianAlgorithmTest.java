package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianAlgorithmTest {

    @Test
    void findsTheBestAssignmentOfAKnownMatrix() {
        double[][] weights = {{0.8, 0.4, 0}, {0, 1.0 / 3, 0.5}};
        int[] assignment = HungarianAlgorithm.maximumWeightAssignment(weights);
        assertEquals(1.3, total(weights, assignment), 1e-12);
    }

    /** Against exhaustive search over all injective assignments, square and rectangular. */
    @Test
    void matchesBruteForceOnRandomMatrices() {
        var random = new Random(1);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] weights = new double[rows][columns];
            for (double[] row : weights) {
                for (int j = 0; j < columns; j++) {
                    row[j] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
                }
            }
            int[] assignment = HungarianAlgorithm.maximumWeightAssignment(weights);
            var used = new HashSet<Integer>();
            for (int column : assignment) {
                if (column >= 0) {
                    assertEquals(true, used.add(column), "columns must be distinct");
                }
            }
            assertEquals(bruteForce(weights, 0, new boolean[columns]), total(weights, assignment), 1e-9);
        }
    }

    private static double total(double[][] weights, int[] assignment) {
        double sum = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] >= 0) {
                sum += weights[i][assignment[i]];
            }
        }
        return sum;
    }

    private static double bruteForce(double[][] weights, int row, boolean[] used) {
        if (row == weights.length) {
            return 0;
        }
        double best = bruteForce(weights, row + 1, used); // leave this row unassigned
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, weights[row][j] + bruteForce(weights, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
