package org.tawsim.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.OperationResult;
import org.tawsim.annotation.RevisionConflict;
import org.tawsim.annotation.layer.Span;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.AtOnce;
import org.tawsim.support.AtOnce.Result;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.RetryingWriter;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;

/** Two leads of one project curate the same document at the same time, on the real database, with real threads. */
class ConcurrentGoldTest extends DatabaseTest {

    private static final String TEXT = "قال الوزير في درعا إن الوفد زار مدينة جاسم واجتمع مع اللجنة المركزية في المدينة نفسها يوم الخميس";

    @Autowired
    Scenarios scenarios;
    @Autowired
    CurationService curation;

    UserAccount first;
    UserAccount second;
    long document;
    CurationDecision labels;

    /** amal says [0,5) is a PERSON, bilal an ORG: the curation starts with that one label decision open. */
    @BeforeEach
    void twoLeadsAndAStartedCuration() {
        Scenario s = scenarios.project("Two leads").annotators("amal", "bilal").leads("lead2")
                .document("jasim.txt", TEXT).assignBalanced(2)
                .span("amal", 0, 5, "PERSON").span("bilal", 0, 5, "ORG").done("amal", "bilal");
        first = s.lead();
        second = s.user("lead2");
        document = s.documentId();
        labels = curation.start(first, document, Rule.MAJORITY).decisions().stream().filter(d -> d.start() == 0)
                .findFirst().orElseThrow();
    }

    @Test
    void onTheSameRevisionOneLeadWinsAndTheOtherRetriesAfterReloading() {
        long base = curation.goldLayer(first, document).revision();
        CreateSpan minister = new CreateSpan(4, 10, "PERSON");
        CreateSpan daraa = new CreateSpan(14, 18, "LOCATION");

        List<Result<OperationResult>> outcomes = AtOnce.run(
                () -> curation.applyToGold(first, document, base, UUID.randomUUID(), minister),
                () -> curation.applyToGold(second, document, base, UUID.randomUUID(), daraa));

        assertThat(outcomes).filteredOn(Result::succeeded).singleElement()
                .satisfies(o -> assertThat(o.value().revision()).isEqualTo(base + 1));
        Throwable refused = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow().error();
        assertThat(refused).isInstanceOfSatisfying(RevisionConflict.class,
                e -> assertThat(e.currentRevision()).isEqualTo(base + 1));

        // the loser reloads gold (seeing the winner's span) and sends its edit again on the new revision
        boolean firstLost = !outcomes.get(0).succeeded();
        UserAccount loser = firstLost ? first : second;
        long reloaded = curation.goldLayer(loser, document).revision();
        curation.applyToGold(loser, document, reloaded, UUID.randomUUID(), firstLost ? minister : daraa);

        assertThat(curation.goldLayer(first, document).spans()).extracting(Span::start, Span::end, Span::label)
                .containsExactly(tuple(4, 10, "PERSON"), tuple(14, 18, "LOCATION"));
        assertThat(curation.goldLayer(second, document).revision()).isEqualTo(base + 2);
    }

    @Test
    void aRetryRacingItsOriginalIsAnsweredOnceNotAppliedTwice() {
        long base = curation.goldLayer(first, document).revision();
        UUID opId = UUID.randomUUID();
        CreateSpan span = new CreateSpan(4, 10, "PERSON");

        List<Result<OperationResult>> outcomes = AtOnce.run(
                () -> curation.applyToGold(first, document, base, opId, span),
                () -> curation.applyToGold(first, document, base, opId, span));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes).extracting(o -> o.value().spanId()).containsOnly(outcomes.get(0).value().spanId());
        assertThat(outcomes).extracting(o -> o.value().alreadyApplied()).containsExactlyInAnyOrder(false, true);
        assertThat(curation.goldLayer(first, document).spans()).extracting(Span::start).containsExactly(4);
    }

    @Test
    void manyConcurrentEditsByTwoLeadsEndWithExactlyTheExpectedGold() {
        long base = curation.goldLayer(first, document).revision();

        List<Result<Integer>> outcomes = AtOnce.run(
                () -> createWithRetries(first, "PERSON"),
                () -> createWithRetries(second, "LOCATION"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        List<Span> gold = curation.goldLayer(first, document).spans();
        List<String> expected = new ArrayList<>();
        IntStream.range(10, 60).forEach(i -> {
            expected.add(i + " PERSON");
            expected.add(i + " LOCATION");
        });
        assertThat(gold).extracting(s -> s.start() + " " + s.label()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(curation.goldLayer(first, document).revision()).isEqualTo(base + 100);
    }

    @Test
    void twoLeadsAcceptingTheSameCandidateAtOncePutItIntoGoldOnce() {
        List<Result<Curation>> outcomes = AtOnce.run(
                () -> curation.decide(first, labels.id(), Outcome.ACCEPTED, 0),
                () -> curation.decide(second, labels.id(), Outcome.ACCEPTED, 0));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(spansAtTheDecision()).containsExactly(labels.candidates().get(0).span().label());
    }

    @Test
    void twoLeadsAcceptingDifferentCandidatesAtOnceLeaveGoldAsTheDecisionSays() {
        List<Result<Curation>> outcomes = AtOnce.run(
                () -> curation.decide(first, labels.id(), Outcome.ACCEPTED, 0),
                () -> curation.decide(second, labels.id(), Outcome.ACCEPTED, 1));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        CurationDecision settled = decision();
        assertThat(settled.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(spansAtTheDecision()).containsExactly(labels.candidates().get(settled.chosen()).span().label());
    }

    @Test
    void aDecisionIsNeverRefusedBecauseAnotherLeadEditsGoldMeanwhile() {
        List<Callable<Integer>> work = List.of(
                () -> {
                    for (int i = 0; i < 10; i++) {
                        curation.decide(first, labels.id(), Outcome.ACCEPTED, i % 2);
                    }
                    return 0;
                },
                () -> createWithRetries(second, "LOCATION"));

        List<Result<Integer>> outcomes = AtOnce.run(work);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(spansAtTheDecision()).containsExactly(labels.candidates().get(decision().chosen()).span().label());
        assertThat(curation.goldLayer(first, document).spans()).filteredOn(s -> s.label().equals("LOCATION") && s.start() >= 10)
                .hasSize(50);
    }

    private int createWithRetries(UserAccount lead, String label) {
        return RetryingWriter.fiftySpans(curation.goldLayer(lead, document).revision(), label,
                (revision, opId, operation) -> curation.applyToGold(lead, document, revision, opId, operation).revision());
    }

    private CurationDecision decision() {
        return curation.curation(first, document).decisions().stream().filter(d -> d.id() == labels.id()).findFirst().orElseThrow();
    }

    private List<String> spansAtTheDecision() {
        return curation.goldLayer(first, document).spans().stream().filter(s -> s.start() == 0 && s.end() == 5)
                .map(Span::label).toList();
    }
}
