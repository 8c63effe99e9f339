package org.tawsim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One simulated annotator on their own document over the HTTP API, as the editor works: versioned
 * (baseRevision from the last answer) with an opId, reloading the layer after a refusal. Operations cycle through
 * creating, relabelling and deleting spans (at most three per layer). Results go to an {@link OperationTally}.
 */
public final class AnnotatorClient {

    public static final List<String> LABELS = List.of("PERSON", "ORG", "LOCATION", "EVENT");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String login;
    private final long documentId;
    private final String authorization;
    private final OperationTally tally;
    private final List<long[]> spans = new ArrayList<>(); // [id, start, end, label index]
    private long revision;
    private int step;

    /** {@code baseUrl} like http://127.0.0.1:8080; {@code authorization} the whole header value. */
    public AnnotatorClient(String baseUrl, String login, long documentId, String authorization, OperationTally tally) {
        this.baseUrl = baseUrl;
        this.login = login;
        this.documentId = documentId;
        this.authorization = authorization;
        this.tally = tally;
    }

    public String login() {
        return login;
    }

    public long documentId() {
        return documentId;
    }

    /** Reads the layer's revision to start from. */
    public AnnotatorClient ready() throws Exception {
        revision = json.readTree(layer()).path("revision").asLong();
        return this;
    }

    /** Create spans, relabel the newest, delete the oldest; again and again (the layer stays small). */
    public synchronized void operate() {
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
            long micros = (System.nanoTime() - start) / 1000;
            if (response.statusCode() == 200) {
                JsonNode answer = json.readTree(response.body());
                revision = answer.path("revision").asLong();
                tally.acknowledged(opId, micros);
                if (created != null) {
                    created[0] = answer.path("spanId").asLong();
                    spans.add(created);
                }
            } else {
                tally.answered(micros);
                tally.error(String.valueOf(response.statusCode()));
                reload();
            }
        } catch (Exception e) {
            tally.error(e.getClass().getSimpleName());
        }
    }

    private void reload() throws Exception {
        JsonNode layer = json.readTree(layer());
        revision = layer.path("revision").asLong();
        spans.clear();
        layer.path("spans").forEach(s -> spans.add(new long[] {s.path("id").asLong(), s.path("start").asLong(),
                s.path("end").asLong(), Math.max(0, LABELS.indexOf(s.path("label").asText()))}));
    }

    private String layer() throws Exception {
        HttpResponse<String> response = http.send(request("/layer").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(login + " cannot read layer " + documentId + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/documents/" + documentId + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
    }
}
