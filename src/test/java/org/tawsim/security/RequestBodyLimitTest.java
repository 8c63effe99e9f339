package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Request bodies are capped per endpoint (1 MB for operations, the import limit for a restore) and lists per
 * request: a 50 MB body is refused with 413 JSON, whether its length is declared or it comes chunked, and the
 * server allocates next to nothing for it. Memory is measured as the bytes the server's request threads
 * allocated while answering (HotSpot counts them per thread): reading the body would allocate at least its size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest extends DatabaseTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    /** Far below what reading a 50 MB body costs, far above what refusing it does. */
    private static final long BOUNDED = 16L * 1024 * 1024;

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Teams.Team team;
    private long documentId;
    private UserAccount annotator;

    @BeforeAll
    void annotatorWithADocument() {
        Scenario s = scenarios.project("Body limits").annotators("annotator").document("limits.txt", "نص للتجربة في درعا").assign("annotator");
        team = s.team();
        documentId = s.documentId();
        annotator = s.user("annotator");
    }

    @Test
    void fiftyMegabytesOfMovesAreRefusedWithoutBeingRead() throws Exception {
        for (boolean chunked : List.of(false, true)) {
            Map<Long, Long> before = serverAllocations();
            HttpResponse<String> response = post(operationsPath(), annotator, moves(FIFTY_MB), chunked);
            long allocated = allocatedSince(before);
            assertTooLarge(response, "request.too.large", chunked ? "chunked" : "declared length");
            assertThat(response.body()).contains("1 MB");
            assertThat(allocated).as("bytes the server allocated for a refused 50 MB body (%s)", chunked ? "chunked" : "declared")
                    .isLessThan(BOUNDED);
        }
        assertThat(annotations.layer(annotator, documentId).revision()).as("nothing was applied").isZero();
    }

    @Test
    void aRestoreLargerThanTheImportLimitIsRefused() throws Exception {
        Map<Long, Long> before = serverAllocations();
        HttpResponse<String> response = post("/api/v1/projects/restore?name=huge", team.lead(),
                () -> repeated("{\"format\":\"tawsim-project-backup\",\"documents\":[", "{\"text\":\"نص\"},", FIFTY_MB), false);
        long allocated = allocatedSince(before);
        assertTooLarge(response, "request.too.large", "restore");
        assertThat(response.body()).contains("10 MB");
        assertThat(allocated).isLessThan(BOUNDED);
    }

    @Test
    void oneOperationCarriesAtMostTenThousandMoves() throws Exception {
        String moves = IntStream.range(0, 10_001).mapToObj(i -> "{\"spanId\":" + i + ",\"chainId\":null}")
                .collect(Collectors.joining(",", "{\"baseRevision\":0,\"operation\":{\"type\":\"move_mentions\",\"moves\":[", "]}}"));
        HttpResponse<String> response = post(operationsPath(), annotator, () -> stream(moves), false);
        assertTooLarge(response, "request.list.too-long", "10001 moves");
        assertThat(json.readTree(response.body()).path("message").asText()).contains("operation.moves");
    }

    @Test
    void aBodyJustUnderTheLimitIsStillAccepted() throws Exception {
        String operation = "{\"baseRevision\":0,\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}";
        String padded = operation + " ".repeat(1024 * 1024 - operation.length());
        Scenario other = scenarios.project("Body limits, accepted").annotators("annotator").document("ok.txt", "نص مقبول").assign("annotator");
        long otherDocument = other.documentId();
        HttpResponse<String> response = post("/api/v1/documents/" + otherDocument + "/operations", other.user("annotator"),
                () -> stream(padded), false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String operationsPath() {
        return "/api/v1/documents/" + documentId + "/operations";
    }

    private void assertTooLarge(HttpResponse<String> response, String key, String what) throws Exception {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo(key);
        assertThat(body.path("message").asText()).isNotBlank();
    }

    private HttpResponse<String> post(String path, UserAccount who, Supplier<InputStream> body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(body);
        if (!chunked) {
            long length;
            try (InputStream in = body.get()) {
                length = in.transferTo(OutputStream.nullOutputStream());
            }
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher, length);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ApiClient.basic(who.login(), Teams.PASSWORD))
                .header("Content-Type", "application/json").POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Supplier<InputStream> moves(long size) {
        return () -> repeated("{\"baseRevision\":0,\"operation\":{\"type\":\"move_mentions\",\"moves\":[",
                "{\"spanId\":1,\"chainId\":2},", size);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code head} then {@code unit} again and again, {@code size} bytes in all, made as it is read. */
    private static InputStream repeated(String head, String unit, long size) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] repeat = unit.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++, position++) {
                    buffer[offset + i] = position < start.length ? start[(int) position]
                            : repeat[(int) ((position - start.length) % repeat.length)];
                }
                return n;
            }
        };
    }

    /** Bytes allocated so far by each of the embedded Tomcat's threads (request workers, poller, acceptor). */
    private static Map<Long, Long> serverAllocations() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("http-nio-"))
                .mapToLong(Thread::getId).toArray();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> allocations = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            allocations.put(ids[i], Math.max(0, bytes[i]));
        }
        return allocations;
    }

    /** What the server's threads allocated since {@code before}; a thread started since counts in full. */
    private static long allocatedSince(Map<Long, Long> before) {
        return serverAllocations().entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }
}
