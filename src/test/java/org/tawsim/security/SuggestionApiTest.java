package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.SuggestionServiceTestTexts;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** The suggestion and recommender endpoints over HTTP: JSON bodies, real statuses, other projects as missing ids. */
class SuggestionApiTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ObjectMapper json;

    Teams.Team team;
    UserAccount annotator;
    long documentId;
    ApiClient client;
    String annotatorAuth;

    @BeforeEach
    void annotatorWithALearntForm() {
        team = teams.create("Suggestions API", "ann");
        annotator = team.annotator(0);
        documentId = documents.importTextFile(team.lead(), team.project().id(), "api.txt",
                SuggestionServiceTestTexts.SECOND.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));
        annotations.apply(annotator, documentId, 0, UUID.randomUUID(), new Operation.CreateSpan(24, 28, "LOCATION"));
        client = new ApiClient(port);
        annotatorAuth = ApiClient.basic(annotator.login(), Teams.PASSWORD);
    }

    @Test
    void listsAcceptsAndRejectsAsJson() throws Exception {
        HttpResponse<String> listed = client.send("GET", suggestions(), annotatorAuth, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode only = json.readTree(listed.body()).get(0);
        assertThat(only.get("id").asText()).isEqualTo("string:15:19:LOCATION");
        assertThat(only.get("start").asInt()).isEqualTo(15);
        assertThat(only.get("end").asInt()).isEqualTo(19);
        assertThat(only.get("label").asText()).isEqualTo("LOCATION");
        assertThat(only.get("score").asDouble()).isEqualTo(1.0);
        assertThat(only.get("recommender").asText()).isEqualTo("string");

        HttpResponse<String> accepted = client.send("POST", suggestions() + "/string:15:19:LOCATION/accept", annotatorAuth, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("revision").asLong()).isEqualTo(2);
        assertThat(json.readTree(accepted.body()).get("spanId").asLong()).isPositive();
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).isEqualTo("[]");

        HttpResponse<String> stale = client.send("POST", suggestions() + "/string:15:19:LOCATION/reject", annotatorAuth, null);
        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(stale.body()).contains("\"error\":\"suggestion.not-found\"");
        assertThat(client.send("POST", suggestions() + "/nonsense/accept", annotatorAuth, "{}", "ar").body())
                .contains("\"error\":\"suggestion.not-found\"", "لا يوجد هذا الاقتراح");
    }

    @Test
    void rejectAnswers204AndTheSuggestionIsGone() {
        annotations.apply(annotator, documentId, 1, UUID.randomUUID(), new Operation.CreateSpan(4, 9, "ORG"));
        HttpResponse<String> rejected = client.send("POST", suggestions() + "/string:32:37:ORG/reject", annotatorAuth, null);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(204);
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).doesNotContain("string:32:37:ORG").contains("string:15:19:LOCATION");
    }

    @Test
    void aDoneDocumentAnswers409ToAcceptAndRejectAndListsNothing() {
        assignments.markDone(annotator, documentId);
        for (String action : List.of("accept", "reject")) {
            HttpResponse<String> refused = client.send("POST", suggestions() + "/string:15:19:LOCATION/" + action, annotatorAuth, null);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("\"error\":\"document.done\"");
        }
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).isEqualTo("[]");
    }

    @Test
    void anotherProjectsDocumentAnswersLikeAMissingOne() {
        Teams.Team elsewhere = teams.create("Suggestions API elsewhere", "other");
        String outsider = ApiClient.basic(elsewhere.annotator(0).login(), Teams.PASSWORD);
        for (String call : List.of("GET /suggestions", "POST /suggestions/string:15:19:LOCATION/accept",
                "POST /suggestions/string:15:19:LOCATION/reject")) {
            String[] parts = call.split(" ");
            HttpResponse<String> foreign = client.send(parts[0], "/api/v1/documents/" + documentId + parts[1], outsider, null);
            HttpResponse<String> missing = client.send(parts[0], "/api/v1/documents/987654321" + parts[1], outsider, null);
            assertThat(foreign.statusCode()).as(call).isEqualTo(missing.statusCode()).isEqualTo(403);
            assertThat(foreign.body()).as(call).isEqualTo(missing.body()).contains("access.denied");
        }
        assertThat(annotations.layer(annotator, documentId).spans()).hasSize(1);
    }

    @Test
    void leadsSwitchRecommendersAnnotatorsOnlyReadTheSwitches() {
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders";
        assertThat(client.send("GET", path, annotatorAuth, null).body()).isEqualTo(
                "{\"stringMatcher\":{\"enabled\":true},\"opennlp\":{\"enabled\":false},\"external\":{\"enabled\":false},\"predictions\":{\"enabled\":true}}");
        assertThat(client.send("PUT", path, annotatorAuth, "{\"stringMatcher\":{\"enabled\":false}}").statusCode()).isEqualTo(403);

        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        HttpResponse<String> off = client.send("PUT", path, lead, "{\"stringMatcher\":{\"enabled\":false}}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(off.body()).as("the others unchanged").isEqualTo(
                "{\"stringMatcher\":{\"enabled\":false},\"opennlp\":{\"enabled\":false},\"external\":{\"enabled\":false},\"predictions\":{\"enabled\":true}}");
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).isEqualTo("[]");

        HttpResponse<String> incomplete = client.send("PUT", path, lead, "{}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("stringMatcher");
        assertThat(client.send("PUT", path, lead, "{\"stringMatcher\":{}}").statusCode()).as("no silent switch-off").isEqualTo(400);
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).isEqualTo("[]");
        assertThat(client.send("PUT", path, lead, "{\"stringMatcher\":{\"enabled\":true}}").statusCode()).isEqualTo(200);
        assertThat(client.send("GET", suggestions(), annotatorAuth, null).body()).contains("string:15:19:LOCATION");
    }

    @Test
    void leadsReadEachRecommendersAcceptanceRateNaWithoutDecisions() throws Exception {
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders/statistics";
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        JsonNode before = json.readTree(client.send("GET", path, lead, null).body());
        assertThat(before.get(0).get("recommender").asText()).isEqualTo("string");
        assertThat(before.get(0).get("overall").get("acceptanceRate").isNull()).as("n/a, never 0").isTrue();

        annotations.apply(annotator, documentId, 1, UUID.randomUUID(), new Operation.CreateSpan(4, 9, "ORG"));
        assertThat(client.send("POST", suggestions() + "/string:32:37:ORG/reject", annotatorAuth, null).statusCode()).isEqualTo(204);
        assertThat(client.send("POST", suggestions() + "/string:15:19:LOCATION/accept", annotatorAuth, null).statusCode()).isEqualTo(200);

        HttpResponse<String> after = client.send("GET", path, lead, null);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        JsonNode string = json.readTree(after.body()).get(0);
        assertThat(string.get("overall").get("accepted").asInt()).isEqualTo(1);
        assertThat(string.get("overall").get("rejected").asInt()).isEqualTo(1);
        assertThat(string.get("overall").get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(string.get("labels").toString()).contains("\"label\":\"LOCATION\"", "\"label\":\"ORG\"");
        assertThat(client.send("GET", path, annotatorAuth, null).statusCode()).as("leads only").isEqualTo(403);
    }

    private String suggestions() {
        return "/api/v1/documents/" + documentId + "/suggestions";
    }
}
