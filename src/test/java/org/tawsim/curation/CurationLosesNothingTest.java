package org.tawsim.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.annotation.layer.Span;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.merge.Decision.Kind;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** Every span and link of the annotators reaches gold or a decision, on the real database. */
class CurationLosesNothingTest extends DatabaseTest {

    private static final String TEXT = "زار الوزير مدينة جاسم ثم قال الوزير إن جاسم هادئة لأن المدينة آمنة";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CurationService curation;
    @Autowired
    DSLContext dsl;

    @Test
    void theNestedJasimOfTheFoundingArticleIsADecision() throws Exception {
        String article = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        Teams.Team team = teams.create("Nested Jasim", "annotator1", "annotator2");
        long document = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                article.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of());
        int[] text = documents.get(team.lead(), document).text().codePoints().toArray();
        assertThat(new String(text, 414, 10)).isEqualTo("مدينة جاسم");
        for (UserAccount annotator : team.annotators()) {
            span(annotator, document, 414, 424, "LOCATION");
        }
        span(team.annotator(0), document, 420, 424, "LOCATION"); // جاسم inside مدينة جاسم
        team.annotators().forEach(a -> assignments.markDone(a, document));

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
        Teams.Team team = teams.create(name, "annotator1", "annotator2");
        long document = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of());
        int jasim = TEXT.indexOf("جاسم");
        int jasim2 = TEXT.indexOf("جاسم", jasim + 1);
        int city = TEXT.indexOf("المدينة");
        for (UserAccount annotator : team.annotators()) {
            long j1 = span(annotator, document, jasim, jasim + 4, "LOCATION");
            long j2 = span(annotator, document, jasim2, jasim2 + 4, "LOCATION");
            List<Long> mentions = annotator.equals(team.annotator(0)) ? List.of(j1, j2, span(annotator, document, city, city + 7, "ORG"))
                    : List.of(j1, j2);
            apply(annotator, document, new Operation.MoveMentions(mentions.stream()
                    .map(id -> new Operation.MoveMentions.Move(id, Operation.MoveMentions.NEW_CHAIN)).toList()));
        }
        team.annotators().forEach(a -> assignments.markDone(a, document));
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

    private long span(UserAccount annotator, long document, int start, int end, String label) {
        return apply(annotator, document, new Operation.CreateSpan(start, end, label)).spanId();
    }

    private OperationResult apply(UserAccount annotator, long document, Operation operation) {
        long revision = annotations.layer(annotator, document).revision();
        return annotations.apply(annotator, document, revision, UUID.randomUUID(), operation);
    }
}
