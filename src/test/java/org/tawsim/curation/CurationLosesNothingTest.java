package org.tawsim.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.layer.Span;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.merge.Decision.Kind;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** Every span and link of the annotators reaches gold or a decision, on the real database. */
class CurationLosesNothingTest extends DatabaseTest {

    private static final String TEXT = "زار الوزير مدينة جاسم ثم قال الوزير إن جاسم هادئة لأن المدينة آمنة";

    @Autowired
    Scenarios scenarios;
    @Autowired
    DocumentService documents;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CurationService curation;
    @Autowired
    DSLContext dsl;

    @Test
    void theNestedJasimOfTheFoundingArticleIsADecision() throws Exception {
        String article = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        Scenario s = scenarios.project("Nested Jasim").annotators("annotator1", "annotator2")
                .document("jasim.txt", article).assignBalanced(2);
        Teams.Team team = s.team();
        long document = s.documentId();
        int[] text = documents.get(team.lead(), document).text().codePoints().toArray();
        assertThat(new String(text, 414, 10)).isEqualTo("مدينة جاسم");
        s.span("annotator1", 414, 424, "LOCATION").span("annotator2", 414, 424, "LOCATION")
                .span("annotator1", 420, 424, "LOCATION") // جاسم inside مدينة جاسم
                .done("annotator1", "annotator2");

        Curation started = curation.start(team.lead(), document, Rule.MAJORITY);

        assertThat(goldSpans(team, document)).containsExactly(tuple(414, 424, "LOCATION"));
        assertThat(started.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.MISSING_SPAN);
            assertThat(d.candidates()).singleElement().satisfies(c -> {
                assertThat(c.span()).isEqualTo(new org.tawsim.curation.merge.Span(420, 424, "LOCATION"));
                assertThat(c.supporters()).containsExactly(team.annotator(0).login());
            });
        });
        curation.decide(team.lead(), started.decisions().get(0).id(), Outcome.ACCEPTED, 0);
        assertThat(goldSpans(team, document)).containsExactly(tuple(414, 424, "LOCATION"), tuple(420, 424, "LOCATION"));
    }

    @Test
    void acceptingAThreeMentionChainPutsAllThreeMentionsIntoGold() {
        Chained chained = threeMentionChain("Three mentions");
        CurationDecision chain = chainDecision(chained);
        int whole = wholeChain(chain);

        Curation after = curation.decide(chained.team.lead(), chain.id(), Outcome.ACCEPTED, whole);

        assertThat(decision(after, chain.id()).notApplied()).isEmpty();
        Layer gold = annotations.goldLayer(chained.team.lead(), chained.document);
        // the third mention, which only annotator1 marked, is created with annotator1's label
        assertThat(gold.spans()).extracting(Span::start, Span::end, Span::label)
                .contains(tuple(chained.city, chained.city + 7, "ORG"));
        assertThat(gold.chains()).singleElement().satisfies(c -> assertThat(c.spanIds()).hasSize(3));
    }

    @Test
    void whatAChainCandidateCannotPutIntoGoldIsNamed() {
        Chained chained = threeMentionChain("Labels unknown");
        CurationDecision chain = chainDecision(chained);
        int whole = wholeChain(chain);
        // A decision stored before candidates kept the annotators' labels: the missing mention has no label.
        dsl.execute("update curation_decision set candidates = (select jsonb_agg(c - 'mentions') from jsonb_array_elements(candidates) c)"
                + " where id = ?", chain.id());

        Curation after = curation.decide(chained.team.lead(), chain.id(), Outcome.ACCEPTED, whole);

        assertThat(decision(after, chain.id()).notApplied())
                .containsExactly(new NotApplied(chained.city, chained.city + 7, null, "label-unknown"));
        assertThat(curation.curation(chained.team.lead(), chained.document).decisions())
                .filteredOn(d -> d.id() == chain.id()).singleElement()
                .satisfies(d -> assertThat(d.notApplied()).hasSize(1));
        Layer gold = annotations.goldLayer(chained.team.lead(), chained.document);
        assertThat(gold.chains()).singleElement().satisfies(c -> assertThat(c.spanIds()).hasSize(2));
    }

    /**
     * annotator1 and annotator2 both mark جاسم and جاسم (LOCATION) and link them; annotator1 also marks
     * المدينة (ORG) and links it to both: gold gets the two agreed mentions and their link, the third mention is a
     * missing span and the three-mention chain a chain decision.
     */
    private Chained threeMentionChain(String name) {
        int jasim = TEXT.indexOf("جاسم");
        int jasim2 = TEXT.indexOf("جاسم", jasim + 1);
        int city = TEXT.indexOf("المدينة");
        Scenario s = scenarios.project(name).annotators("annotator1", "annotator2").document("jasim.txt", TEXT).assignBalanced(2)
                .span("annotator1", "جاسم", "LOCATION").span("annotator1", "جاسم", 2, "LOCATION").span("annotator1", "المدينة", "ORG")
                .chainAt("annotator1", jasim, jasim2, city)
                .span("annotator2", "جاسم", "LOCATION").span("annotator2", "جاسم", 2, "LOCATION").chainAt("annotator2", jasim, jasim2)
                .done("annotator1", "annotator2");
        Teams.Team team = s.team();
        long document = s.documentId();
        Curation started = curation.start(team.lead(), document, Rule.MAJORITY);
        assertThat(started.decisions()).extracting(CurationDecision::kind).containsExactlyInAnyOrder(Kind.CHAIN_MISMATCH, Kind.MISSING_SPAN);
        assertThat(annotations.goldLayer(team.lead(), document).chains()).singleElement()
                .satisfies(c -> assertThat(c.spanIds()).hasSize(2));
        return new Chained(team, document, city);
    }

    private record Chained(Teams.Team team, long document, int city) {
    }

    private CurationDecision chainDecision(Chained chained) {
        return curation.curation(chained.team.lead(), chained.document).decisions().stream()
                .filter(d -> d.kind() == Kind.CHAIN_MISMATCH).findFirst().orElseThrow();
    }

    /** The candidate of annotator1, who linked all three. */
    private static int wholeChain(CurationDecision chain) {
        for (int i = 0; i < chain.candidates().size(); i++) {
            if (chain.candidates().get(i).chains().stream().anyMatch(c -> c.size() == 3)) {
                return i;
            }
        }
        throw new AssertionError("no three-mention candidate in " + chain);
    }

    private static CurationDecision decision(Curation curation, long id) {
        return curation.decisions().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private List<org.assertj.core.groups.Tuple> goldSpans(Teams.Team team, long document) {
        return annotations.goldLayer(team.lead(), document).spans().stream().map(s -> tuple(s.start(), s.end(), s.label())).toList();
    }
}
