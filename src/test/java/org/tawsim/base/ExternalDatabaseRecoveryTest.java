package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.support.AppProcess.freePort;
import static org.tawsim.support.AppProcess.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.AppProcess;
import org.tawsim.support.OperationTally;

/**
 * With a PostgreSQL server of its own ({@code spring.datasource.url}) the app does not supervise the server, but
 * its connection pool must find it again: the real app in a child JVM on a separate PostgreSQL that is stopped
 * and started again under it answers 503 meanwhile and then serves again, the operations before and after stored.
 */
class ExternalDatabaseRecoveryTest {

    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("annotator1:annotator1-demo".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres external;
    private Process app;
    private int httpPort;
    private long documentId;

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    void thePoolRecoversWhenTheServerReturns() throws Exception {
        int dbPort = freePort();
        external = startExternal(dbPort);
        httpPort = freePort();
        app = AppProcess.launch("external-db-recovery", List.of(
                "--server.port=" + httpPort,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                "--spring.datasource.username=postgres",
                "--tawsim.admin.password=external-test-admin",
                "--tawsim.exports.dir=" + work.resolve("exports"))).awaitReady().process();
        try (Connection db = external.getPostgresDatabase().getConnection()) {
            documentId = OperationTally.count(db, "select min(a.document_id) from assignment a join app_user u"
                    + " on u.id = a.annotator_id where u.login = 'annotator1'");
        }
        UUID before = createSpan(0, 1);

        external.close(); // pg_ctl stop -m fast: the pool's connections are cut
        external = null;
        // At once, while the pool still holds connections used in the last 500 ms (which it hands out unchecked):
        // the guard's round trip sees the outage, so a Basic-authenticated script reads 503, not 401.
        HttpResponse<String> down = send(layer());
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(json.readTree(down.body()).path("error").asText()).isEqualTo("database.unavailable");

        external = startExternal(dbPort);
        Instant started = Instant.now();
        waitUntil(() -> send(layer()).statusCode() == 200, Duration.ofSeconds(60), "the app to reconnect");
        System.out.printf("External PostgreSQL back: the app served again after %d ms%n",
                Duration.between(started, Instant.now()).toMillis());
        UUID after = createSpan(2, 3);

        try (Connection db = external.getPostgresDatabase().getConnection()) {
            for (UUID opId : List.of(before, after)) {
                assertThat(OperationTally.count(db, "select count(*) from event_log where op_id = ?", opId)).as("%s", opId).isEqualTo(1);
            }
        }
    }

    /** A separate server standing for the operator's PostgreSQL, on a folder that outlives its restarts. */
    private EmbeddedPostgres startExternal(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(work.resolve("external-pg")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private UUID createSpan(int start, int end) throws Exception {
        long revision = json.readTree(send(layer()).body()).path("revision").asLong();
        UUID opId = UUID.randomUUID();
        String body = "{\"baseRevision\":" + revision + ",\"opId\":\"" + opId + "\",\"operation\":{\"type\":\"create_span\","
                + "\"start\":" + start + ",\"end\":" + end + ",\"label\":\"PERSON\"}}";
        HttpResponse<String> answer = send(request("/operations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = json.readTree(answer.body());
        assertThat(result.path("revision").asLong()).isEqualTo(revision + 1);
        return opId;
    }

    private HttpRequest layer() {
        return request("/layer").GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/documents/" + documentId + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", AUTHORIZATION);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
