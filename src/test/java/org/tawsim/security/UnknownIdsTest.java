package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * Asking for another project's project, document, decision or export answers exactly like asking for one that
 * does not exist (same status, same body), on every endpoint of {@link AccessTable} that takes such an id, for a
 * lead and an annotator of a third project: the answers tell nobody which ids exist.
 */
class UnknownIdsTest extends DatabaseTest {

    private static final String MISSING = "987654321";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    CurationService curation;
    @Autowired
    ExportService exports;

    @Test
    void anotherProjectsIdsAnswerLikeIdsThatDoNotExist() {
        Scenario s = scenarios.project("Ids elsewhere").annotators("first", "second")
                .document("ids.txt", "زار الوزير درعا").assign("first", "second")
                .span("first", "الوزير", "PERSON").done("first").span("second", "الوزير", "ORG").done("second");
        Teams.Team elsewhere = s.team();
        long project = s.projectId();
        long document = s.documentId();
        long decision = curation.start(elsewhere.lead(), document, Rule.MAJORITY).decisions().get(0).id();
        ExportManifest export = exports.export(elsewhere.lead(), project, new ExportRequest(null, null, null, null, null));
        Map<String, String> foreign = Map.of("{projectId}", Long.toString(project), "{documentId}", Long.toString(document),
                "{decisionId}", Long.toString(decision), "{exportId}", export.exportId(), "{name}", export.files().get(0).name(),
                "{login}", elsewhere.annotator(0).login(), "{jobId}", "job-" + MISSING, "{suggestionId}", "string:11:15:LOCATION");
        Map<String, String> missing = Map.of("{projectId}", MISSING, "{documentId}", MISSING, "{decisionId}", MISSING,
                "{exportId}", "20990101-000000-" + MISSING, "{name}", export.files().get(0).name(), "{login}", elsewhere.annotator(0).login(),
                "{jobId}", "job-" + MISSING, "{suggestionId}", "string:11:15:LOCATION");

        Teams.Team caller = teams.create("Ids here", "annotator");
        ApiClient api = new ApiClient(port);
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (UserAccount who : List.of(caller.lead(), caller.annotator(0))) {
            String authorization = ApiClient.basic(who.login(), Teams.PASSWORD);
            for (String row : AccessTable.rows().keySet()) {
                String[] parts = row.split(" ", 2);
                if (!parts[1].startsWith("/api/") || !parts[1].contains("Id}")) {
                    continue;
                }
                HttpResponse<String> toForeign = api.send(parts[0], path(parts[1], foreign), authorization, body(parts[1]));
                HttpResponse<String> toMissing = api.send(parts[0], path(parts[1], missing), authorization, body(parts[1]));
                compared++;
                if (toForeign.statusCode() != toMissing.statusCode() || !toForeign.body().equals(toMissing.body())
                        || toForeign.statusCode() < 400) {
                    differing.add(row + " as " + who.login() + ": another project's " + toForeign.statusCode() + " " + toForeign.body()
                            + " / missing " + toMissing.statusCode() + " " + toMissing.body());
                }
            }
        }
        assertThat(compared).as("endpoints with ids").isGreaterThan(30);
        assertThat(differing).isEmpty();
    }

    private static String path(String pattern, Map<String, String> ids) {
        String path = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path.endsWith("/disagreements") ? path + "?first=a&second=b" : path;
    }

    private static String body(String pattern) {
        if (pattern.endsWith("/operations")) {
            return "{\"baseRevision\":0,\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}";
        }
        if (pattern.endsWith("/start")) {
            return "{\"rule\":\"MAJORITY\"}";
        }
        if (pattern.contains("/decisions/")) {
            return "{\"outcome\":\"REJECTED\"}";
        }
        if (pattern.endsWith("/status")) {
            return "{\"curated\":false}";
        }
        if (pattern.endsWith("/recommenders/opennlp")) {
            return "{\"trainOnAgreement\":false}";
        }
        if (pattern.endsWith("/recommenders/external")) {
            return "{\"url\":\"http://127.0.0.1:9/suggest\"}";
        }
        if (pattern.endsWith("/recommenders")) {
            return "{\"stringMatcher\":{\"enabled\":false}}";
        }
        return pattern.endsWith("/exports") ? "{}" : null;
    }
}
