package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.support.AppProcess.freePort;
import static org.tawsim.support.AppProcess.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.support.AppProcess;

/**
 * The real app in a child JVM on its embedded PostgreSQL, with an annotator client posting operations over
 * HTTP and recording every acknowledged one:
 * <ol>
 * <li>kill -9 of the app while the client works, restart on the same data: every acknowledged operation is in
 * the database exactly once, and a retry of it (same opId) is answered "already applied";</li>
 * <li>kill -9 of the embedded PostgreSQL's postmaster under the running app: the API answers 503 with a message,
 * not a stack trace, the app starts PostgreSQL again by itself, serves again within 30 s, and nothing acknowledged
 * is lost.</li>
 * </ol>
 */
class CrashRecoveryTest {

    private static final String ANNOTATOR = "annotator1";
    private static final String PASSWORD = "annotator1-demo";

    @TempDir
    Path work;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private Process app;
    private int httpPort;
    private int dbPort;
    private long documentId;
    private long revision;

    record Ack(UUID opId, long revision, long spanId) {
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
        OrphanedPostgres.stopIfRunning(work.resolve("pg"));
    }

    @Test
    void acknowledgedOperationsSurviveAKilledAppAndARestartedDatabase() throws Exception {
        httpPort = freePort();
        dbPort = freePort();
        app = startApp("first");
        documentId = assignedDocument();
        revision = layerRevision();

        // 1. kill -9 while the annotator client is sending
        Thread client = new Thread(this::sendUntilFailure, "annotator-client");
        client.start();
        waitUntil(() -> acks.size() >= 25, Duration.ofMinutes(2), "25 acknowledged operations");
        app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush, in the middle of a request
        client.join(30_000);
        List<Ack> beforeCrash = List.copyOf(acks);

        app = startApp("restarted");
        assertStoredExactlyOnce(beforeCrash);
        for (Ack ack : beforeCrash.subList(beforeCrash.size() - 3, beforeCrash.size())) {
            JsonNode retry = json.readTree(post(createSpan(ack.opId(), 0, spanFor(beforeCrash.indexOf(ack)))).body());
            assertThat(retry.path("alreadyApplied").asBoolean()).as("retry of %s", ack.opId()).isTrue();
            assertThat(retry.path("spanId").asLong()).isEqualTo(ack.spanId());
        }

        // 2. kill -9 of the embedded postmaster under the running app: the app starts it again by itself.
        // One of its processes is held stopped first, so the outage lasts until we let it go (the app waits for
        // the old server's processes to end before it starts a new one): long enough to see the 503 for sure.
        revision = layerRevision();
        long postmaster = postmasterPid();
        long held = checkpointerOf(postmaster);
        signal("STOP", held);
        Instant killed = Instant.now();
        signal("KILL", postmaster);
        assertUnavailable(post(createSpan(UUID.randomUUID(), revision, spanFor(1000))));
        signal("KILL", held);
        Instant released = Instant.now();
        waitUntil(this::answersWith200OrUnavailable, Duration.ofSeconds(30), "the app to serve again within 30 s");
        System.out.printf("Embedded PostgreSQL killed: serving again %d ms after kill -9 (%d ms after its last process ended)%n",
                Duration.between(killed, Instant.now()).toMillis(), Duration.between(released, Instant.now()).toMillis());
        assertThat(postmasterPid()).isNotEqualTo(postmaster);
        revision = layerRevision();
        for (int i = 0; i < 5; i++) {
            sendOne(2000 + i);
        }
        assertStoredExactlyOnce(List.copyOf(acks));

        // 3. the same without holding anything back: how long the API is away after kill -9 of the postmaster
        killed = Instant.now();
        signal("KILL", postmasterPid());
        waitUntil(this::answersWith200OrUnavailable, Duration.ofSeconds(30), "the app to serve again within 30 s");
        System.out.printf("Embedded PostgreSQL killed: serving again %d ms after kill -9%n",
                Duration.between(killed, Instant.now()).toMillis());
        revision = layerRevision();
        sendOne(3000);
        assertStoredExactlyOnce(List.copyOf(acks));
    }

    /** True once the layer answers 200; until then every answer must be the JSON 503, nothing else. */
    private boolean answersWith200OrUnavailable() throws IOException {
        HttpResponse<String> layer = layerResponse();
        if (layer.statusCode() == 200) {
            return true;
        }
        assertUnavailable(layer);
        return false;
    }

    private void assertUnavailable(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("database.unavailable");
        assertThat(error.path("message").asText()).contains("database").doesNotContain("Exception", "\tat ");
    }

    /** Operations one after another, as the editor sends them, until the app stops answering. */
    private void sendUntilFailure() {
        try {
            for (int i = acks.size(); ; i++) {
                sendOne(i);
            }
        } catch (IOException | InterruptedException | RuntimeException stopped) {
            // the app was killed mid-request: that operation was never acknowledged
        }
    }

    private void sendOne(int i) throws IOException, InterruptedException {
        UUID opId = UUID.randomUUID();
        HttpResponse<String> response = post(createSpan(opId, revision, spanFor(i)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("operation " + i + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode answer = json.readTree(response.body());
        revision = answer.path("revision").asLong();
        acks.add(new Ack(opId, revision, answer.path("spanId").asLong()));
    }

    /** A different span for each i: [start, start + width) with a label, all inside a seeded article. */
    private static int[] spanFor(int i) {
        return new int[] {i % 200, i % 200 + 1 + (i / 200) % 50, (i / 10_000) % 4};
    }

    private String createSpan(UUID opId, long base, int[] span) {
        String label = List.of("LOCATION", "PERSON", "ORG", "EVENT").get(span[2]);
        return "{\"baseRevision\":" + base + ",\"opId\":\"" + opId + "\",\"operation\":{\"type\":\"create_span\",\"start\":"
                + span[0] + ",\"end\":" + span[1] + ",\"label\":\"" + label + "\"}}";
    }

    private void assertStoredExactlyOnce(List<Ack> expected) throws Exception {
        assertThat(expected).isNotEmpty();
        try (Connection db = database()) {
            for (Ack ack : expected) {
                assertThat(count(db, "select count(*) from event_log where op_id = ?", ack.opId()))
                        .as("events of acknowledged %s", ack.opId()).isEqualTo(1);
                assertThat(count(db, "select count(*) from span where id = ?", ack.spanId()))
                        .as("span of acknowledged %s", ack.opId()).isEqualTo(1);
            }
            long annotatorId = count(db, "select id from app_user where login = ?", ANNOTATOR);
            long events = count(db, "select count(*) from event_log where document_id = ? and actor_id = ?", documentId, annotatorId);
            long spans = count(db, "select count(*) from span where document_id = ? and annotator_id = ?", documentId, annotatorId);
            long storedRevision = count(db, "select revision from annotation_layer where document_id = ? and annotator_id = ?",
                    documentId, annotatorId);
            // every applied operation raised the revision once and created one span: nothing twice, nothing half
            assertThat(spans).isEqualTo(events);
            assertThat(storedRevision).isEqualTo(events);
            assertThat(storedRevision).isGreaterThanOrEqualTo(expected.get(expected.size() - 1).revision());
        }
    }

    private long assignedDocument() throws Exception {
        try (Connection db = database()) {
            return count(db, "select min(a.document_id) from assignment a join app_user u on u.id = a.annotator_id "
                    + "where u.login = ?", ANNOTATOR);
        }
    }

    private Process startApp(String name) throws Exception {
        return AppProcess.launch("crash-recovery-" + name, List.of(
                "--server.port=" + httpPort,
                "--tawsim.embedded-db.dir=" + work.resolve("pg"),
                "--tawsim.embedded-db.port=" + dbPort,
                "--tawsim.admin.password=crash-test-admin",
                "--tawsim.exports.dir=" + work.resolve("exports")))
                .awaitReady().process();
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(work.resolve("pg").resolve("postmaster.pid")).get(0).trim());
    }

    /** The postmaster's checkpointer: a process of the server that holds its shared memory until it ends. */
    static long checkpointerOf(long postmaster) throws IOException {
        for (ProcessHandle child : ProcessHandle.of(postmaster).orElseThrow().children().toList()) {
            Path cmdline = Path.of("/proc", Long.toString(child.pid()), "cmdline");
            if (Files.exists(cmdline) && Files.readString(cmdline).contains("checkpointer")) {
                return child.pid();
            }
        }
        throw new AssertionError("no checkpointer under postmaster " + postmaster);
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
        if (signal.equals("KILL")) {
            waitUntil(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), Duration.ofSeconds(30), pid + " to end");
        }
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(request("/operations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> layerResponse() throws IOException {
        try {
            return http.send(request("/layer").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private long layerRevision() throws IOException {
        HttpResponse<String> layer = layerResponse();
        assertThat(layer.statusCode()).as(layer.body()).isEqualTo(200);
        return json.readTree(layer.body()).path("revision").asLong();
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString((ANNOTATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/documents/" + documentId + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + credentials);
    }

    /** As the app's role: with its password from the data folder, the only way in. */
    private Connection database() throws Exception {
        EmbeddedCredentials credentials = EmbeddedCredentials.read(work.resolve("pg")).orElseThrow();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", EmbeddedCredentials.APP_ROLE,
                credentials.appPassword());
    }

    private static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
