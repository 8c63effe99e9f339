package org.tawsim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.PROJECT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.DatabaseTest;

/** The HTTP API over a real socket: who gets in, who is refused, and how. */
class ApiAccessTest extends DatabaseTest {

    @Autowired
    DSLContext dsl;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousCallsGet401NotTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/projects/" + demoProject() + "/agreement", null);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void leadsReadAgreementAnnotatorsDoNot() throws Exception {
        HttpResponse<String> lead = get("/api/v1/projects/" + demoProject() + "/agreement", "lead:lead-demo");
        assertThat(lead.statusCode()).isEqualTo(200);
        assertThat(lead.body()).contains("\"pairs\"").contains("annotator1");
        assertThat(get("/api/v1/projects/" + demoProject() + "/agreement", "annotator1:annotator1-demo").statusCode()).isEqualTo(403);
    }

    @Test
    void aScriptAnnotatesWithBasicAuthAndStaleRevisionsAreRefused() throws Exception {
        long doc = dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.EXTERNAL_ID.eq("003_tunisia_municipal_vote")).fetchOne(DOCUMENT.ID);
        HttpResponse<String> layer = get("/api/v1/documents/" + doc + "/layer", "annotator2:annotator2-demo");
        assertThat(layer.statusCode()).isEqualTo(200);
        long revision = Long.parseLong(layer.body().replaceAll(".*\"revision\":(\\d+).*", "$1"));

        String op = "{\"baseRevision\":" + revision + ",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}";
        HttpResponse<String> created = post("/api/v1/documents/" + doc + "/operations", "annotator2:annotator2-demo", op);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"revision\":" + (revision + 1));

        HttpResponse<String> stale = post("/api/v1/documents/" + doc + "/operations", "annotator2:annotator2-demo", op);
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> bad = post("/api/v1/documents/" + doc + "/operations", "annotator2:annotator2-demo",
                "{\"baseRevision\":" + (revision + 1) + ",\"operation\":{\"type\":\"create_span\",\"start\":5,\"end\":2,\"label\":\"EVENT\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("span.error.range");
        HttpResponse<String> garbage = post("/api/v1/documents/" + doc + "/operations", "annotator2:annotator2-demo", "{not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        // The lead is not assigned: the annotators' layers are not theirs to change or read here.
        assertThat(get("/api/v1/documents/" + doc + "/layer", "lead:lead-demo").statusCode()).isEqualTo(403);
    }

    private long demoProject() {
        return dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.NAME.eq("Arabic news (demo)")).fetchOne(PROJECT.ID);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return http.send(request(path, credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return http.send(request(path, credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
