package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.SuggestionServiceTestTexts;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.FakeRecommenderService;
import org.tawsim.support.Teams;

/**
 * The external recommender against a real HTTP service on a random port and the real database: what it sends,
 * what annotators get, and how failures of the service reach the lead and never the editor's API.
 */
class ExternalRecommenderApiTest extends DatabaseTest {

    private static final String TOKEN = "tok-" + UUID.randomUUID();

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

    FakeRecommenderService service;
    Teams.Team team;
    long documentId;
    ApiClient api;
    String lead;
    String annotator;
    String external;

    @BeforeEach
    void annotatorWithAStringSuggestion() {
        service = new FakeRecommenderService(Map.of("الجيش", "ORG"));
        team = teams.create("External", "ann");
        documentId = documents.importTextFile(team.lead(), team.project().id(), "external.txt",
                SuggestionServiceTestTexts.SECOND.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));
        // درعا marked once: the string matcher then suggests it inside بدرعا at [15, 19)
        annotations.apply(team.annotator(0), documentId, 0, UUID.randomUUID(), new Operation.CreateSpan(24, 28, "LOCATION"));
        api = new ApiClient(port);
        lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        annotator = ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD);
        external = "/api/v1/projects/" + team.project().id() + "/recommenders/external";
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void aGoodAnswerBecomesSuggestionsAndTheServiceGetsTextLabelsLanguageAndToken() throws Exception {
        JsonNode saved = configure("{\"url\":\"" + service.url("/good") + "\",\"token\":\"" + TOKEN + "\",\"timeoutSeconds\":5}");
        assertThat(saved.path("tokenSet").asBoolean()).isTrue();
        assertThat(saved.toString()).doesNotContain(TOKEN);
        switchOn();

        JsonNode suggestions = suggestions();
        assertThat(suggestions.findValuesAsText("id"))
                .contains("string:15:19:LOCATION", "external:4:9:ORG", "external:32:37:ORG");
        JsonNode army = find(suggestions, "external:4:9:ORG");
        assertThat(army.path("recommender").asText()).isEqualTo("external");
        assertThat(army.path("score").asDouble()).isEqualTo(0.9);

        FakeRecommenderService.Received call = service.received().get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.contentType()).startsWith("application/json");
        assertThat(call.body().path("text").asText()).isEqualTo(SuggestionServiceTestTexts.SECOND);
        assertThat(json.convertValue(call.body().path("labels"), List.class)).containsExactly("PERSON", "ORG", "LOCATION", "EVENT");
        assertThat(call.body().path("language").asText()).isEqualTo("ar");

        suggestions();
        assertThat(service.calls("/good")).as("the same text again is answered from the cache").isEqualTo(1);

        JsonNode settings = read(api.send("GET", external, lead, null), 200);
        assertThat(settings.path("enabled").asBoolean()).isTrue();
        assertThat(settings.path("url").asText()).isEqualTo(service.url("/good"));
        assertThat(settings.path("timeoutSeconds").asInt()).isEqualTo(5);
        assertThat(settings.path("lastSuccessAt").isNull()).isFalse();
        assertThat(settings.path("lastProblem").isNull()).isTrue();
        assertThat(settings.path("calls").asInt()).isEqualTo(1);
        assertThat(settings.toString()).doesNotContain(TOKEN);
        assertThat(api.send("GET", "/api/v1/projects/" + team.project().id() + "/backup", lead, null).body())
                .as("the token is not in backups").doesNotContain(TOKEN);

        JsonNode kept = configure("{\"url\":\"" + service.url("/good") + "\"}");
        assertThat(kept.path("tokenSet").asBoolean()).as("no token given keeps it").isTrue();
        assertThat(kept.path("timeoutSeconds").asInt()).isEqualTo(5);
        JsonNode removed = configure("{\"url\":\"" + service.url("/good") + "\",\"token\":\"\"}");
        assertThat(removed.path("tokenSet").asBoolean()).isFalse();
        suggestions();
        assertThat(service.calls("/good")).as("a saved change asks afresh").isEqualTo(2);
        assertThat(service.received().get(1).authorization()).isNull();

        JsonNode test = read(api.send("POST", external + "/test", lead, null), 200);
        assertThat(test.path("ok").asBoolean()).isTrue();
        assertThat(test.path("problem").isNull()).isTrue();
        assertThat(service.calls("/good")).as("a test always calls").isEqualTo(3);
    }

    @Test
    void aServiceThatStallsInTheMiddleOfItsAnswerIsCutOffByTheTimeout() throws Exception {
        configure("{\"url\":\"" + service.url("/stall") + "\",\"timeoutSeconds\":1}");
        switchOn();
        assertThat(suggestions().findValuesAsText("id")).containsExactly("string:15:19:LOCATION");
        JsonNode settings = read(api.send("GET", external, lead, null), 200);
        assertThat(settings.path("lastProblem").path("code").asText())
                .as("headers came at once, the body only after 4 s: the 1 s timeout covers the body too")
                .isEqualTo("external.problem.timeout");
        assertThat(settings.path("failures").asInt()).isEqualTo(1);
    }

    @Test
    void aSlowServiceTimesOutTheSuggestionsStillAnswerAndTheLeadSeesIt() throws Exception {
        configure("{\"url\":\"" + service.url("/slow") + "\",\"timeoutSeconds\":1}");
        switchOn();
        JsonNode suggestions = suggestions();
        assertThat(suggestions.findValuesAsText("id")).containsExactly("string:15:19:LOCATION");
        JsonNode settings = read(api.send("GET", external, lead, null), 200);
        assertThat(settings.path("lastProblem").path("code").asText()).isEqualTo("external.problem.timeout");
        assertThat(settings.path("lastProblem").path("message").asText()).isEqualTo("The service did not answer within 1 s.");
        assertThat(settings.path("failures").asInt()).isEqualTo(1);
        assertThat(settings.path("lastSuccessAt").isNull()).isTrue();

        assertThat(suggestions().findValuesAsText("id")).containsExactly("string:15:19:LOCATION");
        assertThat(service.calls("/slow")).as("a failed service is left alone for a while").isEqualTo(1);

        JsonNode arabic = read(api.send("GET", external, lead, "", "ar"), 200);
        assertThat(arabic.path("lastProblem").path("message").asText()).isEqualTo("لم تُجب الخدمة خلال 1 ث.");
    }

    @Test
    void errorsPagesAndBadSpansAreReportedAndTheEditorsApiIsUnaffected() throws Exception {
        switchOn();
        expectProblem("/error", "external.problem.status", "The service answered HTTP 500.", List.of());
        expectProblem("/html", "external.problem.not-json", "The answer is not JSON.", List.of());
        expectProblem("/out-of-range", "external.problem.spans-dropped", "1 of 3 spans dropped: offsets 46–52 outside the text (length 47)",
                List.of("external:4:9:ORG", "external:32:37:ORG"));
        expectProblem("/unknown-label", "external.problem.spans-dropped", "1 of 3 spans dropped: unknown label PER",
                List.of("external:4:9:ORG", "external:32:37:ORG"));
        configure("{\"url\":\"" + FakeRecommenderService.refusingUrl() + "\"}");
        assertThat(suggestions().findValuesAsText("id")).containsExactly("string:15:19:LOCATION");
        JsonNode refused = read(api.send("POST", external + "/test", lead, null), 200);
        assertThat(refused.path("ok").asBoolean()).isFalse();
        assertThat(refused.path("problem").path("code").asText()).isEqualTo("external.problem.unreachable");
        assertThat(read(api.send("GET", external, lead, null), 200).path("droppedSpans").asInt()).isEqualTo(2);
    }

    @Test
    void badSettingsAre400JsonAndLoseNothingAndOnlyLeadsMayConfigure() throws Exception {
        configure("{\"url\":\"" + service.url("/good") + "\",\"token\":\"" + TOKEN + "\",\"timeoutSeconds\":4}");
        for (String body : List.of("{\"url\":\"ftp://example.org/x\"}", "{\"url\":\"ner.example.org/suggest\"}", "{\"url\":\"\"}",
                "{\"timeoutSeconds\":3}", "{\"url\":\"https://user:pw@example.org/x\"}", "{\"url\":\"javascript:alert(1)\"}")) {
            HttpResponse<String> refused = api.send("PUT", external, lead, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
            assertThat(json.readTree(refused.body()).path("error").asText()).isEqualTo("external.url.invalid");
        }
        assertThat(json.readTree(api.send("PUT", external, lead, "{\"url\":\"ftp://x/\"}", "ar").body()).path("message").asText())
                .startsWith("يجب أن يكون عنوان الخدمة");
        for (int timeout : new int[] {0, 31, -3}) {
            HttpResponse<String> refused = api.send("PUT", external, lead, "{\"url\":\"https://example.org/\",\"timeoutSeconds\":" + timeout + "}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json.readTree(refused.body()).path("error").asText()).isEqualTo("external.timeout.invalid");
        }
        JsonNode unchanged = read(api.send("GET", external, lead, null), 200);
        assertThat(unchanged.path("url").asText()).isEqualTo(service.url("/good"));
        assertThat(unchanged.path("timeoutSeconds").asInt()).isEqualTo(4);
        assertThat(unchanged.path("tokenSet").asBoolean()).isTrue();

        for (String[] call : new String[][] {{"GET", null}, {"PUT", "{\"url\":\"https://evil.example/\"}"}, {"POST", null}}) {
            HttpResponse<String> denied = api.send(call[0], external + (call[0].equals("POST") ? "/test" : ""), annotator, call[1]);
            assertThat(denied.statusCode()).as(call[0]).isEqualTo(403);
            assertThat(json.readTree(denied.body()).path("error").asText()).isEqualTo("access.denied");
        }
        assertThat(read(api.send("GET", external, lead, null), 200).path("url").asText()).isEqualTo(service.url("/good"));
        assertThat(service.calls("/good")).as("a refused test calls nothing").isZero();
    }

    private void expectProblem(String path, String code, String message, List<String> externalIds) throws Exception {
        configure("{\"url\":\"" + service.url(path) + "\"}");
        JsonNode suggestions = suggestions();
        assertThat(suggestions.findValuesAsText("id")).as(path).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("string:15:19:LOCATION"), externalIds.stream()).toList());
        JsonNode problem = read(api.send("GET", external, lead, null), 200).path("lastProblem");
        assertThat(problem.path("code").asText()).as(path).isEqualTo(code);
        assertThat(problem.path("message").asText()).as(path).isEqualTo(message);
        assertThat(problem.path("at").isNull()).isFalse();
    }

    private JsonNode configure(String body) throws Exception {
        return read(api.send("PUT", external, lead, body), 200);
    }

    private void switchOn() throws Exception {
        read(api.send("PUT", "/api/v1/projects/" + team.project().id() + "/recommenders", lead, "{\"external\":{\"enabled\":true}}"), 200);
    }

    private JsonNode suggestions() throws Exception {
        return read(api.send("GET", "/api/v1/documents/" + documentId + "/suggestions", annotator, null), 200);
    }

    private JsonNode read(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static JsonNode find(JsonNode suggestions, String id) {
        for (JsonNode s : suggestions) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id + " not in " + suggestions);
    }
}
