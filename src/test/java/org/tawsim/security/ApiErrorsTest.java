package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.UserAccount;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.SessionLogin;
import org.tawsim.support.Teams;

/**
 * Every failure of the HTTP API is JSON ({@code error}, translated {@code message}) with its real status, never a
 * redirect or a page, whichever way the caller authenticates: an API token, HTTP Basic, or a browser's session
 * with its CSRF token. (503 while the database is down is answered before authentication; CrashRecoveryTest
 * covers it.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsTest extends DatabaseTest {

    enum Auth { TOKEN, BASIC, SESSION }

    /** A request that must fail: its status, its key (by authentication for 401), and how to send it. */
    enum Failure {
        BAD_PARAMETER(400, "request.parameter.invalid", "GET", "/api/v1/documents/not-a-number/layer", null),
        BAD_BODY(400, "request.field.invalid", "POST", "/api/v1/documents/{doc}/operations", "{\"operation\":{}}"),
        WRONG_CREDENTIALS(401, null, "GET", "/api/v1/documents/{doc}/layer", null),
        NOT_ALLOWED(403, "access.denied", "GET", "/api/v1/projects/{project}/agreement", null),
        UNKNOWN_PATH(404, "not.found", "GET", "/api/v1/nope", null),
        WRONG_METHOD(405, "method.not.allowed", "DELETE", "/api/v1/documents/{doc}/layer", null),
        STALE_REVISION(409, "revision.conflict", "POST", "/api/v1/documents/{doc}/operations", operation(999_999)),
        BODY_TOO_LARGE(413, "request.too.large", "POST", "/api/v1/documents/{doc}/operations", "large"),
        CHUNKED_BODY_TOO_LARGE(413, "request.too.large", "POST", "/api/v1/documents/{doc}/operations", "large chunked"),
        NOT_JSON(415, "media.type.unsupported", "POST", "/api/v1/documents/{doc}/operations", "text");

        final int status;
        final String key;
        final String method;
        final String path;
        final String body;

        Failure(int status, String key, String method, String path, String body) {
            this.status = status;
            this.key = key;
            this.method = method;
            this.path = path;
            this.body = body;
        }
    }

    private static final Map<Auth, String> UNAUTHENTICATED = Map.of(Auth.TOKEN, "token.invalid", Auth.BASIC, "login.failed",
            Auth.SESSION, "authentication.required");

    @Autowired
    Scenarios scenarios;
    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private long projectId;
    private long documentId;
    private UserAccount annotator;
    private String token;
    private SessionLogin session;

    @BeforeAll
    void annotatorWithADocument() throws Exception {
        Scenario s = scenarios.project("API errors").annotators("annotator").document("errors.txt", "نص للتجربة في درعا").assign("annotator");
        projectId = s.projectId();
        documentId = s.documentId();
        annotator = s.user("annotator");
        token = tokens.create(annotator, "error checks").secret();
        session = SessionLogin.logIn(port, annotator.login(), Teams.PASSWORD);
    }

    static Stream<Arguments> failures() {
        return Arrays.stream(Failure.values()).flatMap(f -> Arrays.stream(Auth.values()).map(a -> arguments(f, a)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("failures")
    void everyFailureIsJsonWithItsStatus(Failure failure, Auth auth) throws Exception {
        HttpResponse<String> response = send(failure, auth);
        assertJsonError(response, failure.status, failure.status == 401 ? UNAUTHENTICATED.get(auth) : failure.key);
    }

    @Test
    void callsWithoutCredentialsGet401Json() throws Exception {
        for (String path : List.of("/api/v1/nope", "/api/v1/documents/" + documentId + "/layer")) {
            assertJsonError(http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString()),
                    401, "authentication.required");
        }
    }

    @Test
    void aSessionWithoutItsCsrfTokenGets403Json() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/documents/" + documentId + "/operations")))
                .header("Cookie", session.cookie()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(operation(0))).build(), HttpResponse.BodyHandlers.ofString());
        assertJsonError(response, 403, "csrf.invalid");
    }

    @Test
    void messagesFollowTheCallersLanguage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/nope")))
                .header("Authorization", ApiClient.bearer(token)).header("Accept-Language", "ar").build(),
                HttpResponse.BodyHandlers.ofString());
        assertJsonError(response, 404, "not.found");
        assertThat(json.readTree(response.body()).path("message").asText()).contains("الواجهة البرمجية");
    }

    private HttpResponse<String> send(Failure failure, Auth auth) throws Exception {
        String path = failure.path.replace("{doc}", Long.toString(documentId)).replace("{project}", Long.toString(projectId));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(failure.method, body(failure.body));
        if (failure.body != null) {
            request.header("Content-Type", failure.body.equals("text") ? "text/plain" : "application/json");
        }
        boolean spoiled = failure.status == 401;
        switch (auth) {
            case TOKEN -> request.header("Authorization", ApiClient.bearer(spoiled ? "tawsim_unknown-token" : token));
            case BASIC -> request.header("Authorization", spoiled ? ApiClient.basic("nobody-" + System.nanoTime(), "wrong")
                    : ApiClient.basic(annotator.login(), Teams.PASSWORD));
            case SESSION -> {
                SessionLogin used = spoiled ? SessionLogin.anonymous(port) : session;
                request.header("Cookie", used.cookie()).header("X-CSRF-TOKEN", used.csrfToken());
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher body(String body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        // an operation whose label alone is the default limit of 1 MB: with its length declared, or chunked (no length)
        byte[] large = operation(0).replace("EVENT", "E".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        return switch (body) {
            case "large" -> HttpRequest.BodyPublishers.ofByteArray(large);
            case "large chunked" -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large));
            case "text" -> HttpRequest.BodyPublishers.ofString("create a span please");
            default -> HttpRequest.BodyPublishers.ofString(body);
        };
    }

    static String operation(long baseRevision) {
        return "{\"baseRevision\":" + baseRevision + ",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}";
    }

    private void assertJsonError(HttpResponse<String> response, int status, String key) throws Exception {
        String seen = response.statusCode() + " " + response.headers().map() + " " + response.body();
        assertThat(response.statusCode()).as(seen).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).as(seen).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(seen).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asText()).as(seen).isEqualTo(key);
        assertThat(body.path("message").asText()).as(seen).isNotBlank().isNotEqualTo(key);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
