package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.SessionLogin;
import org.tawsim.support.Teams;

/** {@code POST|GET /api/v1/projects}, {@code GET|PATCH /api/v1/projects/{id}}: the rules of the Projects page. */
class ProjectApiTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLeadCreatesListsReadsAndChangesAProject() throws Exception {
        Teams.Team team = teams.create("Project API", "ann");
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String name = "Daraa news " + System.nanoTime();

        HttpResponse<String> created = api.send("POST", "/api/v1/projects", lead,
                json.writeValueAsString(Map.of("name", "  " + name + " ", "description", "Syria TV")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode project = json.readTree(created.body());
        long id = project.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/projects/" + id);
        assertThat(project.get("name").asText()).isEqualTo(name);
        assertThat(project.get("role").asText()).isEqualTo("lead");
        assertThat(project.get("documents").asInt()).isZero();
        assertThat(project.get("sharing").asBoolean()).isFalse();
        assertThat(projects.role(team.lead(), id)).hasValueSatisfying(r -> assertThat(r.dbValue()).isEqualTo("lead"));

        documents.importTextFile(team.lead(), id, "a.txt", "نص".getBytes(StandardCharsets.UTF_8), null);
        JsonNode list = json.readTree(api.send("GET", "/api/v1/projects", lead, null).body());
        assertThat(list.findValuesAsText("name")).contains(name, team.project().name());
        JsonNode one = json.readTree(api.send("GET", "/api/v1/projects/" + id, lead, null).body());
        assertThat(one.get("documents").asInt()).isEqualTo(1);

        HttpResponse<String> patched = api.send("PATCH", "/api/v1/projects/" + id, lead,
                "{\"description\":\"Syria TV, 2022\",\"sharing\":true}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json.readTree(patched.body()).get("description").asText()).isEqualTo("Syria TV, 2022");
        assertThat(json.readTree(patched.body()).get("name").asText()).isEqualTo(name);
        assertThat(projects.annotatorsSeeEachOther(team.lead(), id)).isTrue();

        // another project's name is taken, in any case; nothing changes
        HttpResponse<String> taken = api.send("PATCH", "/api/v1/projects/" + id, lead,
                "{\"name\":\"" + team.project().name().toUpperCase() + "\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("\"error\":\"project.error.taken\"");
        assertThat(projects.get(team.lead(), id).name()).isEqualTo(name);
    }

    @Test
    void onlyAdminsAndLeadsCreateAndNamesFollowThePageRules() throws Exception {
        Teams.Team team = teams.create("Project API rules", "ann");
        ApiClient api = new ApiClient(port);
        String annotator = ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD);
        HttpResponse<String> refused = api.send("POST", "/api/v1/projects", annotator, "{\"name\":\"Mine\",\"description\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"access.denied\"");
        assertThat(projects.findByName("Mine")).isEmpty();

        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        HttpResponse<String> blank = api.send("POST", "/api/v1/projects", lead, "{\"name\":\"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"error\":\"project.error.name\"");
        HttpResponse<String> duplicate = api.send("POST", "/api/v1/projects", lead,
                "{\"name\":\"" + team.project().name() + "\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("\"error\":\"project.error.taken\"");

        // an annotator reads the project but may not change it; their role says what they are
        long id = team.project().id();
        JsonNode seen = json.readTree(api.send("GET", "/api/v1/projects/" + id, annotator, null).body());
        assertThat(seen.get("role").asText()).isEqualTo("annotator");
        assertThat(api.send("PATCH", "/api/v1/projects/" + id, annotator, "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
        // a project one is not in and one that does not exist answer alike
        String outsider = ApiClient.basic(teams.outsider().login(), Teams.PASSWORD);
        HttpResponse<String> foreign = api.send("GET", "/api/v1/projects/" + id, outsider, null);
        HttpResponse<String> missing = api.send("GET", "/api/v1/projects/987654321", outsider, null);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).isEqualTo(missing.body());
        assertThat(json.readTree(api.send("GET", "/api/v1/projects", outsider, null).body())).isEmpty();
    }

    @Test
    void theOpenApiDescriptionShowsEachCallWithExamples() throws Exception {
        Teams.Team team = teams.create("Project API docs");
        SessionLogin session = logInWhenTheLoginPageIsReady(team);
        HttpResponse<String> docs = new ApiClient(port).sendWithCookie("GET", "/v3/api-docs", session.cookie());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        List<String> calls = List.of("post /api/v1/projects", "get /api/v1/projects", "get /api/v1/projects/{projectId}",
                "patch /api/v1/projects/{projectId}", "post /api/v1/projects/{projectId}/documents",
                "get /api/v1/projects/{projectId}/documents", "get /api/v1/documents/{documentId}",
                "post /api/v1/projects/{projectId}/imports");
        for (String call : calls) {
            String[] parts = call.split(" ");
            JsonNode operation = paths.path(parts[1]).path(parts[0]);
            assertThat(operation.path("summary").asText()).as(call).isNotBlank();
            JsonNode success = operation.path("responses").path(parts[0].equals("post") ? "201" : "200");
            assertThat(examples(success)).as(call + " response example").isNotEmpty();
            if (!parts[0].equals("get")) {
                assertThat(examples(operation.path("requestBody"))).as(call + " request example").isNotEmpty();
            }
        }
        JsonNode upload = paths.path("/api/v1/projects/{projectId}/documents").path("post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema");
        assertThat(upload.toString()).as("the upload's parts").contains("\"files\"");
        JsonNode importFile = paths.path("/api/v1/projects/{projectId}/imports").path("post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema");
        assertThat(importFile.toString()).as("the import's part").contains("\"file\"");
    }

    /** An example is "example" (unnamed) or "examples" (named) under the media type. */
    private static List<JsonNode> examples(JsonNode part) {
        List<JsonNode> found = new java.util.ArrayList<>(part.findValues("example"));
        found.addAll(part.findValues("examples"));
        return found;
    }

    /** The login page carries its CSRF token once the development-mode frontend is built (first test of a JVM). */
    private SessionLogin logInWhenTheLoginPageIsReady(Teams.Team team) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return SessionLogin.logIn(port, team.lead().login(), Teams.PASSWORD);
            } catch (IllegalStateException notYet) {
                if (attempt == 90) {
                    throw notYet;
                }
                Thread.sleep(2000);
            }
        }
    }
}
