package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;
import org.tawsim.support.SessionLogin;

/** The exports API over a real port with HTTP Basic, as an ML engineer's script calls it; and its OpenAPI description. */
class ExportApiTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    ExportFixture fx;

    @BeforeEach
    void annotatedProject() {
        fx = new ExportFixture(scenarios);
    }

    @Test
    void aViewerExportsListsAndDownloads() throws Exception {
        String base = "/api/v1/projects/" + fx.project.id() + "/exports";
        HttpResponse<String> created = post(fx.viewer, base,
                "{\"format\":\"CONLL_NER\",\"scheme\":\"BIOES\",\"sources\":\"ALL_ANNOTATORS\","
                        + "\"split\":{\"train\":0.8,\"dev\":0.1,\"test\":0.1,\"seed\":7}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode manifest = json.readTree(created.body());
        String exportId = manifest.get("exportId").asText();
        assertThat(manifest.get("files")).hasSize(6);
        assertThat(manifest.get("split").get("documents").get("train")).hasSize(3);

        JsonNode list = json.readTree(get(fx.viewer, base).body());
        assertThat(list.get(0).get("exportId").asText()).isEqualTo(exportId);

        String name = fx.first.login() + ".train.conll";
        HttpResponse<byte[]> file = getBytes(fx.viewer, base + "/" + exportId + "/files/" + name);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("درعا\tS-LOCATION");

        HttpResponse<byte[]> zip = getBytes(fx.viewer, base + "/" + exportId + "/zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zipEntries(zip.body())).hasSize(7).contains("manifest.json", name);
    }

    @Test
    void annotatorsStrangersAndPathTricksAreRefused() throws Exception {
        String base = "/api/v1/projects/" + fx.project.id() + "/exports";
        assertThat(post(fx.first, base, "{}").statusCode()).isEqualTo(403);
        assertThat(get(fx.outsider, base).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri(base)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> gold = post(fx.lead, base, "{\"sources\":\"GOLD\"}");
        assertThat(gold.statusCode()).isEqualTo(400);
        assertThat(json.readTree(gold.body()).get("error").asText()).isEqualTo("export.error.gold");

        String exportId = json.readTree(post(fx.lead, base, "{\"format\":\"JSONL\"}").body()).get("exportId").asText();
        assertThat(get(fx.lead, base + "/" + exportId + "/files/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        assertThat(get(fx.lead, base + "/" + exportId + "/files/application.properties").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> jsonl = getBytes(fx.lead, base + "/" + exportId + "/files/" + fx.second.login() + ".jsonl");
        assertThat(jsonl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jsonl"));
    }

    @Test
    void theOpenApiDescriptionIsServedToLoggedInUsers() throws Exception {
        // pages (and the description) open with the browser's session; HTTP Basic counts on /api/** only
        SessionLogin session = SessionLogin.logIn(port, fx.viewer.login(), "password-1");
        HttpResponse<String> docs = page(session, "/v3/api-docs");
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/projects/{projectId}/exports")).isTrue();
        assertThat(paths.has("/api/v1/documents/{documentId}/layer")).isTrue();
        HttpResponse<String> ui = page(session, "/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(page(session, "/exports").statusCode()).isEqualTo(200);
        assertThat(get(fx.viewer, "/v3/api-docs").statusCode()).as("HTTP Basic on a page").isEqualTo(302);
    }

    private HttpResponse<String> page(SessionLogin session, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session.cookie()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder as(UserAccount user, String path) {
        String basic = Base64.getEncoder().encodeToString((user.login() + ":password-1").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
    }

    private HttpResponse<String> get(UserAccount user, String path) throws IOException, InterruptedException {
        return http.send(as(user, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(UserAccount user, String path) throws IOException, InterruptedException {
        return http.send(as(user, path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(UserAccount user, String path, String body) throws IOException, InterruptedException {
        return http.send(as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
