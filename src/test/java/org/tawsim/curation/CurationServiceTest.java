package org.tawsim.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementService;
import org.tawsim.agreement.GoldAgreement;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.layer.Span;
import org.tawsim.base.UserError;
import org.tawsim.curation.merge.Decision.Kind;
import org.tawsim.curation.merge.Rule;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.export.ExportSources;
import org.tawsim.format.CorpusFormats;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** Three annotators who finished a document, one who did not; the lead curates it on the real database. */
class CurationServiceTest extends DatabaseTest {

    private static final String TEXT = "قال الوزير في درعا إن الوفد زار مدينة جاسم واجتمع مع اللجنة المركزية في المدينة نفسها يوم الخميس";

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CurationService curation;
    @Autowired
    ExportService exports;
    @Autowired
    AgreementService agreement;

    Teams.Team team;
    long document;

    /*
     * amal, bilal, dina finished; eve did not (her span is ignored, the majority is 2 of 3):
     *   [0,5) PERSON        amal bilal dina        -> gold
     *   [10,15) LOCATION    amal bilal, ORG dina   -> gold LOCATION; dina's ORG in a decision the rule settled
     *   [20,25) PERSON      amal (and eve)         -> missing span 1/3
     *   [30,35) ORG amal, LOCATION bilal           -> label mismatch
     *   [40,48) amal, [40,45) bilal, [42,48) dina EVENT -> boundary mismatch
     *   [50,55), [60,65) PERSON  all three         -> gold
     * Chains: all link [0,5)-[10,15) -> gold chain; only amal links [50,55)-[60,65) -> chain mismatch.
     */
    @BeforeEach
    void threeAnnotatorsFinished() {
        Scenario s = scenarios.project("Curation").annotators("amal", "bilal", "dina", "eve")
                .document("jasim.txt", TEXT).assignBalanced(4)
                .span("amal", 0, 5, "PERSON").span("amal", 10, 15, "LOCATION").span("amal", 20, 25, "PERSON")
                .span("amal", 30, 35, "ORG").span("amal", 40, 48, "EVENT").span("amal", 50, 55, "PERSON")
                .span("amal", 60, 65, "PERSON").chainAt("amal", 0, 10).chainAt("amal", 50, 60)
                .span("bilal", 0, 5, "PERSON").span("bilal", 10, 15, "LOCATION").span("bilal", 30, 35, "LOCATION")
                .span("bilal", 40, 45, "EVENT").span("bilal", 50, 55, "PERSON").span("bilal", 60, 65, "PERSON")
                .chainAt("bilal", 0, 10)
                .span("dina", 0, 5, "PERSON").span("dina", 10, 15, "ORG").span("dina", 42, 48, "EVENT")
                .span("dina", 50, 55, "PERSON").span("dina", 60, 65, "PERSON").chainAt("dina", 0, 10)
                .span("eve", 20, 25, "PERSON")
                .done("amal", "bilal", "dina");
        team = s.team();
        document = s.documentId();
    }

    @Test
    void majorityPreMergeWritesAgreedGoldAndListsTheOpenDecisions() {
        Curation started = curation.start(team.lead(), document, Rule.MAJORITY);

        Layer gold = annotations.goldLayer(team.lead(), document);
        assertThat(gold.spans()).extracting(Span::start, Span::end, Span::label).containsExactly(
                tuple(0, 5, "PERSON"), tuple(10, 15, "LOCATION"), tuple(50, 55, "PERSON"), tuple(60, 65, "PERSON"));
        assertThat(gold.chains()).hasSize(1);
        assertThat(gold.chains().get(0).spanIds()).containsExactly(gold.spans().get(0).id(), gold.spans().get(1).id());
        assertThat(gold.revision()).isEqualTo(1); // four spans and one chain: one pre-merge, one revision

        assertThat(started.status()).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(started.decisions()).extracting(CurationDecision::kind, CurationDecision::start, CurationDecision::end).containsExactly(
                tuple(Kind.LABEL_MISMATCH, 10, 15), tuple(Kind.MISSING_SPAN, 20, 25), tuple(Kind.LABEL_MISMATCH, 30, 35),
                tuple(Kind.BOUNDARY_MISMATCH, 40, 48), tuple(Kind.CHAIN_MISMATCH, 50, 65));
        CurationDecision outvoted = started.decisions().get(0);
        List<CurationDecision> asked = started.decisions().subList(1, 5);
        assertThat(outvoted.byRule()).isTrue();
        assertThat(outvoted.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(outvoted.candidates()).extracting(c -> c.span().label() + " " + c.support(3)).containsExactly("LOCATION 2/3", "ORG 1/3");
        assertThat(outvoted.candidates().get(outvoted.chosen()).span().label()).isEqualTo("LOCATION");
        String amal = team.annotator(0).login();
        String bilal = team.annotator(1).login();
        String dina = team.annotator(2).login();
        assertThat(asked.get(0).candidates()).singleElement()
                .satisfies(c -> assertThat(c.supporters()).containsExactly(amal))
                .satisfies(c -> assertThat(c.support(3)).isEqualTo("1/3"));
        assertThat(asked.get(1).candidates()).extracting(c -> c.span().label(), c -> c.supporters())
                .containsExactly(tuple("LOCATION", List.of(bilal)), tuple("ORG", List.of(amal)));
        assertThat(asked.get(3).candidates()).extracting(c -> c.chains().size(), c -> c.support(3))
                .containsExactly(tuple(0, "2/3"), tuple(1, "1/3"));
        assertThat(asked.get(3).candidates().get(0).supporters()).containsExactly(bilal, dina);
        assertThat(started.openDecisions()).isEqualTo(4);
    }

    @Test
    void decisionsChangeGoldAndArePersisted() {
        List<CurationDecision> all = curation.start(team.lead(), document, Rule.MAJORITY).decisions();
        List<CurationDecision> open = all.subList(1, all.size()); // the first was settled by the rule
        long label = open.get(1).id();
        curation.decide(team.lead(), label, Outcome.ACCEPTED, 1); // ORG
        curation.decide(team.lead(), label, Outcome.ACCEPTED, 0); // changed mind: LOCATION replaces ORG
        curation.decide(team.lead(), open.get(0).id(), Outcome.REJECTED, null);
        curation.decide(team.lead(), open.get(3).id(), Outcome.ACCEPTED, 1); // amal's chain

        Curation reloaded = curation.curation(team.lead(), document);
        assertThat(reloaded.decisions()).extracting(CurationDecision::outcome, CurationDecision::chosen).containsExactly(
                tuple(Outcome.ACCEPTED, 0), tuple(Outcome.REJECTED, null), tuple(Outcome.ACCEPTED, 0), tuple(null, null), tuple(Outcome.ACCEPTED, 1));
        assertThat(reloaded.openDecisions()).isEqualTo(1);
        Layer gold = annotations.goldLayer(team.lead(), document);
        assertThat(gold.spans()).extracting(Span::start, Span::end, Span::label).containsExactly(
                tuple(0, 5, "PERSON"), tuple(10, 15, "LOCATION"), tuple(30, 35, "LOCATION"), tuple(50, 55, "PERSON"), tuple(60, 65, "PERSON"));
        assertThat(gold.chains()).extracting(c -> c.spanIds().size()).containsExactly(2, 2);
        long s50 = gold.spans().get(3).id();
        long s60 = gold.spans().get(4).id();
        assertThat(gold.chains()).anySatisfy(c -> assertThat(c.spanIds()).containsExactly(s50, s60));

        curation.setCurated(team.lead(), document, true);
        assertThat(curation.curation(team.lead(), document).status()).isEqualTo(CurationStatus.CURATED);
        assertThat(curation.progress(team.lead(), team.project().id())).isEqualTo(new CurationProgress(1, 0, 1));

        // Annotator quality against this gold: amal has 4 of her 7 spans in gold's 5, bilal 5 of his 6.
        List<GoldAgreement> quality = agreement.withGold(team.lead(), team.project().id());
        GoldAgreement amalVsGold = quality.stream().filter(q -> q.annotator().equals(team.annotator(0).login())).findFirst().orElseThrow();
        GoldAgreement bilalVsGold = quality.stream().filter(q -> q.annotator().equals(team.annotator(1).login())).findFirst().orElseThrow();
        assertThat(quality).hasSize(4);
        assertThat(amalVsGold.documents()).isEqualTo(1);
        assertThat(amalVsGold.exact().precision()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(amalVsGold.exact().recall()).isCloseTo(4.0 / 5, within(1e-9));
        assertThat(bilalVsGold.exact().precision()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(bilalVsGold.exact().recall()).isEqualTo(1.0);
        // amal linked exactly gold's two chains; bilal missed [50,55)-[60,65): MUC recall 1/2 for him.
        assertThat(amalVsGold.conllF1()).isGreaterThan(bilalVsGold.conllF1());
    }

    @Test
    void leadsEditGoldLikeAnAnnotatorsLayerAndAnnotatorsCannotReachIt() {
        curation.start(team.lead(), document, Rule.UNANIMOUS);
        Layer gold = curation.goldLayer(team.lead(), document);
        var created = curation.applyToGold(team.lead(), document, gold.revision(), UUID.randomUUID(), new Operation.CreateSpan(70, 76, "EVENT"));
        assertThat(created.revision()).isEqualTo(gold.revision() + 1);
        assertThat(annotations.goldLayer(team.lead(), document).spans()).extracting(Span::label).contains("EVENT");
        // the annotators' own layers are untouched by gold
        assertThat(annotations.layer(team.annotator(0), document).spans()).hasSize(7);

        UserAccount annotator = team.annotator(0);
        assertThatThrownBy(() -> curation.curation(annotator, document)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.goldLayer(annotator, document)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.start(team.lead(), document, Rule.MAJORITY))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("curation.error.started"));
    }

    @Test
    void goldOfCuratedDocumentsIsAnExportSource() throws Exception {
        ExportRequest gold = new ExportRequest(CorpusFormats.JSONL, null, ExportSources.GOLD, null, null);
        curation.start(team.lead(), document, Rule.MAJORITY);
        assertThatThrownBy(() -> exports.export(team.lead(), team.project().id(), gold)) // started, not curated yet
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("export.error.gold"));
        curation.setCurated(team.lead(), document, true);

        ExportManifest manifest = exports.export(team.lead(), team.project().id(), gold);
        assertThat(manifest.sources()).containsExactly("gold");
        assertThat(manifest.curatedDocuments()).isEqualTo(1);
        assertThat(manifest.documentCount()).isEqualTo(1);
        String jsonl = Files.readString(exports.file(team.lead(), team.project().id(), manifest.exportId(), "gold.jsonl"));
        JsonNode line = new ObjectMapper().readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(line.get("source").asText()).isEqualTo("gold");
        assertThat(line.get("spans")).hasSize(4);
        assertThat(line.toString()).contains("\"chains\"");
        assertThat(manifest.labels().get("gold")).containsEntry("PERSON", 3).containsEntry("LOCATION", 1);
    }
}
