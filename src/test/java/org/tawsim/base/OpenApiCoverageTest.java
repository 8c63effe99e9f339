package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tawsim.support.RunningApp;
import org.tawsim.support.SessionLogin;

/**
 * Every Spring MVC endpoint under /api/ is described in /v3/api-docs with a summary, a schema and an example for its
 * request body (when it takes one) and for its success answer (a 204 has no body). Each example's fields exist in
 * its schema, so the examples stay true to the records. The failure lists every endpoint and what it lacks.
 */
class OpenApiCoverageTest extends RunningApp {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    ObjectMapper json;

    private JsonNode apiDocs;

    @Test
    void everyApiEndpointIsDescribedWithSchemasAndExamples() throws Exception {
        apiDocs = json.readTree(apiDocs());
        Map<String, HandlerMethod> endpoints = apiEndpoints();
        assertThat(endpoints).as("Spring MVC endpoints under /api/").hasSizeGreaterThan(10);
        List<String> lacking = new ArrayList<>();
        endpoints.forEach((endpoint, handler) -> lacking.addAll(problems(endpoint, handler)));
        assertThat(lacking).as("/api/ endpoints and what their OpenAPI description lacks "
                + "(add @Operation(summary), @ApiResponse with @Content(schema, @ExampleObject), and a request body example)")
                .isEmpty();
    }

    /** "METHOD /path" of every /api/ mapping, sorted, with its handler. */
    private Map<String, HandlerMethod> apiEndpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.put("ANY " + pattern, entry.getValue());
                }
                methods.forEach(m -> endpoints.put(m.name() + " " + pattern, entry.getValue()));
            }
        }
        return endpoints;
    }

    private List<String> problems(String endpoint, HandlerMethod handler) {
        String[] parts = endpoint.split(" ", 2);
        JsonNode operation = apiDocs.path("paths").path(parts[1]).path(parts[0].toLowerCase());
        if (operation.isMissingNode()) {
            return List.of(endpoint + ": missing from /v3/api-docs");
        }
        List<String> problems = new ArrayList<>();
        if (operation.path("summary").asText("").isBlank()) {
            problems.add(endpoint + ": no summary");
        }
        boolean takesBody = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        if (takesBody || operation.has("requestBody")) {
            problems.addAll(contentProblems(endpoint + ": request body", operation.path("requestBody").path("content")));
        }
        List<String> successCodes = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                successCodes.add(code);
            }
        });
        if (successCodes.isEmpty()) {
            problems.add(endpoint + ": no success response");
        }
        for (String code : successCodes) {
            JsonNode content = operation.path("responses").path(code).path("content");
            if (code.equals("204") && content.isMissingNode()) {
                continue;
            }
            problems.addAll(contentProblems(endpoint + ": response " + code, content));
        }
        return problems;
    }

    /**
     * Each media type needs a schema and an example; an example may only use fields its schema has, and a JSON body
     * of an object or array is exampled in JSON (a multipart or file body may be shown as text).
     */
    private List<String> contentProblems(String what, JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(what + " has no content (schema and example)");
        }
        List<String> problems = new ArrayList<>();
        content.fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                problems.add(what + " (" + media.getKey() + ") has no schema");
            }
            List<JsonNode> examples = new ArrayList<>();
            if (media.getValue().has("example")) {
                examples.add(media.getValue().get("example"));
            }
            media.getValue().path("examples").forEach(e -> examples.add(e.path("value")));
            if (examples.isEmpty()) {
                problems.add(what + " (" + media.getKey() + ") has no example");
            }
            if (!schema.isMissingNode()) {
                for (JsonNode example : examples) {
                    JsonNode value = parsed(example);
                    boolean json = media.getKey().contains("json") || media.getKey().equals("*/*");
                    if (json && value.isTextual() && isStructured(resolve(schema))) {
                        problems.add(what + " (" + media.getKey() + ") example is not JSON");
                    }
                    fieldsOutsideSchema(value, schema, "").forEach(field ->
                            problems.add(what + " (" + media.getKey() + ") example has a field its schema lacks: " + field));
                }
            }
        });
        return problems;
    }

    private JsonNode parsed(JsonNode example) {
        if (!example.isTextual()) {
            return example;
        }
        try {
            return json.readTree(example.asText());
        } catch (Exception e) {
            return example;
        }
    }

    private List<String> fieldsOutsideSchema(JsonNode example, JsonNode schema, String path) {
        JsonNode resolved = resolve(schema);
        List<String> unknown = new ArrayList<>();
        if (example.isArray() && resolved.has("items")) {
            example.forEach(item -> unknown.addAll(fieldsOutsideSchema(item, resolved.get("items"), path + "[]")));
        } else if (example.isObject() && resolved.has("properties")) {
            example.fields().forEachRemaining(field -> {
                JsonNode property = resolved.get("properties").get(field.getKey());
                if (property == null) {
                    unknown.add(path + field.getKey());
                } else {
                    unknown.addAll(fieldsOutsideSchema(field.getValue(), property, path + field.getKey() + "."));
                }
            });
        }
        return unknown;
    }

    private static boolean isStructured(JsonNode schema) {
        String type = schema.path("type").asText("");
        return type.equals("object") || type.equals("array") || schema.has("properties");
    }

    /** A {@code $ref} to components/schemas followed; the first branch of oneOf/allOf is not guessed at. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = apiDocs.path("components").path("schemas").path(name);
        }
        return current;
    }

    private String apiDocs() throws Exception {
        // outside /api/ only a logged-in session counts
        SessionLogin admin = logInAsAdmin();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).header("Cookie", admin.cookie()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /**
     * The login page has no CSRF token while the development frontend bundle is still being built (after a change
     * under src/main/frontend): wait for it rather than fail on the machine's speed.
     */
    private SessionLogin logInAsAdmin() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                return SessionLogin.logIn(port, "admin", "admin-test-password");
            } catch (IllegalStateException notReady) {
                // only the missing token is waited for: failed logins would count towards the login throttle
                if (!String.valueOf(notReady.getMessage()).contains("CSRF") || System.nanoTime() > deadline) {
                    throw notReady;
                }
                Thread.sleep(2000);
            }
        }
    }
}
