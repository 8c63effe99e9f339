package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.format.CorpusFormats;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;

/**
 * Annotator exports hold the documents each annotator finished unless asked otherwise; every JSONL record says its
 * assignment status and the manifest counts what was left out.
 */
class ExportFinishedOnlyTest extends DatabaseTest {

    static final String NEVER_OPENED = "لم يفتح أحد هذا المستند.";

    @Autowired
    Scenarios scenarios;
    @Autowired
    ExportService exports;
    @Autowired
    ObjectMapper json;

    ExportFixture fx;

    /** The fixture's three finished documents, one of them reopened by the first annotator, and one never opened. */
    @BeforeEach
    void oneReopenedAndOneNeverOpened() {
        fx = new ExportFixture(scenarios);
        fx.scenario.on("delegation.txt").reopen("ann1")
                .document("never.txt", NEVER_OPENED).assign("ann1", "ann2");
    }

    @Test
    void byDefaultEachAnnotatorsFileHoldsTheDocumentsTheyMarkedDone() throws IOException {
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ALL_ANNOTATORS, null, null, null));

        assertThat(manifest.finishedOnly()).isTrue();
        assertThat(manifest.unfinishedLeftOut()).containsEntry(fx.first.login(), 2).containsEntry(fx.second.login(), 1);
        assertThat(manifest.documentCount()).isEqualTo(3);
        Map<String, String> first = statusByText(manifest, fx.first);
        assertThat(first).containsOnlyKeys(ExportFixture.TEXT, ExportFixture.THIRD).containsValues("done");
        assertThat(statusByText(manifest, fx.second)).containsOnlyKeys(ExportFixture.TEXT, ExportFixture.SECOND, ExportFixture.THIRD);
        assertThat(manifest.files()).filteredOn(f -> f.source().equals(fx.first.login())).singleElement()
                .satisfies(f -> assertThat(f.documents()).isEqualTo(2));
    }

    @Test
    void turnedOffEveryDocumentIsWrittenWithItsAssignmentStatus() throws IOException {
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ANNOTATOR, fx.first.login(), null, false));

        assertThat(manifest.finishedOnly()).isFalse();
        assertThat(manifest.unfinishedLeftOut()).containsExactly(Map.entry(fx.first.login(), 0));
        assertThat(manifest.documentCount()).isEqualTo(4);
        assertThat(statusByText(manifest, fx.first)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ExportFixture.TEXT, "done", ExportFixture.SECOND, "in_progress", ExportFixture.THIRD, "done",
                NEVER_OPENED, "new"));
    }

    @Test
    void conllLeavesOutUnfinishedDocumentsToo() throws IOException {
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.CONLL_NER, null, ExportSources.ANNOTATOR, fx.first.login(), null, null));
        String conll = Files.readString(exports.file(fx.lead, fx.project.id(), manifest.exportId(), fx.first.login() + ".conll"));
        assertThat(conll.split("-DOCSTART-", -1)).hasSize(3); // two documents
        assertThat(conll).doesNotContain("دمشق").contains("جاسم");
        assertThat(manifest.unfinishedLeftOut()).containsEntry(fx.first.login(), 2);
    }

    @Test
    void theApiDefaultsToFinishedDocumentsAndTakesFinishedOnlyFalse() throws Exception {
        String base = "/api/v1/projects/" + fx.project.id() + "/exports";
        JsonNode byDefault = json.readTree(post(base, "{\"format\":\"JSONL\",\"sources\":\"ANNOTATOR\",\"annotator\":\""
                + fx.first.login() + "\"}").body());
        assertThat(byDefault.get("finishedOnly").asBoolean()).isTrue();
        assertThat(byDefault.get("documentCount").asInt()).isEqualTo(2);
        assertThat(byDefault.get("unfinishedLeftOut").get(fx.first.login()).asInt()).isEqualTo(2);

        JsonNode everything = json.readTree(post(base, "{\"finishedOnly\":false}").body());
        assertThat(everything.get("finishedOnly").asBoolean()).isFalse();
        assertThat(everything.get("documentCount").asInt()).isEqualTo(4);
    }

    private Map<String, String> statusByText(ExportManifest manifest, UserAccount annotator) throws IOException {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String line : Files.readAllLines(exports.file(fx.lead, fx.project.id(), manifest.exportId(),
                annotator.login() + ".jsonl"), StandardCharsets.UTF_8)) {
            JsonNode record = json.readTree(line);
            statuses.put(record.get("text").asText(), record.get("meta").get("status").asText());
        }
        return statuses;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        String credentials = fx.lead.login() + ":password-1";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
