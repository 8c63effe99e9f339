package org.tawsim.agreement.metric;

import java.util.Arrays;

/**
 * Kuhn–Munkres (Hungarian) algorithm for the maximum-weight assignment of rows to distinct columns
 * (Kuhn 1955, "The Hungarian method for the assignment problem"; Munkres 1957). O(n³) shortest
 * augmenting paths with potentials on the square matrix padded with zero weights, so rectangular
 * inputs work and a row may stay unassigned (-1) when there are fewer columns than rows.
 */
final class HungarianAlgorithm {

    private HungarianAlgorithm() {
    }

    /** For each row its column, or -1; the total weight is the maximum over all assignments. */
    static int[] maximumWeightAssignment(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        int n = Math.max(rows, columns);
        // minimise cost = -weight; 1-based with a virtual column 0 as in the classic formulation
        double[] rowPotential = new double[n + 1];
        double[] columnPotential = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] previousColumn = new int[n + 1];
        double[] slack = new double[n + 1];
        boolean[] visited = new boolean[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[column] = true;
                int currentRow = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!visited[j]) {
                        double reduced = cost(weights, rows, columns, currentRow, j) - rowPotential[currentRow] - columnPotential[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            previousColumn[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (visited[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] assignment = new int[rows];
        Arrays.fill(assignment, -1);
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] >= 1 && rowOfColumn[j] <= rows) {
                assignment[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return assignment;
    }

    private static double cost(double[][] weights, int rows, int columns, int row, int column) {
        return row <= rows && column <= columns ? -weights[row - 1][column - 1] : 0.0;
    }
}
