package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Operation ids over HTTP: a retry of the same operation is answered again; the same id with another operation is
 * refused with 409 and nothing is applied; an id is looked up only on its own layer and for its own actor, so
 * another annotator (or another document) reusing it gets a new operation and learns nothing.
 */
class OperationIdApiTest extends DatabaseTest {

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
    long document;
    Scenario scenario;

    @BeforeEach
    void aProjectWithOneAssignedDocument() {
        api = new ApiClient(port);
        scenario = scenarios.project("Operation ids").annotators("amal").document("jasim.txt", TEXT).assign("amal");
        team = scenario.team();
        document = scenario.documentId();
    }

    @Test
    void theSameOperationRetriedIsAppliedOnce() throws IOException {
        UUID opId = UUID.randomUUID();
        JsonNode first = ok(post(team.annotator(0), layer(document), 0, opId, createSpan(4, 10)));
        JsonNode again = ok(post(team.annotator(0), layer(document), 0, opId, createSpan(4, 10)));

        assertThat(first.path("alreadyApplied").asBoolean()).isFalse();
        assertThat(again.path("alreadyApplied").asBoolean()).isTrue();
        assertThat(again.path("spanId").asLong()).isEqualTo(first.path("spanId").asLong());
        assertThat(again.path("revision").asLong()).isEqualTo(1);
        // key order and spacing are not part of the operation
        JsonNode reordered = ok(api.send("POST", layer(document), basic(team.annotator(0)), "{\"opId\":\"" + opId
                + "\",\"operation\":{\"label\":\"PERSON\", \"end\":10,\"start\":4,\"type\":\"create_span\"},\"baseRevision\":0}"));
        assertThat(reordered.path("alreadyApplied").asBoolean()).isTrue();
        assertThat(spans(team.annotator(0), document)).hasSize(1);
    }

    @Test
    void theSameIdWithAnotherOperationIsRefusedAndNothingIsApplied() throws IOException {
        UUID opId = UUID.randomUUID();
        ok(post(team.annotator(0), layer(document), 0, opId, createSpan(4, 10)));

        HttpResponse<String> reused = post(team.annotator(0), layer(document), 1, opId, createSpan(14, 18));

        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = json.readTree(reused.body());
        assertThat(error.path("error").asText()).isEqualTo("operation.id.reused");
        assertThat(error.path("message").asText()).contains(opId.toString()).contains("Nothing was saved");
        assertThat(error.has("alreadyApplied")).isFalse();
        JsonNode layerNow = json.readTree(api.send("GET", "/api/v1/documents/" + document + "/layer", basic(team.annotator(0)), null).body());
        assertThat(layerNow.path("revision").asLong()).isEqualTo(1);
        assertThat(layerNow.path("spans").findValuesAsText("start")).containsExactly("4");

        HttpResponse<String> arabic = postIn("ar", team.annotator(0), layer(document), 1, opId, createSpan(14, 18));
        assertThat(arabic.statusCode()).isEqualTo(409);
        assertThat(json.readTree(arabic.body()).path("message").asText()).contains("لم يُحفظ شيء").contains(opId.toString());
    }

    @Test
    void anotherAnnotatorsIdOnAnotherProjectIsANewOperationAndTellsNothing() throws IOException {
        UUID opId = UUID.randomUUID();
        ok(post(team.annotator(0), layer(document), 0, opId, createSpan(4, 10)));
        JsonNode firstMore = ok(post(team.annotator(0), layer(document), 1, UUID.randomUUID(), createSpan(14, 18)));
        Scenario badr = scenarios.project("Operation ids elsewhere").annotators("badr").document("jasim.txt", TEXT).assign("badr");
        Teams.Team other = badr.team();
        long elsewhere = badr.documentId();

        JsonNode theirs = ok(post(other.annotator(0), layer(elsewhere), 0, opId, createSpan(20, 24)));

        assertThat(theirs.path("alreadyApplied").asBoolean()).isFalse();
        assertThat(theirs.path("revision").asLong()).isEqualTo(1);
        assertThat(theirs.path("spanId").asLong()).isGreaterThan(firstMore.path("spanId").asLong());
        assertThat(spans(other.annotator(0), elsewhere)).containsExactly("20");
        assertThat(spans(team.annotator(0), document)).containsExactlyInAnyOrder("4", "14");
    }

    @Test
    void anIdIsScopedToItsLayerSoAnotherDocumentAndGoldTreatItAsNew() throws IOException {
        UUID opId = UUID.randomUUID();
        ok(post(team.annotator(0), layer(document), 0, opId, createSpan(4, 10)));
        long second = scenario.document("second.txt", TEXT).assign("amal").documentId();

        JsonNode onSecond = ok(post(team.annotator(0), layer(second), 0, opId, createSpan(4, 10)));
        assertThat(onSecond.path("alreadyApplied").asBoolean()).isFalse();
        assertThat(spans(team.annotator(0), second)).containsExactly("4");

        // gold: the lead's own ids are idempotent and refused with another operation, like an annotator's
        assignments.markDone(team.annotator(0), document);
        curation.start(team.lead(), document, Rule.MAJORITY);
        String gold = "/api/v1/curation/documents/" + document + "/operations";
        long base = json.readTree(api.send("GET", "/api/v1/curation/documents/" + document + "/layer", basic(team.lead()), null)
                .body()).path("revision").asLong();
        JsonNode leadFirst = ok(post(team.lead(), gold, base, opId, createSpan(20, 24)));
        assertThat(leadFirst.path("alreadyApplied").asBoolean()).isFalse();
        assertThat(ok(post(team.lead(), gold, base, opId, createSpan(20, 24))).path("alreadyApplied").asBoolean()).isTrue();
        HttpResponse<String> reused = post(team.lead(), gold, base + 1, opId, createSpan(30, 34));
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        assertThat(json.readTree(reused.body()).path("error").asText()).isEqualTo("operation.id.reused");
    }

    private static String layer(long documentId) {
        return "/api/v1/documents/" + documentId + "/operations";
    }

    private static String createSpan(int start, int end) {
        return "{\"type\":\"create_span\",\"start\":" + start + ",\"end\":" + end + ",\"label\":\"PERSON\"}";
    }

    private static String body(long baseRevision, UUID opId, String operation) {
        return "{\"baseRevision\":" + baseRevision + ",\"opId\":\"" + opId + "\",\"operation\":" + operation + "}";
    }

    private HttpResponse<String> post(UserAccount user, String path, long baseRevision, UUID opId, String operation) {
        return api.send("POST", path, basic(user), body(baseRevision, opId, operation));
    }

    private HttpResponse<String> postIn(String language, UserAccount user, String path, long baseRevision, UUID opId,
                                        String operation) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Accept-Language", language)
                    .header("Authorization", basic(user))
                    .POST(HttpRequest.BodyPublishers.ofString(body(baseRevision, opId, operation))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> spans(UserAccount user, long documentId) throws IOException {
        HttpResponse<String> response = api.send("GET", "/api/v1/documents/" + documentId + "/layer", basic(user), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("spans").findValuesAsText("start");
    }

    private JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String basic(UserAccount user) {
        return ApiClient.basic(user.login(), Teams.PASSWORD);
    }
}
