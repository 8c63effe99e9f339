package org.tawsim.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who annotates what: every document gets up to N distinct annotators, each time choosing the
 * annotators with the fewest assignments so far (ties by id, so the plan is deterministic).
 */
public final class AssignmentPlanner {

    public record Pair(long documentId, long annotatorId) {
    }

    private AssignmentPlanner() {
    }

    /**
     * @param documentIds   documents to cover, in order
     * @param annotatorIds  who may be assigned
     * @param perDocument   N, how many annotators each document should have
     * @param existing      assignments that already exist (kept, and counted towards N and towards load)
     * @return the new assignments to create
     */
    public static List<Pair> plan(List<Long> documentIds, List<Long> annotatorIds, int perDocument, Set<Pair> existing) {
        if (perDocument < 1) {
            throw new IllegalArgumentException("perDocument must be at least 1");
        }
        Map<Long, Integer> load = new HashMap<>();
        annotatorIds.forEach(a -> load.put(a, 0));
        for (Pair p : existing) {
            load.computeIfPresent(p.annotatorId(), (a, n) -> n + 1);
        }
        List<Pair> created = new ArrayList<>();
        for (long doc : documentIds) {
            List<Long> candidates = new ArrayList<>();
            int already = 0;
            for (long a : annotatorIds) {
                if (existing.contains(new Pair(doc, a))) {
                    already++;
                } else {
                    candidates.add(a);
                }
            }
            candidates.sort(Comparator.<Long>comparingInt(load::get).thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < perDocument - already && i < candidates.size(); i++) {
                long a = candidates.get(i);
                created.add(new Pair(doc, a));
                load.merge(a, 1, Integer::sum);
            }
        }
        return created;
    }
}
