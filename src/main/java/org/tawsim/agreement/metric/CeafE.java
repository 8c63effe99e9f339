package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CEAF-e, the entity-based CEAF (Luo 2005, "On coreference resolution performance metrics",
 * HLT/EMNLP): with {@code phi4(k, r) = 2 |k ∩ r| / (|k| + |r|)} and g* the one-to-one alignment of
 * key to response entities maximising the summed phi4 (found with the Kuhn–Munkres algorithm),
 * recall = Phi(g*) / |key entities|, precision = Phi(g*) / |response entities| (scorer v8.01
 * {@code CEAF} with type 0).
 *
 * <p>Entities sharing no mention have phi4 = 0, so the optimum splits over the connected components
 * of the "shares a mention" graph: we run the assignment per component, which keeps a document of
 * hundreds of mostly singleton entities far from the O(n³) of one big matrix.
 */
public final class CeafE {

    private CeafE() {
    }

    public static PrecisionRecallCounts counts(CoreferencePartition key, CoreferencePartition response) {
        return counts(EntityOverlap.of(key, response));
    }

    static PrecisionRecallCounts counts(EntityOverlap overlap) {
        int keys = overlap.keySizes.length;
        int[] keyDegree = new int[keys];
        int[] responseDegree = new int[overlap.responseSizes.length];
        for (int e = 0; e < overlap.edges(); e++) {
            keyDegree[overlap.edgeKey[e]]++;
            responseDegree[overlap.edgeResponse[e]]++;
        }
        double similarity = 0;
        int[] parent = new int[keys + overlap.responseSizes.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        var shared = new ArrayList<Integer>();
        for (int e = 0; e < overlap.edges(); e++) {
            if (keyDegree[overlap.edgeKey[e]] == 1 && responseDegree[overlap.edgeResponse[e]] == 1) {
                similarity += phi4(overlap, e); // a component of one edge: aligned with each other
            } else {
                shared.add(e);
                union(parent, overlap.edgeKey[e], keys + overlap.edgeResponse[e]);
            }
        }
        // group the remaining edges by component, components ordered by first appearance
        Map<Integer, List<Integer>> edgesByComponent = new HashMap<>();
        List<Integer> componentOrder = new ArrayList<>();
        for (int e : shared) {
            int root = find(parent, overlap.edgeKey[e]);
            edgesByComponent.computeIfAbsent(root, r -> {
                componentOrder.add(r);
                return new ArrayList<>();
            }).add(e);
        }
        for (int root : componentOrder) {
            similarity += bestAlignment(overlap, edgesByComponent.get(root));
        }
        return new PrecisionRecallCounts(similarity, keys, similarity, overlap.responseSizes.length);
    }

    private static double phi4(EntityOverlap overlap, int edge) {
        return 2.0 * overlap.edgeCount[edge] / (overlap.keySizes[overlap.edgeKey[edge]] + overlap.responseSizes[overlap.edgeResponse[edge]]);
    }

    private static double bestAlignment(EntityOverlap overlap, List<Integer> edges) {
        Map<Integer, Integer> row = new HashMap<>();
        Map<Integer, Integer> column = new HashMap<>();
        for (int e : edges) {
            row.putIfAbsent(overlap.edgeKey[e], row.size());
            column.putIfAbsent(overlap.edgeResponse[e], column.size());
        }
        double[][] phi = new double[row.size()][column.size()];
        for (int e : edges) {
            int k = overlap.edgeKey[e];
            int r = overlap.edgeResponse[e];
            phi[row.get(k)][column.get(r)] = phi4(overlap, e);
        }
        int[] assignment = HungarianAlgorithm.maximumWeightAssignment(phi);
        double sum = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] >= 0) {
                sum += phi[i][assignment[i]];
            }
        }
        return sum;
    }

    private static int find(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
