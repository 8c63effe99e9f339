package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.corpus.PlainTextDecoder;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.MultipartBody;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * {@code POST /api/v1/projects/{id}/imports}: the project page's importers over HTTP, the import report, and every
 * refusal as JSON with nothing stored.
 */
class ImportApiTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    DocumentService documents;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonlAndDoccanoFilesImportWithTheirReport() throws Exception {
        Teams.Team team = teams.withLogins("Import API", List.of("amal-" + Long.toString(System.nanoTime(), 36), "omar-" + Long.toString(System.nanoTime(), 36)));
        String amal = team.annotator(0).login();
        String omar = team.annotator(1).login();
        long projectId = team.project().id();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String jsonl = """
                {"id":"jasim","text":"اشتباكات في جاسم بدرعا","source":"%1$s","spans":[{"id":1,"start":12,"end":16,"label":"LOCATION"},{"id":2,"start":17,"end":22,"label":"LOCATION"}],"chains":[[1,2]]}
                {"id":"jasim","text":"اشتباكات في جاسم بدرعا","source":"%2$s","spans":[{"id":1,"start":0,"end":8,"label":"EVENT"}]}
                {"id":"daraa","text":"زار الوزير درعا"}
                """.formatted(amal, omar);
        HttpResponse<String> imported = api.multipart(imports(projectId, "jsonl", null), lead,
                new MultipartBody().file("file", "predictions.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = json.readTree(imported.body());
        assertThat(report.get("file").asText()).isEqualTo("predictions.jsonl");
        assertThat(report.get("externalIds").toString()).isEqualTo("[\"jasim\",\"daraa\"]");
        assertThat(report.get("spans").asInt()).isEqualTo(3);
        assertThat(report.get("chains").asInt()).isEqualTo(1);
        assertThat(report.get("perAnnotator").get(amal).toString()).isEqualTo("{\"spans\":2,\"chains\":1}");
        assertThat(report.get("perAnnotator").get(omar).toString()).isEqualTo("{\"spans\":1,\"chains\":0}");
        long jasim = report.get("documents").get(0).asLong();
        assertThat(documents.get(team.lead(), jasim).externalId()).isEqualTo("jasim");

        // doccano names no annotator: the annotator parameter does; the format name in any case
        String doccano = "{\"id\": 7, \"text\": \"مدينة جاسم في ريف درعا\", \"label\": [[6, 10, \"LOCATION\"]]}\n";
        HttpResponse<String> fromDoccano = api.multipart(imports(projectId, "Doccano", omar), lead,
                new MultipartBody().file("file", "doccano.jsonl", doccano.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromDoccano.statusCode()).as(fromDoccano.body()).isEqualTo(201);
        assertThat(json.readTree(fromDoccano.body()).get("perAnnotator").get(omar).get("spans").asInt()).isEqualTo(1);
        assertThat(documents.summaries(team.lead(), projectId)).extracting(DocumentSummary::externalId)
                .containsExactlyInAnyOrder("jasim", "daraa", "7");

        // the imported layer shows in the document list, without an assignment
        JsonNode list = json.readTree(api.send("GET", "/api/v1/projects/" + projectId + "/documents", lead, null).body());
        assertThat(list.get("documents").findValuesAsText("externalId")).containsExactly("7", "daraa", "jasim");
        JsonNode jasimRow = list.get("documents").get(2);
        assertThat(jasimRow.get("annotators").findValuesAsText("login")).containsExactlyInAnyOrder(amal, omar);
        assertThat(jasimRow.get("annotators").findValues("spans")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void badInputIsClearJsonAndStoresNothing() throws Exception {
        Teams.Team team = scenarios.project("Import API refusals").annotators("ann").document("jasim.txt", "نص قديم").team();
        long projectId = team.project().id();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        byte[] good = "{\"id\":\"new\",\"text\":\"زار الوزير درعا\"}\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> format = api.multipart(imports(projectId, "brat", null), lead, new MultipartBody().file("file", "a.ann", good));
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(json.readTree(format.body()).get("message").asText())
                .isEqualTo("Unknown format brat; use one of: JSONL, DOCCANO, CONLL_BIO, CONLL_2012. Nothing was stored.");

        HttpResponse<String> line = api.multipart(imports(projectId, "JSONL", null), lead, new MultipartBody().file("file", "two.jsonl",
                concat(good, "{\"id\":\"bad\",\"text\":\"درعا\",\"spans\":[{\"start\":0,\"end\":9,\"label\":\"LOCATION\"}]}\n")));
        assertThat(line.statusCode()).isEqualTo(400);
        assertThat(json.readTree(line.body()).get("error").asText()).isEqualTo("corpus-import.error.line");
        assertThat(json.readTree(line.body()).get("message").asText()).startsWith("two.jsonl, line 2: ");

        HttpResponse<String> annotator = api.multipart(imports(projectId, "doccano", "nobody"), lead,
                new MultipartBody().file("file", "d.jsonl", "{\"text\":\"درعا\",\"label\":[[0,4,\"LOCATION\"]]}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(annotator.statusCode()).isEqualTo(400);
        assertThat(json.readTree(annotator.body()).get("message").asText()).isEqualTo("d.jsonl: nobody is not an annotator of this project.");

        HttpResponse<String> duplicate = api.multipart(imports(projectId, "jsonl", null), lead, new MultipartBody().file("file", "dup.jsonl",
                concat(good, "{\"id\":\"jasim\",\"text\":\"نص جديد\"}\n")));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("dup.jsonl: the project already has documents with these ids: jasim.");

        HttpResponse<String> encoding = api.multipart(imports(projectId, "jsonl", null), lead, new MultipartBody().file("file", "old.jsonl",
                "{\"id\":\"old\",\"text\":\"مدينة جاسم\"}\n".getBytes(PlainTextDecoder.WINDOWS_1256)));
        assertThat(encoding.statusCode()).isEqualTo(400);
        assertThat(json.readTree(encoding.body()).get("message").asText()).startsWith("old.jsonl, line 1: ");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> tooLarge = api.multipart(imports(projectId, "jsonl", null), lead, new MultipartBody().file("file", "big.jsonl", big));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("big.jsonl is larger than the limit of 10 MB");

        // an annotator may not import, whatever the file
        HttpResponse<String> annotatorImport = api.multipart(imports(projectId, "jsonl", null),
                ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD), new MultipartBody().file("file", "a.jsonl", good));
        assertThat(annotatorImport.statusCode()).isEqualTo(403);

        assertThat(documents.summaries(team.lead(), projectId)).extracting(DocumentSummary::externalId).containsExactly("jasim");
    }

    private static String imports(long projectId, String format, String annotator) {
        return "/api/v1/projects/" + projectId + "/imports?format=" + format + (annotator == null ? "" : "&annotator=" + annotator);
    }

    private static byte[] concat(byte[] first, String second) {
        byte[] tail = second.getBytes(StandardCharsets.UTF_8);
        byte[] both = java.util.Arrays.copyOf(first, first.length + tail.length);
        System.arraycopy(tail, 0, both, first.length, tail.length);
        return both;
    }
}
