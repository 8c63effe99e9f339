package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of a key and a response partition and the non-empty intersections |k ∩ r| between
 * their entities: everything MUC, B³, CEAF-e and BLANC need, in one sparse structure that costs
 * O(mentions) to build instead of an entity-by-entity matrix.
 */
final class EntityOverlap {

    final int[] keySizes;
    final int[] responseSizes;
    /** Parallel arrays, one element per pair (k, r) with |k ∩ r| > 0, grouped by r then k. */
    final int[] edgeKey;
    final int[] edgeResponse;
    final int[] edgeCount;

    private EntityOverlap(int[] keySizes, int[] responseSizes, int[] edgeKey, int[] edgeResponse, int[] edgeCount) {
        this.keySizes = keySizes;
        this.responseSizes = responseSizes;
        this.edgeKey = edgeKey;
        this.edgeResponse = edgeResponse;
        this.edgeCount = edgeCount;
    }

    static EntityOverlap of(CoreferencePartition key, CoreferencePartition response) {
        int[] keySizes = new int[key.entityCount()];
        for (int k = 0; k < keySizes.length; k++) {
            keySizes[k] = key.entitySize(k);
        }
        int[] responseSizes = new int[response.entityCount()];
        var keys = new ArrayList<Integer>();
        var responses = new ArrayList<Integer>();
        var counts = new ArrayList<Integer>();
        int[] shared = new int[keySizes.length];
        for (int r = 0; r < responseSizes.length; r++) {
            long[] mentions = response.entity(r);
            responseSizes[r] = mentions.length;
            List<Integer> touched = new ArrayList<>();
            for (long mention : mentions) {
                int k = key.entityOf(mention);
                if (k >= 0 && shared[k]++ == 0) {
                    touched.add(k);
                }
            }
            touched.sort(null);
            for (int k : touched) {
                keys.add(k);
                responses.add(r);
                counts.add(shared[k]);
                shared[k] = 0;
            }
        }
        return new EntityOverlap(keySizes, responseSizes, toArray(keys), toArray(responses), toArray(counts));
    }

    int edges() {
        return edgeCount.length;
    }

    long keyMentions() {
        return Arrays.stream(keySizes).asLongStream().sum();
    }

    long responseMentions() {
        return Arrays.stream(responseSizes).asLongStream().sum();
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
