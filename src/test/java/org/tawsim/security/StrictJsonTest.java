package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * JSON request bodies are read strictly: a number that is missing, null, a fraction or a string, and a field the
 * endpoint does not know, are refused with 400 naming the field, and nothing is applied. They used to become 0
 * (or be ignored) and change the layer. The bodies the editor and the documentation send still work.
 */
class StrictJsonTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;

    private final ObjectMapper json = new ObjectMapper();
    private Teams.Team team;
    private long documentId;
    private ApiClient api;

    @BeforeEach
    void annotatorWithADocument() {
        Scenario s = scenarios.project("Strict JSON").annotators("annotator").document("strict.txt", "نص للتجربة في درعا").assign("annotator");
        team = s.team();
        documentId = s.documentId();
        api = new ApiClient(port);
    }

    static Stream<Arguments> refusedBodies() {
        String span = "\"type\":\"create_span\",\"end\":2,\"label\":\"EVENT\"";
        return Stream.of(
                arguments("{\"baseRevision\":0,\"operation\":{" + span + "}}", "request.field.invalid", "operation.start"),
                arguments("{\"baseRevision\":0,\"operation\":{" + span + ",\"start\":null}}", "request.field.invalid", "operation.start"),
                arguments("{\"baseRevision\":0,\"operation\":{" + span + ",\"start\":1.5}}", "request.field.invalid", "operation.start"),
                arguments("{\"baseRevision\":0,\"operation\":{" + span + ",\"start\":\"1\"}}", "request.field.invalid", "operation.start"),
                arguments("{\"operation\":{" + span + ",\"start\":0}}", "request.field.invalid", "baseRevision"),
                arguments("{\"baseRevision\":null,\"operation\":{" + span + ",\"start\":0}}", "request.field.invalid", "baseRevision"),
                arguments("{\"baseRevision\":0.5,\"operation\":{" + span + ",\"start\":0}}", "request.field.invalid", "baseRevision"),
                arguments("{\"baseRevision\":0,\"operation\":{" + span + ",\"start\":0,\"colour\":\"red\"}}", "request.field.unknown",
                        "operation.colour"),
                arguments("{\"baseRevision\":0,\"operation\":{\"type\":\"move_mentions\",\"moves\":[{\"spanId\":1.5,\"chainId\":null}]}}",
                        "request.field.invalid", "operation.moves[0].spanId"),
                arguments("{\"baseRevision\":0,\"operation\":{\"type\":\"delete_span\"}}", "request.field.invalid", "operation.id"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("refusedBodies")
    void malformedOperationsAreRefusedNamingTheField(String body, String key, String field) throws Exception {
        HttpResponse<String> response = post("/api/v1/documents/" + documentId + "/operations", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo(key);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("message").asText()).contains(field);
        assertThat(annotations.layer(team.annotator(0), documentId).revision()).as("nothing applied").isZero();
    }

    @Test
    void otherBodiesAreStrictToo() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/projects/" + team.project().id() + "/exports",
                ApiClient.basic(team.lead().login(), Teams.PASSWORD), "{\"formt\":\"CONLL\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("field").asText()).isEqualTo("formt");
    }

    @Test
    void theBodiesOfTheEditorAndTheDocumentationStillWork() throws Exception {
        // docs/annotation-api.md: no opId; the editor (sync.ts): an opId, and restore_span with a null chainId
        HttpResponse<String> documented = post("/api/v1/documents/" + documentId + "/operations",
                "{\"baseRevision\":0,\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}");
        assertThat(documented.statusCode()).as(documented.body()).isEqualTo(200);
        long spanId = json.readTree(documented.body()).path("spanId").asLong();
        HttpResponse<String> deleted = post("/api/v1/documents/" + documentId + "/operations", "{\"baseRevision\":1,\"opId\":\""
                + UUID.randomUUID() + "\",\"operation\":{\"type\":\"delete_span\",\"id\":" + spanId + "}}");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        HttpResponse<String> restored = post("/api/v1/documents/" + documentId + "/operations", "{\"baseRevision\":2,\"opId\":\""
                + UUID.randomUUID() + "\",\"operation\":{\"type\":\"restore_span\",\"id\":" + spanId
                + ",\"start\":0,\"end\":2,\"label\":\"EVENT\",\"chainId\":null}}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String body) {
        return api.send("POST", path, ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD), body);
    }
}
