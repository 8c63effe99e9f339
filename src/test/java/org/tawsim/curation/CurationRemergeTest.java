package org.tawsim.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.layer.Span;
import org.tawsim.curation.merge.Decision.Kind;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** The decisions are a snapshot of the annotators' work: the lead is told when it changed, and merges again. */
class CurationRemergeTest extends DatabaseTest {

    private static final String TEXT = "زار الوزير مدينة جاسم ثم قال الوزير إن جاسم هادئة لأن المدينة آمنة";
    private static final int MINISTER = TEXT.indexOf("الوزير");
    private static final int MINISTER2 = TEXT.indexOf("الوزير", MINISTER + 1);
    private static final int JASIM = TEXT.indexOf("جاسم");
    private static final int CALM = TEXT.indexOf("هادئة");
    private static final int CITY = TEXT.indexOf("المدينة");

    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CurationService curation;

    /*
     * Both mark الوزير PERSON (gold). amal marks جاسم LOCATION (missing span, left open) and هادئة EVENT (missing
     * span, rejected); المدينة is ORG for amal and LOCATION for bilal (label mismatch, LOCATION accepted).
     * Then bilal reopens, marks جاسم LOCATION (now agreed), هادئة ORG (a new label mismatch) and the second
     * الوزير PERSON (a new missing span), and finishes again.
     */
    @Test
    void annotatorsChangesAreShownAndMergingAgainKeepsTheDecisionsTaken() {
        Scenario s = scenarios.project("Remerge").annotators("amal", "bilal").document("jasim.txt", TEXT).assignBalanced(2)
                .span("amal", MINISTER, MINISTER + 6, "PERSON").span("bilal", MINISTER, MINISTER + 6, "PERSON")
                .span("amal", JASIM, JASIM + 4, "LOCATION").span("amal", CALM, CALM + 5, "EVENT")
                .span("amal", CITY, CITY + 7, "ORG").span("bilal", CITY, CITY + 7, "LOCATION")
                .done("amal", "bilal");
        Teams.Team team = s.team();
        UserAccount bilal = s.user("bilal");
        long document = s.documentId();

        Curation started = curation.start(team.lead(), document, Rule.MAJORITY);
        assertThat(started.annotatorsChanged()).isFalse();
        assertThat(started.decisions()).extracting(CurationDecision::kind, CurationDecision::start).containsExactly(
                tuple(Kind.MISSING_SPAN, JASIM), tuple(Kind.MISSING_SPAN, CALM), tuple(Kind.LABEL_MISMATCH, CITY));
        curation.decide(team.lead(), started.decisions().get(1).id(), Outcome.REJECTED, null);
        CurationDecision city = started.decisions().get(2);
        int location = city.candidates().get(0).span().label().equals("LOCATION") ? 0 : 1;
        curation.decide(team.lead(), city.id(), Outcome.ACCEPTED, location);
        assertThat(curation.curation(team.lead(), document).annotatorsChanged()).isFalse();

        assignments.reopen(bilal, document);
        assertThat(curation.curation(team.lead(), document).annotatorsChanged()).as("bilal no longer finished").isTrue();
        s.span("bilal", JASIM, JASIM + 4, "LOCATION").span("bilal", CALM, CALM + 5, "ORG")
                .span("bilal", MINISTER2, MINISTER2 + 6, "PERSON").done("bilal");
        Curation changed = curation.curation(team.lead(), document);
        assertThat(changed.annotatorsChanged()).isTrue();
        assertThat(changed.decisions()).hasSize(3); // the snapshot: nothing changed silently

        Curation again = curation.remerge(team.lead(), document);

        assertThat(again.annotatorsChanged()).isFalse();
        assertThat(goldSpans(team, document)).containsExactly(tuple(MINISTER, MINISTER + 6, "PERSON"),
                tuple(JASIM, JASIM + 4, "LOCATION"), tuple(CITY, CITY + 7, "LOCATION"));
        assertThat(again.decisions()).extracting(CurationDecision::kind, CurationDecision::start, CurationDecision::outcome).containsExactly(
                tuple(Kind.MISSING_SPAN, MINISTER2, null),          // new, open
                tuple(Kind.LABEL_MISMATCH, CALM, null),             // bilal's ORG against amal's EVENT: new, open
                tuple(Kind.MISSING_SPAN, CALM, Outcome.REJECTED),   // taken, its candidates changed: kept as it was
                tuple(Kind.LABEL_MISMATCH, CITY, Outcome.ACCEPTED)); // taken, same candidates: kept
        CurationDecision keptCity = again.decisions().get(3);
        assertThat(keptCity.byRule()).isFalse();
        assertThat(keptCity.id()).as("a decision offered again keeps its id").isEqualTo(city.id());
        assertThat(keptCity.candidates().get(keptCity.chosen()).span().label()).isEqualTo("LOCATION");
        assertThat(again.openDecisions()).isEqualTo(2);
    }

    private List<org.assertj.core.groups.Tuple> goldSpans(Teams.Team team, long document) {
        return annotations.goldLayer(team.lead(), document).spans().stream().map((Span s) -> tuple(s.start(), s.end(), s.label())).toList();
    }
}
