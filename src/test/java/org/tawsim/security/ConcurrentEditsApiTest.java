package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.AtOnce;
import org.tawsim.support.AtOnce.Result;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Two writers of one layer over HTTP at the same moment, on the same revision: two leads on a document's gold,
 * and one annotator in two browser tabs. Exactly one is applied; the other gets a 409 that says what to do.
 */
class ConcurrentEditsApiTest extends DatabaseTest {

    private static final String TEXT = "قال الوزير في درعا إن الوفد زار مدينة جاسم واجتمع مع اللجنة المركزية";

    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CurationService curation;
    @Autowired
    ObjectMapper json;

    ApiClient api;
    Teams.Team team;
    UserAccount secondLead;
    long document;

    @BeforeEach
    void twoLeadsAndAStartedCuration() {
        api = new ApiClient(port);
        Scenario s = scenarios.project("Two leads over HTTP").annotators("amal").leads("lead2")
                .document("jasim.txt", TEXT).assign("amal").span("amal", 0, 3, "PERSON").done("amal");
        team = s.team();
        secondLead = s.user("lead2");
        document = s.documentId();
        curation.start(team.lead(), document, Rule.MAJORITY);
    }

    @Test
    void twoLeadsSavingGoldOnTheSameRevisionGetOne200AndOne409() {
        String layer = "/api/v1/curation/documents/" + document + "/layer";
        String operations = "/api/v1/curation/documents/" + document + "/operations";
        raceAndRetry(layer, operations, team.lead(), secondLead);
    }

    @Test
    void oneAnnotatorSavingInTwoTabsOnTheSameRevisionGetsOne200AndOne409() {
        String layer = "/api/v1/documents/" + document + "/layer";
        String operations = "/api/v1/documents/" + document + "/operations";
        assignments.reopen(team.annotator(0), document); // marked done for the curation; a done layer takes no edits
        raceAndRetry(layer, operations, team.annotator(0), team.annotator(0));
    }

    private void raceAndRetry(String layerPath, String operationsPath, UserAccount one, UserAccount other) {
        long base = read(get(layerPath, one)).path("revision").asLong();
        BiFunction<UserAccount, Integer, HttpResponse<String>> create = (user, start) -> api.send("POST", operationsPath,
                ApiClient.basic(user.login(), Teams.PASSWORD), operation(base, start));

        List<Result<HttpResponse<String>>> results = AtOnce.run(() -> create.apply(one, 4), () -> create.apply(other, 15));

        List<Integer> statuses = results.stream().map(r -> r.value().statusCode()).toList();
        assertThat(statuses).as(results.stream().map(r -> r.value().body()).toList().toString())
                .containsExactlyInAnyOrder(200, 409);
        int loser = statuses.indexOf(409);
        JsonNode conflict = read(results.get(loser).value());
        assertThat(results.get(loser).value().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(conflict.path("error").asText()).isEqualTo("revision.conflict");
        assertThat(conflict.path("baseRevision").asLong()).isEqualTo(base);
        assertThat(conflict.path("revision").asLong()).isEqualTo(base + 1);
        assertThat(conflict.path("message").asText()).contains("Nothing was saved").contains("Reload");

        // the loser reloads and sends the same change again on the revision it now sees
        UserAccount retrying = loser == 0 ? one : other;
        long reloaded = read(get(layerPath, retrying)).path("revision").asLong();
        HttpResponse<String> retried = api.send("POST", operationsPath, ApiClient.basic(retrying.login(), Teams.PASSWORD),
                operation(reloaded, loser == 0 ? 4 : 15));
        assertThat(retried.statusCode()).isEqualTo(200);

        JsonNode after = read(get(layerPath, one));
        assertThat(after.path("revision").asLong()).isEqualTo(base + 2);
        assertThat(after.path("spans").findValuesAsText("start")).contains("4", "15");
        assertThat(after.path("spans").findValuesAsText("start").stream().filter(s -> s.equals("4") || s.equals("15")))
                .hasSize(2);
    }

    private static String operation(long baseRevision, int start) {
        return "{\"baseRevision\":" + baseRevision + ",\"opId\":\"" + UUID.randomUUID() + "\",\"operation\":"
                + "{\"type\":\"create_span\",\"start\":" + start + ",\"end\":" + (start + 4) + ",\"label\":\"LOCATION\"}}";
    }

    private HttpResponse<String> get(String path, UserAccount user) {
        HttpResponse<String> response = api.send("GET", path, ApiClient.basic(user.login(), Teams.PASSWORD), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
