package org.tawsim.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Agreement counts the documents the compared annotators finished: never-opened documents are out of the default
 * scope, the scope filter brings them back, and a figure without data is null (n/a), never 0.
 */
class AgreementScopeTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AgreementService agreement;
    @Autowired
    ObjectMapper json;

    Teams.Team team;
    long finished;
    long started;
    long neverOpened;
    long finishedWithoutEntities;

    /** Four documents, both annotators on each: done with spans, started, never opened, done without any span. */
    @BeforeEach
    void fourDocumentsInFourStates() {
        Scenario s = scenarios.project("Scope").annotators("amal", "bilal")
                .document("a.txt", "زار الوزير مدينة جاسم").document("b.txt", "اجتمع الوفد في درعا")
                .document("c.txt", "وصل الوفد إلى دمشق").document("d.txt", "كان الجو باردا").assignBalanced(2)
                .on("a.txt").span("amal", "مدينة جاسم", "LOCATION").span("bilal", "مدينة جاسم", "LOCATION")
                .on("b.txt").span("amal", "درعا", "LOCATION").opened("bilal")
                .on("d.txt").opened("amal", "bilal")
                .on("a.txt").done("amal", "bilal")
                .on("d.txt").done("amal", "bilal");
        team = s.team();
        finished = s.documentId("a.txt");
        started = s.documentId("b.txt");
        neverOpened = s.documentId("c.txt");
        finishedWithoutEntities = s.documentId("d.txt");
    }

    @Test
    void theDefaultScopeIsTheDocumentsEveryComparedAnnotatorMarkedDone() {
        AgreementSummary report = agreement.report(team.lead(), team.project().id(), AgreementFilter.all());

        assertThat(report.scope()).isEqualTo("done");
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.outOfScope()).isEqualTo(2);
        assertThat(report.perDocument()).extracting(AgreementSummary.DocumentFigures::documentId)
                .containsExactlyInAnyOrder(finished, finishedWithoutEntities);
        assertThat(report.pairs().get(0).documents()).isEqualTo(2);
        assertThat(report.pairs().get(0).exact().f1()).isEqualTo(1.0);
    }

    @Test
    void theScopeFilterAddsStartedAndThenEveryAssignedDocument() {
        AgreementFilter filter = AgreementFilter.all();
        AgreementSummary startedScope = agreement.report(team.lead(), team.project().id(), filter.in(AgreementScope.STARTED));
        assertThat(startedScope.perDocument()).extracting(AgreementSummary.DocumentFigures::documentId)
                .containsExactlyInAnyOrder(finished, started, finishedWithoutEntities);
        assertThat(startedScope.outOfScope()).isEqualTo(1);
        // bilal has nothing on the started document: one of amal's two spans is matched
        assertThat(startedScope.pairs().get(0).exact().f1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

        AgreementSummary all = agreement.report(team.lead(), team.project().id(), filter.in(AgreementScope.ALL));
        assertThat(all.documents()).isEqualTo(4);
        assertThat(all.outOfScope()).isZero();
        assertThat(all.scope()).isEqualTo("all");

        // marking done moves a document into the default scope (the cached report follows statuses too)
        for (UserAccount annotator : team.annotators()) {
            assignments.markDone(annotator, started);
        }
        assertThat(agreement.report(team.lead(), team.project().id(), filter).documents()).isEqualTo(3);
    }

    @Test
    void figuresWithoutDataAreNullNotZero() {
        AgreementSummary report = agreement.report(team.lead(), team.project().id(), AgreementFilter.all());
        AgreementSummary.DocumentFigures empty = report.perDocument().stream()
                .filter(d -> d.documentId() == finishedWithoutEntities).findFirst().orElseThrow();
        assertThat(empty.exactF1()).isNull();
        assertThat(empty.alphaU()).isNull();
        assertThat(empty.conllF1()).isNull();
        AgreementSummary.DocumentFigures full = report.perDocument().stream()
                .filter(d -> d.documentId() == finished).findFirst().orElseThrow();
        // one shared singleton: B³ and CEAF-e are 1, MUC has no link to count (0, as the reference scorer says)
        assertThat(full.conllF1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

        AgreementSummary onlyEmpty = agreement.report(team.lead(), team.project().id(),
                new AgreementFilter(List.of(), List.of(finishedWithoutEntities), List.of()));
        AgreementSummary.Pair pair = onlyEmpty.pairs().get(0);
        assertThat(pair.exact()).isEqualTo(new AgreementSummary.Prf(null, null, null));
        assertThat(pair.muc().f1()).isNull();
        assertThat(pair.blanc().f1()).isNull();
        assertThat(pair.conllF1()).isNull();
        assertThat(pair.alphaU()).isNull();
    }

    @Test
    void theApiTakesTheScopeAndWritesNullForFiguresWithoutData() throws Exception {
        String base = "/api/v1/projects/" + team.project().id() + "/agreement";
        JsonNode byDefault = json.readTree(get(base + "?documents=" + finishedWithoutEntities).body());
        assertThat(byDefault.get("scope").asText()).isEqualTo("done");
        assertThat(byDefault.get("documents").asInt()).isEqualTo(1);
        assertThat(byDefault.get("pairs").get(0).get("conllF1").isNull()).isTrue();
        assertThat(byDefault.get("perDocument").get(0).get("conllF1").isNull()).isTrue();
        assertThat(byDefault.get("perDocument").get(0).get("exactF1").isNull()).isTrue();

        assertThat(json.readTree(get(base + "?scope=all").body()).get("documents").asInt()).isEqualTo(4);
        HttpResponse<String> bad = get(base + "?scope=finished");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asText()).isEqualTo("agreement.error.scope");
    }

    private HttpResponse<String> get(String path) throws Exception {
        String credentials = team.lead().login() + ":" + Teams.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

}
