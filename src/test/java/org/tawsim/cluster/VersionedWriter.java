package org.tawsim.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** One annotator's layer written through a chosen instance: read its revision, create a span on a base revision. */
final class VersionedWriter {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final long documentId;
    private final String authorization;

    VersionedWriter(HttpClient http, long documentId, String authorization) {
        this.http = http;
        this.documentId = documentId;
        this.authorization = authorization;
    }

    long revision(String instance) throws Exception {
        HttpResponse<String> layer = http.send(request(instance, "/layer").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (layer.statusCode() != 200) {
            throw new AssertionError("layer from " + instance + ": " + layer.statusCode() + " " + layer.body());
        }
        return json.readTree(layer.body()).path("revision").asLong();
    }

    /** The n-th span: a different one for each n, inside the document's first words. */
    CompletableFuture<HttpResponse<String>> createSpanAsync(String instance, long base, UUID opId, int n) {
        String body = "{\"baseRevision\":" + base + ",\"opId\":\"" + opId + "\",\"operation\":{\"type\":\"create_span\","
                + "\"start\":" + n + ",\"end\":" + (n + 2) + ",\"label\":\"LOCATION\"}}";
        return http.sendAsync(request(instance, "/operations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> createSpan(String instance, long base, UUID opId, int n) throws Exception {
        return createSpanAsync(instance, base, opId, n).get();
    }

    private HttpRequest.Builder request(String instance, String path) {
        return HttpRequest.newBuilder(URI.create(instance + "/api/v1/documents/" + documentId + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
    }
}
