package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.tawsim.account.UserAccount;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;
import org.tawsim.support.SessionLogin;

/**
 * Exports that outlast {@code tawsim.export.sync-wait} over HTTP: 202 and a status URL with progress in documents,
 * then the same manifest a synchronous run gives, or the error as JSON. The wait is set to 0 (a property source
 * added to the running app) to force the background path.
 */
class ExportJobsApiTest extends DatabaseTest {

    private static final String NO_WAIT = "export-jobs-api-test";
    private static final Duration POLL_LIMIT = Duration.ofMinutes(2);

    @Autowired
    Scenarios scenarios;
    @Autowired
    ConfigurableEnvironment environment;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    ExportFixture fx;
    String base;

    @BeforeEach
    void annotatedProject() {
        fx = new ExportFixture(scenarios);
        base = "/api/v1/projects/" + fx.project.id() + "/exports";
    }

    @AfterEach
    void defaultWait() {
        environment.getPropertySources().remove(NO_WAIT);
    }

    @Test
    void aSlowExportAnswers202ThenItsProgressThenTheManifestOfASynchronousRun() throws Exception {
        String request = "{\"format\":\"CONLL_NER\",\"scheme\":\"BIOES\",\"split\":{\"train\":0.8,\"dev\":0.1,\"test\":0.1,\"seed\":7}}";
        noWait();
        HttpResponse<String> accepted = post(fx.viewer, base, request);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode job = json.readTree(accepted.body());
        String statusUrl = job.get("statusUrl").asText();
        assertThat(statusUrl).isEqualTo(base + "/jobs/" + job.get("jobId").asText());
        assertThat(accepted.headers().firstValue("Location")).hasValue(statusUrl);
        assertThat(job.get("status").asText()).isEqualTo("running");
        assertThat(job.get("documentsTotal").asInt()).isEqualTo(3);
        assertThat(job.get("documentsDone").asInt()).isBetween(0, 3);

        JsonNode done = pollUntilFinished(fx.viewer, statusUrl);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("documentsDone").asInt()).isEqualTo(3);
        assertThat(done.get("documentsTotal").asInt()).isEqualTo(3);
        assertThat(done.has("error")).isFalse();
        JsonNode asyncManifest = done.get("manifest");
        // the export is listed and readable like any other
        String exportId = asyncManifest.get("exportId").asText();
        assertThat(json.readTree(get(fx.viewer, base + "/" + exportId).body())).isEqualTo(asyncManifest);
        // and another member who may export the project may poll the job too
        assertThat(get(fx.lead, statusUrl).statusCode()).isEqualTo(200);

        environment.getPropertySources().remove(NO_WAIT);
        HttpResponse<String> created = post(fx.viewer, base, request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode syncManifest = json.readTree(created.body());
        assertThat(withoutIdentity(asyncManifest)).isEqualTo(withoutIdentity(syncManifest));
        assertThat(asyncManifest.get("files")).hasSize(6);
    }

    @Test
    void aSmallExportAnswers201AtOnceWithItsManifest() throws Exception {
        HttpResponse<String> created = post(fx.lead, base, "{\"format\":\"JSONL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode manifest = json.readTree(created.body());
        assertThat(manifest.get("documentCount").asInt()).isEqualTo(3);
        assertThat(created.headers().firstValue("Location")).hasValue(base + "/" + manifest.get("exportId").asText());
    }

    @Test
    void aFailingExportEndsFailedWithItsErrorAsJson() throws Exception {
        noWait();
        HttpResponse<String> accepted = post(fx.lead, base, "{\"sources\":\"GOLD\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode failed = pollUntilFinished(fx.lead, json.readTree(accepted.body()).get("statusUrl").asText());
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.has("manifest")).isFalse();
        JsonNode error = failed.get("error");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("export.error.gold");
        assertThat(error.get("message").asText()).contains("curated");
        // nothing was kept
        assertThat(json.readTree(get(fx.lead, base).body())).isEmpty();
    }

    @Test
    void onlyThoseWhoMayExportTheProjectPollItsJobs() throws Exception {
        noWait();
        String statusUrl = json.readTree(post(fx.lead, base, "{}").body()).get("statusUrl").asText();
        pollUntilFinished(fx.lead, statusUrl);

        // annotators of the project, members of another project, strangers, nobody
        assertThat(get(fx.first, statusUrl).statusCode()).isEqualTo(403);
        assertThat(get(fx.outsider, statusUrl).statusCode()).isEqualTo(403);
        ExportFixture other = new ExportFixture(scenarios);
        HttpResponse<String> otherLead = get(other.lead, statusUrl);
        assertThat(otherLead.statusCode()).isEqualTo(403);
        assertThat(json.readTree(otherLead.body()).get("error").asText()).isEqualTo("access.denied");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri(statusUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        // the job under the other project's path, where its lead may export: no such job there
        String elsewhere = statusUrl.replace("/projects/" + fx.project.id() + "/", "/projects/" + other.project.id() + "/");
        HttpResponse<String> missing = get(other.lead, elsewhere);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.readTree(missing.body()).get("error").asText()).isEqualTo("export.job.missing");
        assertThat(get(fx.lead, base + "/jobs/no-such-job").statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionShowsBothAnswersOfThePostAndTheJobWithExamples() throws Exception {
        SessionLogin session = SessionLogin.logIn(port, fx.viewer.login(), "password-1");
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).header("Cookie", session.cookie()).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode paths = json.readTree(docs.body()).get("paths");
        JsonNode post = paths.get("/api/v1/projects/{projectId}/exports").get("post");
        assertThat(post.get("requestBody").findValue("examples")).isNotNull();
        assertThat(post.get("responses").get("201").findValue("examples").toString()).contains("exportId");
        assertThat(post.get("responses").get("202").findValue("examples").toString()).contains("statusUrl");
        JsonNode job = paths.get("/api/v1/projects/{projectId}/exports/jobs/{jobId}").get("get");
        assertThat(job.get("responses").get("200").findValue("examples").toString()).contains("running", "done", "failed");
        assertThat(job.get("responses").get("404").findValue("examples").toString()).contains("export.job.missing");
    }

    private void noWait() {
        environment.getPropertySources().addFirst(new MapPropertySource(NO_WAIT, Map.of("tawsim.export.sync-wait", "0s")));
    }

    private JsonNode pollUntilFinished(UserAccount user, String statusUrl) throws Exception {
        Instant limit = Instant.now().plus(POLL_LIMIT);
        while (true) {
            HttpResponse<String> response = get(user, statusUrl);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode status = json.readTree(response.body());
            if (!status.get("status").asText().equals("running")) {
                return status;
            }
            assertThat(Instant.now()).as("the job finishes").isBefore(limit);
            Thread.sleep(100);
        }
    }

    /** A manifest without what names one run (its id and time): the rest is what was exported. */
    private static JsonNode withoutIdentity(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        copy.remove("exportId");
        copy.remove("createdAt");
        return copy;
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

    private HttpResponse<String> post(UserAccount user, String path, String body) throws IOException, InterruptedException {
        return http.send(as(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
