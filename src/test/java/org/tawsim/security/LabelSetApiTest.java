package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.layer.Span;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** {@code GET|PUT /api/v1/projects/{id}/labels}: the whole label set, renames and relabels in one call, JSON errors. */
class LabelSetApiTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ProjectService projects;
    @Autowired
    AnnotationService annotations;

    @Test
    void aLeadReplacesTheSetRenamingAndRelabellingInOneCall() {
        Scenario s = scenarios.project("Label API").annotators("ann").document("jasim.txt", "اشتباكات في مدينة جاسم بدرعا").assign("ann")
                .span("ann", "جاسم", "LOCATION").span("ann", "اشتباكات", "EVENT");
        Teams.Team team = s.team();
        long projectId = s.projectId();
        long documentId = s.documentId();
        var ann = s.user("ann");
        long jasim = s.spanId("ann", "جاسم");
        long event = s.lastSpan();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + projectId + "/labels";

        // EVENT is left out while a span uses it: refused, as JSON, and nothing changes
        String withoutEvent = """
                {"labels":[
                  {"name":"PERSON","colour":"#f4a261","hotkey":"1"},
                  {"name":"PLACE","previousName":"LOCATION","colour":"#8ab17d","hotkey":"2","displayAr":"مكان"},
                  {"name":"ORG","colour":"#2a9d8f","hotkey":"3"},
                  {"name":"CLASH","colour":"#264653","hotkey":"4","guideline":"Armed clashes."}]%s}""";
        HttpResponse<String> refused = api.send("PUT", path, lead, withoutEvent.formatted(""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(refused.body()).contains("\"error\":\"label.error.in-use\"").contains("EVENT is used by 1 span");
        assertThat(projects.labels(team.lead(), projectId)).isEqualTo(Label.DEFAULTS);

        HttpResponse<String> replaced = api.send("PUT", path, lead, withoutEvent.formatted(",\"relabel\":{\"EVENT\":\"CLASH\"}"));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(projects.labels(team.lead(), projectId)).containsExactly(
                new Label("PERSON", "#f4a261", "1", 0), new Label("PLACE", "#8ab17d", "2", 1, null, "مكان", ""),
                new Label("ORG", "#2a9d8f", "3", 2), new Label("CLASH", "#264653", "4", 3, null, null, "Armed clashes."));
        assertThat(annotations.layer(ann, documentId).spans())
                .containsExactly(new Span(event, 0, 8, "CLASH"), new Span(jasim, 18, 22, "PLACE"));
        assertThat(api.send("GET", path, lead, null).body()).contains("\"name\":\"PLACE\"", "\"displayAr\":\"مكان\"");

        // a reserved key, in Arabic
        HttpResponse<String> reserved = api.send("PUT", path, lead,
                "{\"labels\":[{\"name\":\"PERSON\",\"colour\":\"#f4a261\",\"hotkey\":\"t\"}]}", "ar");
        assertThat(reserved.statusCode()).isEqualTo(400);
        assertThat(reserved.body()).contains("label.error.hotkey-reserved").contains("يستعمله المحرر");

        // an annotator reads the set but may not change it
        String annotator = ApiClient.basic(ann.login(), Teams.PASSWORD);
        assertThat(api.send("GET", path, annotator, null).statusCode()).isEqualTo(200);
        HttpResponse<String> denied = api.send("PUT", path, annotator, withoutEvent.formatted(""));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }
}
