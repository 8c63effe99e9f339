package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tawsim.annotation.AssignmentPlanner.Pair;

class AssignmentPlannerTest {

    @Test
    void givesEachDocumentNDistinctAnnotatorsWithEvenLoad() {
        List<Long> docs = LongStream.rangeClosed(1, 10).boxed().toList();
        List<Pair> plan = AssignmentPlanner.plan(docs, List.of(100L, 200L, 300L), 2, Set.of());

        assertThat(plan).hasSize(20);
        Map<Long, Long> perDoc = plan.stream().collect(Collectors.groupingBy(Pair::documentId, Collectors.counting()));
        assertThat(perDoc.values()).containsOnly(2L);
        assertThat(new HashSet<>(plan)).hasSize(20); // no annotator twice on one document
        Map<Long, Long> load = plan.stream().collect(Collectors.groupingBy(Pair::annotatorId, Collectors.counting()));
        assertThat(load.values().stream().mapToLong(Long::longValue).max().getAsLong()
                - load.values().stream().mapToLong(Long::longValue).min().getAsLong()).isLessThanOrEqualTo(1);
    }

    @Test
    void keepsExistingAssignmentsAndCountsThem() {
        Set<Pair> existing = Set.of(new Pair(1, 100), new Pair(2, 100), new Pair(3, 100));
        List<Pair> plan = AssignmentPlanner.plan(List.of(1L, 2L, 3L, 4L), List.of(100L, 200L), 1, existing);
        // Documents 1-3 already have one annotator; document 4 goes to the less loaded 200.
        assertThat(plan).containsExactly(new Pair(4, 200));
    }

    @Test
    void neverAssignsMoreAnnotatorsThanExist() {
        List<Pair> plan = AssignmentPlanner.plan(List.of(1L), List.of(100L, 200L), 5, Set.of());
        assertThat(plan).containsExactlyInAnyOrder(new Pair(1, 100), new Pair(1, 200));
    }

    @Test
    void isDeterministic() {
        List<Long> docs = List.of(5L, 6L, 7L);
        assertThat(AssignmentPlanner.plan(docs, List.of(3L, 1L, 2L), 2, Set.of()))
                .isEqualTo(AssignmentPlanner.plan(docs, List.of(3L, 1L, 2L), 2, Set.of()));
    }
}
