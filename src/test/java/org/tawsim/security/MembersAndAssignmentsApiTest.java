package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.SystemRole;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * {@code /api/v1/projects/{id}/members} and {@code …/assignments}: a script adds a member, assigns (pairs and
 * balanced), reads the matrix, unassigns (refused with the count while there are spans) and removes a member, with
 * clear JSON errors.
 */
class MembersAndAssignmentsApiTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ObjectMapper json;

    @Test
    void aScriptManagesMembersAndAssignments() throws Exception {
        Scenario s = scenarios.project("Assign API").annotators("salma", "omar")
                .outsider("newcomer", SystemRole.ANNOTATOR).outsider("stranger", SystemRole.ANNOTATOR)
                .document("first", text("first")).document("second", text("second"));
        Teams.Team team = s.team();
        long projectId = s.projectId();
        long first = s.documentId("first");
        var newcomer = s.user("newcomer");
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String base = "/api/v1/projects/" + projectId;

        HttpResponse<String> added = api.send("PUT", base + "/members/" + newcomer.login(), lead, "{\"role\":\"ANNOTATOR\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(json.readTree(added.body()).path("role").asText()).isEqualTo("annotator");
        JsonNode members = json.readTree(api.send("GET", base + "/members", lead, null).body());
        assertThat(members.findValuesAsText("login")).contains(team.lead().login(), team.annotator(0).login(), newcomer.login());

        HttpResponse<String> pairs = api.send("POST", base + "/assignments", lead,
                "{\"documents\":[" + first + "],\"annotators\":[\"" + team.annotator(0).login() + "\",\"" + newcomer.login() + "\"]}");
        assertThat(pairs.statusCode()).as(pairs.body()).isEqualTo(200);
        assertThat(json.readTree(pairs.body()).path("created").asInt()).isEqualTo(2);
        HttpResponse<String> balanced = api.send("POST", base + "/assignments", lead, "{\"perDocument\":2}");
        assertThat(json.readTree(balanced.body()).path("created").asInt()).as(balanced.body()).isEqualTo(2);
        assertThat(json.readTree(balanced.body()).path("assignments").get(0).path("status").asText()).isEqualTo("new");

        s.on("first").span("salma", 0, 4, "LOCATION");
        JsonNode matrix = json.readTree(api.send("GET", base + "/assignments", lead, null).body());
        assertThat(matrix.path("annotators").size()).isEqualTo(3);
        JsonNode firstRow = matrix.path("documents").get(0);
        assertThat(firstRow.path("id").asLong()).isEqualTo(first);
        assertThat(firstRow.path("cells").path(team.annotator(0).login()).path("status").asText()).isEqualTo("in_progress");
        assertThat(firstRow.path("cells").path(team.annotator(0).login()).path("spans").asInt()).isEqualTo(1);
        assertThat(matrix.path("documents").get(1).path("cells").size()).isEqualTo(2);

        HttpResponse<String> refused = api.send("DELETE", base + "/assignments/" + first + "/" + team.annotator(0).login(), lead, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"error\":\"assign.error.has-work\"", "\"spans\":1", "has 1 span in this document");
        assertThat(api.send("DELETE", base + "/assignments/" + first + "/" + newcomer.login(), lead, null).statusCode()).isEqualTo(204);
        assertThat(assignments.status(newcomer, first)).isEmpty();

        // clear JSON errors; another project's document is answered like a forbidden one
        assertError(api.send("PUT", base + "/members/no-such-login", lead, "{\"role\":\"annotator\"}"), 400, "project.error.no-such-user");
        assertError(api.send("PUT", base + "/members/" + newcomer.login(), lead, "{\"role\":\"boss\"}"), 400, "project.member.error.role");
        assertError(api.send("DELETE", base + "/members/" + s.user("stranger").login(), lead, null), 400, "project.member.error.not-member");
        assertError(api.send("POST", base + "/assignments", lead, "{\"documents\":[" + first + "],\"annotators\":[\"no-such-login\"]}"),
                400, "assign.error.not-annotator");
        long foreign = scenarios.project("Assign API other").annotators("x").document("foreign", text("foreign")).documentId();
        assertError(api.send("POST", base + "/assignments", lead, "{\"documents\":[" + foreign + "],\"annotators\":[\""
                + newcomer.login() + "\"]}"), 403, "access.denied");
        assertError(api.send("DELETE", base + "/assignments/" + foreign + "/" + newcomer.login(), lead, null), 403, "access.denied");
        assertError(api.send("DELETE", base + "/assignments/999999999/" + newcomer.login(), lead, null), 403, "access.denied");
        assertError(api.send("GET", "/api/v1/projects/999999999/assignments", lead, null), 403, "access.denied");
        String annotator = ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD);
        assertError(api.send("PUT", base + "/members/" + newcomer.login(), annotator, "{\"role\":\"boss\"}"), 403, "access.denied");

        // removing keeps the work: the removed member's column stays in the matrix, they are refused the project
        assertThat(api.send("DELETE", base + "/members/" + team.annotator(0).login(), lead, null).statusCode()).isEqualTo(204);
        matrix = json.readTree(api.send("GET", base + "/assignments", lead, null).body());
        assertThat(matrix.path("removed").get(0).asText()).isEqualTo(team.annotator(0).login());
        assertThat(matrix.path("documents").get(0).path("cells").path(team.annotator(0).login()).path("spans").asInt()).isEqualTo(1);
        assertError(api.send("GET", "/api/v1/documents/" + first + "/layer", annotator, null), 403, "access.denied");
        assertError(api.send("GET", base + "/members", annotator, null), 403, "access.denied");
    }

    private static void assertError(HttpResponse<String> response, int status, String key) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).contains("\"error\":\"" + key + "\"");
    }

    private static String text(String name) {
        return "اشتباكات في مدينة جاسم " + name;
    }
}
