package org.tawsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * Benchmark, not a test: prints figures and asserts only that no acknowledged operation was lost or doubled.
 * N simulated annotators (default 50), each on their own document, each sending one operation per second for
 * the given time (default 120 s) over the HTTP API on loopback, as the editor does: versioned (baseRevision from
 * the last answer) with an opId, retrying a 409 after reloading the layer. Operations cycle through creating,
 * relabelling and deleting spans (at most three per layer). Prints p50/p95/p99 latency and errors, then checks the database: every
 * acknowledged opId is in the event log exactly once and each layer's revision equals its number of events.
 *
 * Run: mvn test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dload.annotators=50 -Dload.seconds=120]
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark extends DatabaseTest {

    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا بين مجموعات محلية وخلايا تنظيم الدولة، "
            + "وقالت مصادر لموقع تلفزيون سوريا إن الوفد وصل إلى دمشق صباح الخميس.";
    static final List<String> LABELS = List.of("PERSON", "ORG", "LOCATION", "EVENT");

    @LocalServerPort
    int port;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiTokenService tokens;

    /** {@code -Dload.auth=basic}: a password on every request instead of an API token. */
    private static final boolean BASIC = "basic".equals(System.getProperty("load.auth"));

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());

    @Test
    void fiftyAnnotatorsAtOneOperationPerSecond() throws Exception {
        int annotators = Integer.getInteger("load.annotators", 50);
        int seconds = Integer.getInteger("load.seconds", 120);
        String[] names = new String[annotators];
        for (int i = 0; i < annotators; i++) {
            names[i] = "load" + i;
        }
        Teams.Team team = teams.create("Load", names);
        for (int i = 0; i < annotators; i++) {
            documents.importTextFile(team.lead(), team.project().id(), "load-" + i + ".txt",
                    (i + ". " + TEXT).getBytes(StandardCharsets.UTF_8), null);
        }
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of());

        List<Annotator> clients = new ArrayList<>();
        for (UserAccount account : team.annotators()) {
            long documentId = assignments.queue(account).get(0).documentId();
            // Scripts authenticate with API tokens (a hash lookup), not passwords (a bcrypt check per request).
            String authorization = BASIC ? "Basic " + Base64.getEncoder().encodeToString(
                    (account.login() + ":" + Teams.PASSWORD).getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + tokens.create(account, "load").secret();
            clients.add(new Annotator(account.login(), documentId, authorization));
        }
        for (Annotator client : clients) {
            client.revision = client.layerRevision();
        }

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(annotators);
        long startNanos = System.nanoTime();
        for (int i = 0; i < annotators; i++) {
            Annotator client = clients.get(i);
            // spread the annotators over the second, as real people are
            scheduler.scheduleAtFixedRate(client::operate, i * 1000L / annotators, 1000, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        scheduler.shutdown();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("%nLOAD %d annotators x 1 op/s for %d s on loopback (%.1f s elapsed), %s%n", annotators, seconds,
                elapsed, BASIC ? "HTTP Basic" : "API tokens");
        System.out.printf("operations acknowledged: %d (%.1f/s), errors: %s%n", acknowledged.size(),
                acknowledged.size() / elapsed, errors);
        System.out.printf("latency request -> acknowledgement: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);

        try (Connection db = dataSource.getConnection()) {
            int missing = 0;
            int doubled = 0;
            for (UUID opId : acknowledged) {
                long n = count(db, "select count(*) from event_log where op_id = ?", opId);
                missing += n == 0 ? 1 : 0;
                doubled += n > 1 ? 1 : 0;
            }
            long mismatched = 0;
            for (Annotator client : clients) {
                long events = count(db, "select count(*) from event_log e join app_user u on u.id = e.actor_id "
                        + "where e.document_id = ? and u.login = ? and e.kind <> 'chain.deleted'", client.documentId, client.login);
                long revision = count(db, "select l.revision from annotation_layer l join app_user u on u.id = l.annotator_id "
                        + "where l.document_id = ? and u.login = ?", client.documentId, client.login);
                mismatched += events == revision ? 0 : 1;
            }
            System.out.printf("stored check: %d acknowledged operations missing, %d stored twice, %d layers whose revision "
                    + "differs from their number of operations%n%n", missing, doubled, mismatched);
            assertThat(missing).isZero();
            assertThat(doubled).isZero();
            assertThat(mismatched).isZero();
        }
    }

    /** One simulated annotator: its own HTTP client and credentials, its document and revision. */
    private final class Annotator {

        final String login;
        final long documentId;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long revision;
        int step;
        final List<long[]> spans = new ArrayList<>(); // [id, start, end, label index]

        final String authorization;

        Annotator(String login, long documentId, String authorization) {
            this.login = login;
            this.documentId = documentId;
            this.authorization = authorization;
        }

        /** Create spans, relabel the newest, delete the oldest; again and again (the layer stays small). */
        synchronized void operate() {
            String operation;
            long[] created = null;
            int n = step++;
            if (spans.size() >= 3 || (n % 4 == 3 && !spans.isEmpty())) {
                operation = "{\"type\":\"delete_span\",\"id\":" + spans.remove(0)[0] + "}";
            } else if (n % 4 == 2 && !spans.isEmpty()) {
                long[] span = spans.get(spans.size() - 1);
                span[3] = (span[3] + 1) % LABELS.size(); // relabel
                operation = "{\"type\":\"update_span\",\"id\":" + span[0] + ",\"start\":" + span[1] + ",\"end\":" + span[2]
                        + ",\"label\":\"" + LABELS.get((int) span[3]) + "\"}";
            } else {
                long[] span = {0, n % 60, n % 60 + 1 + (n / 60) % 5, n % 4};
                created = span;
                operation = "{\"type\":\"create_span\",\"start\":" + span[1] + ",\"end\":" + span[2]
                        + ",\"label\":\"" + LABELS.get((int) span[3]) + "\"}";
            }
            UUID opId = UUID.randomUUID();
            String body = "{\"baseRevision\":" + revision + ",\"opId\":\"" + opId + "\",\"operation\":" + operation + "}";
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request("/operations").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                latenciesMicros.add((System.nanoTime() - start) / 1000);
                if (response.statusCode() == 200) {
                    JsonNode answer = json.readTree(response.body());
                    revision = answer.path("revision").asLong();
                    acknowledged.add(opId);
                    if (created != null) {
                        created[0] = answer.path("spanId").asLong();
                        spans.add(created);
                    }
                } else {
                    errors.computeIfAbsent(String.valueOf(response.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                    revision = layerRevision();
                    spans.clear();
                    spans.addAll(layerSpans());
                }
            } catch (Exception e) {
                errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            }
        }

        long layerRevision() throws Exception {
            return json.readTree(layer()).path("revision").asLong();
        }

        /** [id, start, end, label index] of each span of the layer. */
        List<long[]> layerSpans() throws Exception {
            List<long[]> found = new ArrayList<>();
            json.readTree(layer()).path("spans").forEach(s -> found.add(new long[] {s.path("id").asLong(),
                    s.path("start").asLong(), s.path("end").asLong(), Math.max(0, LABELS.indexOf(s.path("label").asText()))}));
            return found;
        }

        String layer() throws Exception {
            HttpResponse<String> response = http.send(request("/layer").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents/" + documentId + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
