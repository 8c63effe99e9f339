package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every place where two annotators differ on one document, for side-by-side review. Each span of
 * either annotator appears in at most one finding:
 * <ul>
 *   <li>{@code LABEL_MISMATCH}: same boundaries, different label;</li>
 *   <li>{@code BOUNDARY_MISMATCH}: overlapping spans with the same label but other boundaries;</li>
 *   <li>{@code MISSING}: a span the other annotator has nothing overlapping for (one side is empty);</li>
 *   <li>{@code DIFFERENT_CHAIN}: a mention both marked exactly whose chain-mates differ (compared as the
 *       sets of boundaries of the other mentions in its chain, so chain ids do not matter).</li>
 * </ul>
 * Spans that overlap but differ in both label and boundaries count as missing on both sides.
 */
public final class Disagreements {

    public enum Kind { MISSING, BOUNDARY_MISMATCH, LABEL_MISMATCH, DIFFERENT_CHAIN }

    /** first or second is empty when only one annotator has a span there. */
    public record Finding(Kind kind, Optional<Span> first, Optional<Span> second) {
        int start() {
            return first.map(Span::start).orElseGet(() -> second.orElseThrow().start());
        }
    }

    private Disagreements() {
    }

    public static List<Finding> between(Annotation first, Annotation second) {
        List<Finding> findings = new ArrayList<>();
        Set<Span> usedSecond = new HashSet<>();
        Set<Span> usedFirst = new HashSet<>();
        Map<Span, Set<Boundary>> firstMates = chainMates(first);
        Map<Span, Set<Boundary>> secondMates = chainMates(second);
        Set<Span> secondSet = new HashSet<>(second.spans());

        for (Span a : first.spans()) {
            if (secondSet.contains(a)) {
                usedFirst.add(a);
                usedSecond.add(a);
                if (!firstMates.getOrDefault(a, Set.of()).equals(secondMates.getOrDefault(a, Set.of()))) {
                    findings.add(new Finding(Kind.DIFFERENT_CHAIN, Optional.of(a), Optional.of(a)));
                }
            }
        }
        for (Span a : first.spans()) {
            if (usedFirst.contains(a)) {
                continue;
            }
            Optional<Span> relabelled = second.spans().stream()
                    .filter(b -> !usedSecond.contains(b) && b.sameBoundaries(a)).findFirst();
            Optional<Span> moved = relabelled.isPresent() ? Optional.empty() : second.spans().stream()
                    .filter(b -> !usedSecond.contains(b) && b.label().equals(a.label()) && b.overlaps(a)).findFirst();
            Optional<Span> match = relabelled.or(() -> moved);
            if (match.isPresent()) {
                usedFirst.add(a);
                usedSecond.add(match.get());
                findings.add(new Finding(relabelled.isPresent() ? Kind.LABEL_MISMATCH : Kind.BOUNDARY_MISMATCH,
                        Optional.of(a), match));
            }
        }
        first.spans().stream().filter(a -> !usedFirst.contains(a))
                .forEach(a -> findings.add(new Finding(Kind.MISSING, Optional.of(a), Optional.empty())));
        second.spans().stream().filter(b -> !usedSecond.contains(b))
                .forEach(b -> findings.add(new Finding(Kind.MISSING, Optional.empty(), Optional.of(b))));
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private record Boundary(int start, int end) {
    }

    private static Map<Span, Set<Boundary>> chainMates(Annotation annotation) {
        Map<Span, Set<Boundary>> mates = new HashMap<>();
        for (Chain chain : annotation.chains()) {
            for (Span mention : chain.mentions()) {
                mates.put(mention, chain.mentions().stream().filter(m -> !m.equals(mention))
                        .map(m -> new Boundary(m.start(), m.end())).collect(Collectors.toSet()));
            }
        }
        return mates;
    }
}
