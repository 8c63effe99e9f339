package org.tawsim.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.project.Project;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;

/** Agreement computed from what annotators stored, and kept current as they change it. */
class AgreementServiceTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AgreementService agreement;

    Scenario scenario;
    UserAccount lead;
    UserAccount amal;
    UserAccount bilal;
    Project project;
    long same;
    long differ;

    @BeforeEach
    void twoAnnotatorsTwoDocuments() {
        // Document a: both mark مدينة جاسم [11, 21) LOCATION. Document b: درعا [15, 19) as LOCATION vs ORG.
        scenario = scenarios.project("Agreement").annotators("amal", "bilal")
                .document("a.txt", "زار الوزير مدينة جاسم").document("b.txt", "اجتمع الوفد في درعا").assignBalanced(2)
                .on("a.txt").span("amal", 11, 21, "LOCATION").span("bilal", 11, 21, "LOCATION")
                .on("b.txt").span("amal", 15, 19, "LOCATION").span("bilal", 15, 19, "ORG")
                .on("a.txt").done("amal", "bilal").on("b.txt").done("amal", "bilal");
        lead = scenario.lead();
        amal = scenario.user("amal");
        bilal = scenario.user("bilal");
        project = scenario.project();
        same = scenario.documentId("a.txt");
        differ = scenario.documentId("b.txt");
    }

    @Test
    void reportsPairsDocumentsAndLabelConfusion() {
        AgreementSummary report = agreement.report(lead, project.id(), AgreementFilter.all());

        assertThat(report.documents()).isEqualTo(2);
        AgreementSummary.Pair pair = report.pairs().get(0);
        // Exact match: 1 of 2 spans agree in each direction -> P = R = F1 = 0.5.
        assertThat(pair.exact().f1()).isEqualTo(0.5);
        assertThat(report.perDocument()).extracting(AgreementSummary.DocumentFigures::documentId).containsExactly(differ, same);
        assertThat(report.perDocument().get(0).exactF1()).isEqualTo(0.0);
        assertThat(report.perDocument().get(1).exactF1()).isEqualTo(1.0);
        String first = pair.key().equals(amal.login()) ? "LOCATION" : "ORG";
        String second = first.equals("LOCATION") ? "ORG" : "LOCATION";
        assertThat(report.labelConfusion().get(first)).containsEntry(second, 1L);
    }

    @Test
    void followsChangesWithoutRecomputingEverything() {
        assertThat(agreement.report(lead, project.id(), AgreementFilter.all()).pairs().get(0).exact().f1()).isEqualTo(0.5);
        scenario.on("b.txt").reopen("bilal").span("bilal", "درعا", "LOCATION").done("bilal"); // Bilal now also says LOCATION on درعا
        AgreementSummary after = agreement.report(lead, project.id(), AgreementFilter.all());
        assertThat(after.perDocument()).filteredOn(d -> d.documentId() == differ).singleElement()
                .satisfies(d -> assertThat(d.exactF1()).isGreaterThan(0.0));
        // Amal: {same LOC, differ LOC}; Bilal: {same LOC, differ ORG, differ LOC}: 2 matches, P/R = 2/2 and 2/3.
        assertThat(after.pairs().get(0).exact().f1()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void filtersByDocumentAndLabel() {
        AgreementSummary onlySame = agreement.report(lead, project.id(), new AgreementFilter(List.of(), List.of(same), List.of()));
        assertThat(onlySame.pairs().get(0).exact().f1()).isEqualTo(1.0);
        AgreementSummary onlyOrg = agreement.report(lead, project.id(), new AgreementFilter(List.of(), List.of(), List.of("ORG")));
        assertThat(onlyOrg.pairs().get(0).exact().f1()).isEqualTo(0.0);
    }

    @Test
    void listsTheDisagreementsOfTwoAnnotatorsOnADocument() {
        List<Disagreement> found = agreement.disagreements(lead, project.id(), differ, amal.login(), bilal.login());
        assertThat(found).containsExactly(new Disagreement("LABEL_MISMATCH",
                new Disagreement.Side(15, 19, "LOCATION", "درعا"), new Disagreement.Side(15, 19, "ORG", "درعا")));
        assertThat(agreement.disagreements(lead, project.id(), same, amal.login(), bilal.login())).isEmpty();
    }

    @Test
    void isForLeadsOnly() {
        assertThatThrownBy(() -> agreement.report(amal, project.id(), AgreementFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

}
