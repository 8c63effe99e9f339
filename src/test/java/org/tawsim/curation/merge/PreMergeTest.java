package org.tawsim.curation.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tawsim.curation.merge.Decision.Kind;

/** Hand-made documents whose gold and open decisions are worked out in the comments. */
class PreMergeTest {

    private static Span span(int start, int end, String label) {
        return new Span(start, end, label);
    }

    private static Mention m(int start, int end) {
        return new Mention(start, end);
    }

    /*
     * Three annotators:
     *   [0,5) PER        a b c          -> gold (3/3)
     *   [10,15) LOC      a b, ORG c     -> gold LOC (2/3); c's ORG is outvoted: a label mismatch the rule settled
     *   [20,25) PER      a              -> missing span (1/3)
     *   [30,35) ORG a, LOC b            -> label mismatch (1/3 each)
     *   [40,48) a, [40,45) b, [42,48) c EVENT -> boundary mismatch (1/3 each)
     *   [50,55) and [60,65) PER  a b c  -> gold
     * Chains: all three link [0,5)-[10,15) -> gold chain; only a links [50,55)-[60,65) -> chain mismatch,
     * "no chain" 2/3 (b, c) against a's chain 1/3.
     */
    private static final List<AnnotatorWork> THREE = List.of(
            new AnnotatorWork("a", List.of(span(0, 5, "PER"), span(10, 15, "LOC"), span(20, 25, "PER"), span(30, 35, "ORG"),
                    span(40, 48, "EVENT"), span(50, 55, "PER"), span(60, 65, "PER")),
                    List.of(List.of(m(0, 5), m(10, 15)), List.of(m(60, 65), m(50, 55)))),
            new AnnotatorWork("b", List.of(span(0, 5, "PER"), span(10, 15, "LOC"), span(30, 35, "LOC"), span(40, 45, "EVENT"),
                    span(50, 55, "PER"), span(60, 65, "PER")),
                    List.of(List.of(m(10, 15), m(0, 5)))),
            new AnnotatorWork("c", List.of(span(0, 5, "PER"), span(10, 15, "ORG"), span(42, 48, "EVENT"),
                    span(50, 55, "PER"), span(60, 65, "PER")),
                    List.of(List.of(m(0, 5), m(10, 15)))));

    @Test
    void majorityTakesTwoOfThreeAndLeavesTheRestOpen() {
        PreMerge.Result result = PreMerge.of(THREE, Rule.MAJORITY);

        assertThat(result.spans()).containsExactly(span(0, 5, "PER"), span(10, 15, "LOC"), span(50, 55, "PER"), span(60, 65, "PER"));
        assertThat(result.chains()).containsExactly(List.of(m(0, 5), m(10, 15)));
        assertThat(result.decisions()).extracting(Decision::kind).containsExactly(
                Kind.LABEL_MISMATCH, Kind.MISSING_SPAN, Kind.LABEL_MISMATCH, Kind.BOUNDARY_MISMATCH, Kind.CHAIN_MISMATCH);
        assertThat(result.decisions()).extracting(Decision::agreed).containsExactly(0, null, null, null, null);

        Decision outvoted = result.decisions().get(0);
        assertThat(outvoted.candidates()).extracting(c -> c.span().label() + " " + c.support(3)).containsExactly("LOC 2/3", "ORG 1/3");

        Decision missing = result.decisions().get(1);
        assertThat(missing.start()).isEqualTo(20);
        assertThat(missing.end()).isEqualTo(25);
        assertThat(missing.candidates()).containsExactly(new Decision.Candidate(span(20, 25, "PER"), null, List.of("a")));
        assertThat(missing.candidates().get(0).support(missing.annotators())).isEqualTo("1/3");

        Decision label = result.decisions().get(2);
        assertThat(label.candidates()).extracting(Decision.Candidate::span).containsExactly(span(30, 35, "LOC"), span(30, 35, "ORG"));
        assertThat(label.candidates()).extracting(Decision.Candidate::supporters).containsExactly(List.of("b"), List.of("a"));

        Decision boundary = result.decisions().get(3);
        assertThat(boundary.start()).isEqualTo(40);
        assertThat(boundary.end()).isEqualTo(48);
        assertThat(boundary.candidates()).extracting(Decision.Candidate::span)
                .containsExactly(span(40, 48, "EVENT"), span(40, 45, "EVENT"), span(42, 48, "EVENT"));

        Decision chain = result.decisions().get(4);
        assertThat(chain.start()).isEqualTo(50);
        assertThat(chain.end()).isEqualTo(65);
        assertThat(chain.candidates()).containsExactly(
                new Decision.Candidate(null, List.of(), List.of("b", "c")),
                new Decision.Candidate(null, List.of(List.of(m(50, 55), m(60, 65))), List.of("a"),
                        List.of(span(50, 55, "PER"), span(60, 65, "PER"))));
        assertThat(chain.candidates().get(0).support(3)).isEqualTo("2/3");
    }

    @Test
    void unanimityLeavesTheTwoToOneLabelOpenAndItsChainWithIt() {
        PreMerge.Result result = PreMerge.of(THREE, Rule.UNANIMOUS);

        assertThat(result.spans()).containsExactly(span(0, 5, "PER"), span(50, 55, "PER"), span(60, 65, "PER"));
        // The link [0,5)-[10,15) is 3/3, but [10,15) is not gold yet: the lead decides the chain after the label.
        assertThat(result.chains()).isEmpty();
        assertThat(result.decisions()).extracting(Decision::kind, Decision::start, Decision::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.CHAIN_MISMATCH, 0, 15),
                org.assertj.core.groups.Tuple.tuple(Kind.LABEL_MISMATCH, 10, 15),
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SPAN, 20, 25),
                org.assertj.core.groups.Tuple.tuple(Kind.LABEL_MISMATCH, 30, 35),
                org.assertj.core.groups.Tuple.tuple(Kind.BOUNDARY_MISMATCH, 40, 48),
                org.assertj.core.groups.Tuple.tuple(Kind.CHAIN_MISMATCH, 50, 65));
        Decision relabel = result.decisions().get(1);
        assertThat(relabel.candidates()).extracting(c -> c.span().label() + " " + c.support(3)).containsExactly("LOC 2/3", "ORG 1/3");
        assertThat(result.decisions().get(0).candidates()).containsExactly(
                new Decision.Candidate(null, List.of(List.of(m(0, 5), m(10, 15))), List.of("a", "b", "c"),
                        List.of(span(0, 5, "PER"), span(10, 15, "LOC"))));
    }

    @Test
    void nestedSpansWithOtherLabelsAreSeparateDecisions() {
        // Two annotators, majority = both. a marks ORG [0,20) around LOC [10,15); b marks nothing.
        List<AnnotatorWork> work = List.of(
                new AnnotatorWork("a", List.of(span(0, 20, "ORG"), span(10, 15, "LOC")), List.of()),
                new AnnotatorWork("b", List.of(), List.of()));
        PreMerge.Result result = PreMerge.of(work, Rule.MAJORITY);
        assertThat(result.spans()).isEmpty();
        assertThat(result.decisions()).extracting(Decision::kind, Decision::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SPAN, 0),
                org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SPAN, 10));
    }

    @Test
    void aSpanNestedInAnAgreedSpanOfTheSameLabelIsAMissingSpan() {
        // The founding article: both mark مدينة جاسم [414,424) LOCATION; annotator1 also the nested جاسم [420,424).
        List<AnnotatorWork> work = List.of(
                new AnnotatorWork("annotator1", List.of(span(414, 424, "LOCATION"), span(420, 424, "LOCATION")), List.of()),
                new AnnotatorWork("annotator2", List.of(span(414, 424, "LOCATION")), List.of()));
        PreMerge.Result result = PreMerge.of(work, Rule.MAJORITY);
        assertThat(result.spans()).containsExactly(span(414, 424, "LOCATION"));
        assertThat(result.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.MISSING_SPAN);
            assertThat(d.agreed()).isNull();
            assertThat(d.candidates()).containsExactly(new Decision.Candidate(span(420, 424, "LOCATION"), null, List.of("annotator1")));
        });
    }

    @Test
    void aBoundaryThatLostToTheMajorityStaysInASettledDecision() {
        // a and b mark [0,10) ORG, c marks [3,10) ORG instead: gold takes [0,10); c's span can still be chosen.
        List<AnnotatorWork> work = List.of(
                new AnnotatorWork("a", List.of(span(0, 10, "ORG")), List.of()),
                new AnnotatorWork("b", List.of(span(0, 10, "ORG")), List.of()),
                new AnnotatorWork("c", List.of(span(3, 10, "ORG")), List.of()));
        PreMerge.Result result = PreMerge.of(work, Rule.MAJORITY);
        assertThat(result.spans()).containsExactly(span(0, 10, "ORG"));
        assertThat(result.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.BOUNDARY_MISMATCH);
            assertThat(d.candidates()).extracting(Decision.Candidate::span).containsExactly(span(0, 10, "ORG"), span(3, 10, "ORG"));
            assertThat(d.agreed()).isZero();
        });
    }

    @Test
    void oneAnnotatorIsGoldAndNobodyMeansNothing() {
        List<AnnotatorWork> one = List.of(new AnnotatorWork("a", List.of(span(0, 3, "PER"), span(5, 9, "PER")),
                List.of(List.of(m(0, 3), m(5, 9)))));
        PreMerge.Result result = PreMerge.of(one, Rule.UNANIMOUS);
        assertThat(result.spans()).hasSize(2);
        assertThat(result.chains()).containsExactly(List.of(m(0, 3), m(5, 9)));
        assertThat(result.decisions()).isEmpty();
        assertThat(PreMerge.of(List.of(), Rule.MAJORITY).spans()).isEmpty();
    }

    @Test
    void thresholds() {
        assertThat(Rule.MAJORITY.threshold(3)).isEqualTo(2);
        assertThat(Rule.MAJORITY.threshold(4)).isEqualTo(3);
        assertThat(Rule.MAJORITY.threshold(2)).isEqualTo(2);
        assertThat(Rule.UNANIMOUS.threshold(3)).isEqualTo(3);
    }
}
