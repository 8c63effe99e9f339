package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** The HTTP side of sharing: reading a co-annotator's layer follows the project setting; writing it never works. */
class CoAnnotatorLayerApiTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ProjectService projects;

    Teams.Team team;
    UserAccount unassigned;
    long documentId;
    ApiClient api;

    @BeforeEach
    void twoAnnotatorsOnOneDocument() {
        Scenario s = scenarios.project("Sharing API").annotators("ann", "other")
                .document("d.txt", "زار الوزير درعا").assign("ann", "other")
                .annotators("unassigned") // a member who joined after the assignment
                .span("other", "درعا", "LOCATION");
        team = s.team();
        documentId = s.documentId();
        unassigned = s.user("unassigned");
        api = new ApiClient(port);
    }

    @Test
    void readingFollowsTheSettingAndWritingIsRefused() {
        String otherLayer = "/api/v1/documents/" + documentId + "/annotators/" + team.annotator(1).login() + "/layer";
        assertThat(get(otherLayer, team.annotator(0))).isEqualTo(403);
        assertThat(get("/api/v1/documents/" + documentId + "/annotators", team.annotator(0))).isEqualTo(403);

        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);
        var read = api.send("GET", otherLayer, auth(team.annotator(0)), null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"start\":11", "\"label\":\"LOCATION\"");
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/annotators", auth(team.annotator(0)), null).body())
                .contains(team.annotator(1).login()).doesNotContain(team.lead().login());
        assertThat(get(otherLayer, unassigned)).isEqualTo(403);
        assertThat(get("/api/v1/documents/" + documentId + "/annotators/" + team.lead().login() + "/layer", team.annotator(0)))
                .isEqualTo(403);
        assertThat(get("/api/v1/curation/documents/" + documentId + "/layer", team.annotator(0))).isEqualTo(403);

        // no write goes through the read-only address
        String operation = "{\"baseRevision\":1,\"opId\":\"" + UUID.randomUUID()
                + "\",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":3,\"label\":\"EVENT\"}}";
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(api.send(method, otherLayer, auth(team.annotator(0)), operation).statusCode()).isIn(403, 404, 405);
        }
        assertThat(annotations.layer(team.annotator(1), documentId).spans()).hasSize(1);
    }

    private int get(String path, UserAccount who) {
        return api.send("GET", path, auth(who), null).statusCode();
    }

    private static String auth(UserAccount who) {
        return ApiClient.basic(who.login(), Teams.PASSWORD);
    }
}
