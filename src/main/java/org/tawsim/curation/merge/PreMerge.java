package org.tawsim.curation.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the work of the annotators who finished a document into gold under a {@link Rule}.
 *
 * <p>Spans: a span (same boundaries and label) supported by at least the rule's threshold goes to gold. A
 * span that competes with such a span (same boundaries, or overlapping with the same label, and nobody marked
 * both) is outvoted: it joins a decision the rule has already settled for the gold span, so that no span of any
 * annotator is lost. The rest are grouped (competing spans together) into open decisions: one span alone is a
 * missing span; one boundary pair with several labels a label mismatch; otherwise a boundary mismatch. Nested
 * or overlapping spans that one annotator marked both are separate decisions.
 *
 * <p>Chains: a link (two mentions in one chain) supported by the threshold joins gold when both mentions
 * are gold spans; gold chains are the connected mentions. Mentions connected by any annotator's link form a
 * region; a region with a link below the threshold, or an agreed link whose mention is not gold yet, is a
 * chain mismatch whose candidates are the annotators' groupings of its mentions.
 */
public final class PreMerge {

    /** The gold the rule settles and what is left to decide, in text order. */
    public record Result(List<Span> spans, List<List<Mention>> chains, List<Decision> decisions) {
    }

    private PreMerge() {
    }

    public static Result of(List<AnnotatorWork> finished, Rule rule) {
        int annotators = finished.size();
        if (annotators == 0) {
            return new Result(List.of(), List.of(), List.of());
        }
        int threshold = rule.threshold(annotators);
        List<Decision> decisions = new ArrayList<>();
        List<Span> gold = spans(finished, threshold, decisions);
        Set<Mention> goldMentions = new HashSet<>();
        gold.forEach(s -> goldMentions.add(s.mention()));
        List<List<Mention>> chains = chains(finished, threshold, goldMentions, decisions);
        decisions.sort(Comparator.comparingInt(Decision::start).thenComparing(Comparator.comparingInt(Decision::end).reversed())
                .thenComparing(Decision::kind));
        return new Result(gold, chains, List.copyOf(decisions));
    }

    private static List<Span> spans(List<AnnotatorWork> finished, int threshold, List<Decision> decisions) {
        Map<Span, Set<String>> support = new TreeMap<>(Span.TEXT_ORDER);
        for (AnnotatorWork work : finished) {
            work.spans().forEach(s -> support.computeIfAbsent(s, k -> new TreeSet<>()).add(work.annotator()));
        }
        List<Span> gold = support.entrySet().stream().filter(e -> e.getValue().size() >= threshold).map(Map.Entry::getKey).toList();
        Map<Span, List<Span>> outvoted = new TreeMap<>(Span.TEXT_ORDER);
        List<Span> open = new ArrayList<>();
        for (Span s : support.keySet()) {
            if (support.get(s).size() >= threshold) {
                continue;
            }
            gold.stream().filter(g -> alternatives(g, s, support)).findFirst()
                    .ifPresentOrElse(g -> outvoted.computeIfAbsent(g, k -> new ArrayList<>()).add(s), () -> open.add(s));
        }
        Groups<Span> groups = new Groups<>(open);
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                if (alternatives(open.get(i), open.get(j), support)) {
                    groups.join(open.get(i), open.get(j));
                }
            }
        }
        for (List<Span> group : groups.all()) {
            decisions.add(spanDecision(group, support, finished.size(), null));
        }
        outvoted.forEach((winner, losers) -> {
            List<Span> group = new ArrayList<>(losers);
            group.add(0, winner);
            decisions.add(spanDecision(group, support, finished.size(), winner));
        });
        return gold;
    }

    /**
     * Two spans compete when they cover the same stretch (same boundaries, or overlapping with the same label)
     * and nobody marked both: an annotator who marked both meant two things (nested or overlapping entities).
     */
    private static boolean alternatives(Span a, Span b, Map<Span, Set<String>> support) {
        return sameGroup(a, b) && support.get(a).stream().noneMatch(support.get(b)::contains);
    }

    /** A decision over competing spans; {@code agreed} is the one the rule put into gold, null if none. */
    private static Decision spanDecision(List<Span> group, Map<Span, Set<String>> support, int annotators, Span agreed) {
        List<Decision.Candidate> candidates = group.stream()
                .map(s -> new Decision.Candidate(s, null, List.copyOf(support.get(s))))
                .sorted(bySupport()).toList();
        Integer agreedIndex = null;
        for (int i = 0; agreed != null && i < candidates.size(); i++) {
            if (candidates.get(i).span().equals(agreed)) {
                agreedIndex = i;
            }
        }
        return new Decision(spanKind(group), group.stream().mapToInt(Span::start).min().orElseThrow(),
                group.stream().mapToInt(Span::end).max().orElseThrow(), candidates, annotators, agreedIndex);
    }

    private static boolean sameGroup(Span a, Span b) {
        return a.sameRange(b) || (a.overlaps(b) && a.label().equals(b.label()));
    }

    private static Decision.Kind spanKind(List<Span> group) {
        if (group.size() == 1) {
            return Decision.Kind.MISSING_SPAN;
        }
        boolean oneRange = group.stream().allMatch(s -> s.sameRange(group.get(0)));
        return oneRange ? Decision.Kind.LABEL_MISMATCH : Decision.Kind.BOUNDARY_MISMATCH;
    }

    private static List<List<Mention>> chains(List<AnnotatorWork> finished, int threshold, Set<Mention> goldMentions,
                                              List<Decision> decisions) {
        Map<Link, Set<String>> support = new LinkedHashMap<>();
        Set<Mention> linked = new TreeSet<>();
        for (AnnotatorWork work : finished) {
            for (List<Mention> chain : work.chains()) {
                List<Mention> sorted = new ArrayList<>(new TreeSet<>(chain));
                linked.addAll(sorted);
                for (int i = 0; i < sorted.size(); i++) {
                    for (int j = i + 1; j < sorted.size(); j++) {
                        support.computeIfAbsent(new Link(sorted.get(i), sorted.get(j)), k -> new TreeSet<>()).add(work.annotator());
                    }
                }
            }
        }
        Groups<Mention> gold = new Groups<>(linked.stream().filter(goldMentions::contains).toList());
        Groups<Mention> regions = new Groups<>(List.copyOf(linked));
        support.forEach((link, who) -> {
            regions.join(link.first(), link.second());
            if (who.size() >= threshold && goldMentions.contains(link.first()) && goldMentions.contains(link.second())) {
                gold.join(link.first(), link.second());
            }
        });
        for (List<Mention> region : regions.all()) {
            Set<Mention> inRegion = new HashSet<>(region);
            boolean open = support.entrySet().stream()
                    .filter(e -> inRegion.contains(e.getKey().first()))
                    .anyMatch(e -> e.getValue().size() < threshold
                            || !goldMentions.contains(e.getKey().first()) || !goldMentions.contains(e.getKey().second()));
            if (open) {
                decisions.add(new Decision(Decision.Kind.CHAIN_MISMATCH, region.get(0).start(),
                        region.stream().mapToInt(Mention::end).max().orElseThrow(), versions(finished, inRegion), finished.size()));
            }
        }
        return gold.all().stream().filter(g -> g.size() > 1).toList();
    }

    /** Each annotator's grouping of the region's mentions; annotators with the same grouping share a candidate. */
    private static List<Decision.Candidate> versions(List<AnnotatorWork> finished, Set<Mention> region) {
        Map<List<List<Mention>>, List<String>> byVersion = new LinkedHashMap<>();
        Map<List<List<Mention>>, List<Span>> labelled = new HashMap<>();
        for (AnnotatorWork work : finished) {
            List<List<Mention>> version = new ArrayList<>();
            for (List<Mention> chain : work.chains()) {
                List<Mention> inside = new ArrayList<>(new TreeSet<>(chain.stream().filter(region::contains).toList()));
                if (inside.size() > 1) {
                    version.add(List.copyOf(inside));
                }
            }
            version.sort(Comparator.comparing(c -> c.get(0)));
            byVersion.computeIfAbsent(List.copyOf(version), v -> new ArrayList<>()).add(work.annotator());
            labelled.computeIfAbsent(List.copyOf(version), v -> mentionSpans(work, v));
        }
        return byVersion.entrySet().stream()
                .map(e -> new Decision.Candidate(null, e.getKey(), e.getValue().stream().sorted().toList(), labelled.get(e.getKey())))
                .sorted(bySupport()).toList();
    }

    /** The annotator's span for each mention of the version (the first in text order when two labels share it). */
    private static List<Span> mentionSpans(AnnotatorWork work, List<List<Mention>> version) {
        List<Span> spans = new ArrayList<>();
        version.stream().flatMap(List::stream).distinct().sorted().forEach(m -> work.spans().stream()
                .filter(s -> s.mention().equals(m)).findFirst().ifPresent(spans::add));
        return spans;
    }

    private static Comparator<Decision.Candidate> bySupport() {
        Span none = new Span(0, 0, "");
        return Comparator.comparing((Decision.Candidate c) -> -c.supporters().size())
                .thenComparing(c -> c.span() == null ? none : c.span(), Span.TEXT_ORDER)
                .thenComparing(c -> c.supporters().get(0));
    }

    private record Link(Mention first, Mention second) {
    }

    /** Union-find over a fixed list of items; groups come out in the items' order, members in that order too. */
    private static final class Groups<T> {
        private final List<T> items;
        private final Map<T, T> parent = new HashMap<>();

        Groups(List<T> items) {
            this.items = items;
            items.forEach(i -> parent.put(i, i));
        }

        void join(T a, T b) {
            if (parent.containsKey(a) && parent.containsKey(b)) {
                parent.put(root(a), root(b));
            }
        }

        private T root(T item) {
            T p = parent.get(item);
            if (p.equals(item)) {
                return item;
            }
            T r = root(p);
            parent.put(item, r);
            return r;
        }

        List<List<T>> all() {
            Map<T, List<T>> groups = new LinkedHashMap<>();
            for (T item : items) {
                groups.computeIfAbsent(root(item), r -> new ArrayList<>()).add(item);
            }
            return List.copyOf(groups.values());
        }
    }
}
