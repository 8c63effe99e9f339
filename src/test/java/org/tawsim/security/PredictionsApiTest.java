package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.corpus.DocumentService;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.MultipartBody;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Predictions import over HTTP (docs/suggestions.md, "Predictions import"): a lead's file becomes every assigned
 * annotator's own suggestions, a file with any problem stores nothing and lists the problems by line, a new import
 * replaces a document's predictions, and predictions never become spans.
 */
class PredictionsApiTest extends DatabaseTest {

    static final String TEXT = "وصل الوفد إلى دمشق ثم إلى درعا.";

    @Autowired
    Scenarios scenarios;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    ExportService exports;
    @Autowired
    ObjectMapper json;

    Scenario s;
    ApiClient api;
    String lead;
    long news;
    long other;

    @BeforeEach
    void projectWithTwoAnnotators() {
        s = scenarios.project("Predictions API").annotators("first", "second")
                .document("news.txt", TEXT).assign("first", "second")
                .document("other.txt", "زار الوزير حمص.").assign("first");
        news = s.documentId("news.txt");
        other = s.documentId("other.txt");
        api = new ApiClient(port);
        lead = ApiClient.basic(s.lead().login(), Teams.PASSWORD);
    }

    @Test
    void importedPredictionsAreEachAssignedAnnotatorsOwnSuggestions() throws Exception {
        HttpResponse<String> stored = upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\",\"score\":0.9}",
                "{\"start\":4,\"end\":9,\"label\":\"ORG\",\"text\":\"الوفد\"}"));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).get("documents").asInt()).isEqualTo(1);
        assertThat(json.readTree(stored.body()).get("predictions").asInt()).isEqualTo(2);

        JsonNode first = suggestions("first", news);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("id").asText()).isEqualTo("predictions:4:9:ORG");
        assertThat(first.get(0).get("score").asDouble()).as("default score").isEqualTo(1.0);
        assertThat(first.get(1).get("id").asText()).isEqualTo("predictions:14:18:LOCATION");
        assertThat(first.get(1).get("score").asDouble()).isEqualTo(0.9);
        assertThat(first.get(1).get("recommender").asText()).isEqualTo("predictions");

        HttpResponse<String> rejected = api.send("POST", "/api/v1/documents/" + news + "/suggestions/predictions:14:18:LOCATION/reject",
                auth("second"), null);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(204);
        assertThat(suggestions("second", news)).hasSize(1);
        assertThat(suggestions("first", news)).as("another annotator's rejection is theirs").hasSize(2);

        JsonNode counts = json.readTree(api.send("GET", predictions(), lead, null).body());
        assertThat(counts.get("documents").asInt()).isEqualTo(1);
        assertThat(counts.get("predictions").asInt()).isEqualTo(2);
        assertThat(counts.get("lastImport").get("by").asText()).isEqualTo(s.lead().login());
    }

    @Test
    void oneBadLineAmongGoodOnesStoresNothingAndKeepsEarlierPredictions() throws Exception {
        assertThat(upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}")).statusCode()).isEqualTo(201);

        HttpResponse<String> refused = upload(line(other, "{\"start\":4,\"end\":10,\"label\":\"PERSON\"}"),
                line(news, "{\"start\":26,\"end\":30,\"label\":\"PLACE\"}"),
                line(news, "{\"start\":26,\"end\":30,\"label\":\"LOCATION\"}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("error").asText()).isEqualTo("predictions.error.rejected");
        assertThat(body.get("message").asText()).contains("nothing was imported");
        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(body.get("problems").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(body.get("problems").get(0).get("error").asText()).isEqualTo("predictions.problem.label");
        assertThat(body.get("problems").get(0).get("message").asText()).contains("unknown label PLACE");
        assertThat(body.get("problems").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(body.get("problems").get(1).get("error").asText()).isEqualTo("predictions.problem.duplicate-document");

        assertThat(ids(suggestions("first", news))).containsExactly("predictions:14:18:LOCATION");
        assertThat(suggestions("first", other)).as("the good line was not stored either").isEmpty();
        assertThat(json.readTree(api.send("GET", predictions(), lead, null).body()).get("predictions").asInt()).isEqualTo(1);
    }

    @Test
    void everyValidationCaseIsRefusedWithItsLineAndNothingStored() throws Exception {
        Teams.Team elsewhereTeam = teams.create("Predictions elsewhere");
        long elsewhere = documents.importTextFile(elsewhereTeam.lead(), elsewhereTeam.project().id(), "x.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        String good = line(other, "{\"start\":4,\"end\":10,\"label\":\"PERSON\"}");
        String externalId = documents.get(s.lead(), news).externalId();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("not json", "predictions.problem.json");
        cases.put("[1,2]", "predictions.problem.not-object");
        cases.put("{\"document_id\":" + news + ",\"spans\":[]}", "predictions.problem.source");
        cases.put("{\"id\":\"" + externalId + "\",\"text\":" + quoted(TEXT) + ",\"source\":\"annotator1\",\"spans\":[]}",
                "predictions.problem.source");
        cases.put("{\"source\":\"predictions\",\"spans\":[]}", "predictions.problem.no-document");
        cases.put("{\"source\":\"predictions\",\"document_id\":999999999,\"spans\":[]}", "predictions.problem.unknown-document");
        cases.put("{\"source\":\"predictions\",\"id\":\"no-such-document\",\"spans\":[]}", "predictions.problem.unknown-document");
        cases.put(line(elsewhere, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}"), "predictions.problem.unknown-document");
        cases.put("{\"source\":\"predictions\",\"document_id\":" + news + ",\"text\":\"نص آخر\",\"spans\":[]}",
                "predictions.problem.text");
        cases.put(line(news, "{\"start\":26,\"end\":32,\"label\":\"LOCATION\"}"), "predictions.problem.range");
        cases.put(line(news, "{\"start\":18,\"end\":14,\"label\":\"LOCATION\"}"), "predictions.problem.inverted");
        cases.put(line(news, "{\"start\":14,\"end\":14,\"label\":\"LOCATION\"}"), "predictions.problem.inverted");
        cases.put(line(news, "{\"start\":14,\"end\":18,\"label\":\"PLACE\"}"), "predictions.problem.label");
        cases.put(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\",\"score\":1.5}"), "predictions.problem.score");
        cases.put(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\",\"score\":\"high\"}"), "predictions.problem.score");
        cases.put(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\",\"text\":\"درعا\"}"), "predictions.problem.span-text");
        cases.put(line(news, "{\"start\":-1,\"end\":18,\"label\":\"LOCATION\"}"), "predictions.problem.field");
        cases.put("{\"source\":\"predictions\",\"document_id\":" + news + "}", "predictions.problem.no-spans");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> refused = upload(good, c.getKey());
            assertThat(refused.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode problem = json.readTree(refused.body()).get("problems").get(0);
            assertThat(problem.get("line").asInt()).as(c.getKey()).isEqualTo(2);
            assertThat(problem.get("error").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        assertThat(json.readTree(api.send("GET", predictions(), lead, null).body()).get("predictions").asInt()).isZero();
        assertThat(suggestions("first", other)).isEmpty();
        HttpResponse<String> empty = upload("\n\n");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("predictions.error.empty");
    }

    @Test
    void aNewImportReplacesTheDocumentsPredictionsOnly() throws Exception {
        upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}", "{\"start\":4,\"end\":9,\"label\":\"ORG\"}"),
                line(other, "{\"start\":4,\"end\":10,\"label\":\"PERSON\"}"));
        String externalId = documents.get(s.lead(), news).externalId();
        HttpResponse<String> again = upload("{\"id\":" + quoted(externalId) + ",\"source\":\"predictions\",\"text\":" + quoted(TEXT)
                + ",\"spans\":[{\"start\":26,\"end\":30,\"label\":\"LOCATION\",\"text\":\"درعا\",\"score\":0.5}]}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(ids(suggestions("first", news))).containsExactly("predictions:26:30:LOCATION");
        assertThat(ids(suggestions("first", other))).as("a document the file does not name keeps its predictions")
                .containsExactly("predictions:4:10:PERSON");
        upload(line(other));
        assertThat(suggestions("first", other)).as("an empty list clears the document").isEmpty();
    }

    @Test
    void switchedOffTheProjectOffersNone() throws Exception {
        upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}"));
        String recommenders = "/api/v1/projects/" + s.projectId() + "/recommenders";
        assertThat(json.readTree(api.send("GET", recommenders, lead, null).body()).get("predictions").get("enabled").asBoolean())
                .as("on by default").isTrue();
        assertThat(api.send("PUT", recommenders, lead, "{\"predictions\":{\"enabled\":false}}").statusCode()).isEqualTo(200);
        assertThat(suggestions("first", news)).isEmpty();
        api.send("PUT", recommenders, lead, "{\"predictions\":{\"enabled\":true}}");
        assertThat(suggestions("first", news)).hasSize(1);
    }

    @Test
    void predictionsAreNeverSpansInTheLayerOrAnExport() throws Exception {
        upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}"), line(other, "{\"start\":4,\"end\":10,\"label\":\"PERSON\"}"));
        JsonNode layer = json.readTree(api.send("GET", "/api/v1/documents/" + news + "/layer", auth("first"), null).body());
        assertThat(layer.get("spans")).isEmpty();
        ExportManifest manifest = exports.export(s.lead(), s.projectId(), new ExportRequest(null, null, null, null, null, false));
        assertThat(manifest.labels().values()).allMatch(Map::isEmpty);
        String file = api.send("GET", "/api/v1/projects/" + s.projectId() + "/exports/" + manifest.exportId() + "/files/"
                + manifest.files().get(0).name(), lead, null).body();
        assertThat(file).contains(TEXT).doesNotContain("LOCATION").doesNotContain("PERSON");
    }

    @Test
    void annotatorsAreRefusedWithJsonAndLeadsRemoveAll() throws Exception {
        upload(line(news, "{\"start\":14,\"end\":18,\"label\":\"LOCATION\"}"));
        String annotator = auth("first");
        for (HttpResponse<String> refused : List.of(api.send("GET", predictions(), annotator, null),
                api.send("DELETE", predictions(), annotator, null),
                api.multipart(predictions(), annotator, file(line(news))))) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            assertThat(refused.body()).contains("\"error\":\"access.denied\"");
        }
        assertThat(suggestions("first", news)).as("the refused import changed nothing").hasSize(1);

        HttpResponse<String> removed = api.send("DELETE", predictions(), lead, null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(removed.body()).get("removed").asInt()).isEqualTo(1);
        assertThat(suggestions("first", news)).isEmpty();
        JsonNode counts = json.readTree(api.send("GET", predictions(), lead, null).body());
        assertThat(counts.get("predictions").asInt()).isZero();
        assertThat(counts.get("lastImport").isNull()).isTrue();
    }

    private HttpResponse<String> upload(String... lines) {
        return api.multipart(predictions(), lead, file(String.join("\n", lines) + "\n"));
    }

    private static MultipartBody file(String content) {
        return new MultipartBody().file("file", "predictions.jsonl", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(long documentId, String... spans) {
        return "{\"document_id\":" + documentId + ",\"source\":\"predictions\",\"spans\":[" + String.join(",", spans) + "]}";
    }

    private String quoted(String text) throws Exception {
        return json.writeValueAsString(text);
    }

    private String predictions() {
        return "/api/v1/projects/" + s.projectId() + "/predictions";
    }

    private String auth(String annotator) {
        return ApiClient.basic(s.user(annotator).login(), Teams.PASSWORD);
    }

    private JsonNode suggestions(String annotator, long documentId) throws Exception {
        HttpResponse<String> response = api.send("GET", "/api/v1/documents/" + documentId + "/suggestions", auth(annotator), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode suggestions) {
        return java.util.stream.StreamSupport.stream(suggestions.spliterator(), false).map(n -> n.get("id").asText()).toList();
    }
}
