package org.tawsim.curation.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Curation never loses a span or a link: over random layers (nested, overlapping, same boundaries with several
 * labels, chains across them) every annotator span is agreed into gold or a candidate of a decision, and every
 * link is in a gold chain or in a chain decision. QuickTheories shrinks a failing case and prints its seed.
 */
class PreMergeCoverageTest {

    private static final List<String> LABELS = List.of("PERSON", "LOCATION", "ORG");

    @Test
    void everyAnnotatorSpanIsAgreedOrACandidate() {
        qt().withExamples(1500).forAll(layers(), Generate.enumValues(Rule.class)).checkAssert((work, rule) -> {
            PreMerge.Result result = PreMerge.of(work, rule);
            Set<Span> agreed = new HashSet<>(result.spans());
            Map<Span, Integer> offered = new LinkedHashMap<>();
            for (Decision d : result.decisions()) {
                d.candidates().stream().filter(c -> c.span() != null).forEach(c -> offered.merge(c.span(), 1, Integer::sum));
                if (d.agreed() != null) {
                    assertThat(agreed).as("the rule's candidate is gold").contains(d.candidates().get(d.agreed()).span());
                }
            }
            Set<Span> marked = new HashSet<>();
            for (AnnotatorWork w : work) {
                for (Span s : w.spans()) {
                    marked.add(s);
                    assertThat(agreed.contains(s) || offered.containsKey(s)).as("%s of %s is lost in %s", s, w.annotator(), result).isTrue();
                    if (!agreed.contains(s)) {
                        assertThat(offered.get(s)).as("%s is offered once", s).isEqualTo(1);
                    }
                }
            }
            assertThat(marked).as("nothing invented").containsAll(agreed).containsAll(offered.keySet());
        });
    }

    @Test
    void everyLinkIsInAGoldChainOrAChainDecision() {
        qt().withExamples(1500).forAll(layers(), Generate.enumValues(Rule.class)).checkAssert((work, rule) -> {
            PreMerge.Result result = PreMerge.of(work, rule);
            List<Set<Mention>> goldChains = result.chains().stream().map(c -> (Set<Mention>) new HashSet<>(c)).toList();
            List<Set<Mention>> regions = new ArrayList<>();
            for (Decision d : result.decisions()) {
                if (d.kind() == Decision.Kind.CHAIN_MISMATCH) {
                    Set<Mention> region = new HashSet<>();
                    d.candidates().forEach(c -> c.chains().forEach(region::addAll));
                    regions.add(region);
                    for (Decision.Candidate c : d.candidates()) {
                        c.chains().stream().flatMap(List::stream)
                                .forEach(m -> assertThat(c.labelOf(m)).as("label of %s in %s", m, c).isNotNull());
                    }
                }
            }
            for (AnnotatorWork w : work) {
                for (List<Mention> chain : w.chains()) {
                    for (Mention a : chain) {
                        for (Mention b : chain) {
                            boolean kept = a.equals(b) || goldChains.stream().anyMatch(g -> g.contains(a) && g.contains(b))
                                    || regions.stream().anyMatch(r -> r.contains(a) && r.contains(b));
                            assertThat(kept).as("link %s-%s of %s is lost in %s", a, b, w.annotator(), result).isTrue();
                        }
                    }
                }
            }
        });
    }

    /** One to four annotators over a 25-character text, each with up to eight spans, some of them in chains. */
    private static Gen<List<AnnotatorWork>> layers() {
        Gen<List<Integer>> layer = lists().of(integers().between(0, 19 * 6 * 3 * 4 - 1)).ofSizeBetween(0, 8);
        return lists().of(layer).ofSizeBetween(1, 4).map(PreMergeCoverageTest::decode);
    }

    /** Each number is a span: start, length, label and chain (none, 0, 1 or 2) in mixed radix. */
    private static List<AnnotatorWork> decode(List<List<Integer>> layers) {
        List<AnnotatorWork> work = new ArrayList<>();
        for (int a = 0; a < layers.size(); a++) {
            Set<Span> spans = new HashSet<>();
            Map<Integer, List<Mention>> chains = new LinkedHashMap<>();
            for (int n : layers.get(a)) {
                int start = n % 19;
                int length = n / 19 % 6 + 1;
                String label = LABELS.get(n / (19 * 6) % 3);
                int chain = n / (19 * 6 * 3) - 1;
                Span span = new Span(start, start + length, label);
                if (spans.add(span) && chain >= 0) {
                    chains.computeIfAbsent(chain, c -> new ArrayList<>()).add(span.mention());
                }
            }
            work.add(new AnnotatorWork("annotator" + (a + 1), List.copyOf(spans), List.copyOf(chains.values())));
        }
        return work;
    }
}
