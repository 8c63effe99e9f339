package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.PlainTextDecoder;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.MultipartBody;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * {@code POST|GET /api/v1/projects/{id}/documents} and {@code GET /api/v1/documents/{id}}: the upload page's rules
 * (encodings, limit, one document per file) with all files stored or none, and clear JSON for every refusal.
 */
class DocumentApiTest extends DatabaseTest {

    private static final String JASIM = "اشتباكات في جاسم 😀 بريف درعا";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLeadUploadsFilesAndWhoMayReadThemGetsTextLengthAndHash() throws Exception {
        Teams.Team team = teams.create("Document API", "first", "second");
        long projectId = team.project().id();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "زار الوزير درعا".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = api.multipart(upload(projectId, null), lead, new MultipartBody()
                .file("files", "jasim.txt", JASIM.getBytes(StandardCharsets.UTF_8)).file("files", "daraa.txt", withBom));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode stored = json.readTree(uploaded.body()).get("documents");
        assertThat(stored.findValuesAsText("externalId")).containsExactly("jasim", "daraa");
        // code points: the emoji is one, though Java counts two
        assertThat(stored.get(0).get("length").asInt()).isEqualTo(JASIM.codePointCount(0, JASIM.length())).isEqualTo(JASIM.length() - 1);
        assertThat(stored.get(0).get("sha256").asText()).isEqualTo(sha256(JASIM));
        long jasim = stored.get(0).get("id").asLong();

        HttpResponse<String> read = api.send("GET", "/api/v1/documents/" + jasim, lead, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(read.body());
        assertThat(document.get("text").asText()).isEqualTo(JASIM);
        assertThat(document.get("projectId").asLong()).isEqualTo(projectId);
        assertThat(document.get("length").asInt()).isEqualTo(JASIM.length() - 1);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(JASIM));
        assertThat(json.readTree(api.send("GET", "/api/v1/documents/" + stored.get(1).get("id").asLong(), lead, null).body())
                .get("text").asText()).isEqualTo("زار الوزير درعا");

        // an annotator reads an assigned document only; another project's lead reads none
        assignments.assignBalanced(team.lead(), projectId, 1, List.of(jasim));
        var assigned = assignments.status(team.annotator(0), jasim).isPresent() ? team.annotator(0) : team.annotator(1);
        var other = assigned == team.annotator(0) ? team.annotator(1) : team.annotator(0);
        assertThat(api.send("GET", "/api/v1/documents/" + jasim, ApiClient.basic(assigned.login(), Teams.PASSWORD), null)
                .statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/documents/" + jasim, ApiClient.basic(other.login(), Teams.PASSWORD), null)
                .statusCode()).isEqualTo(403);
        // an annotator may not upload
        HttpResponse<String> refused = api.multipart(upload(projectId, null), ApiClient.basic(assigned.login(), Teams.PASSWORD),
                new MultipartBody().file("files", "mine.txt", "نص".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(documents.summaries(team.lead(), projectId)).hasSize(2);
    }

    @Test
    void encodingsAreThoseOfTheUploadPage() throws Exception {
        Teams.Team team = teams.create("Document API encodings");
        long projectId = team.project().id();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        byte[] cp1256 = "مدينة جاسم".getBytes(PlainTextDecoder.WINDOWS_1256);

        HttpResponse<String> asUtf8 = api.multipart(upload(projectId, null), lead, new MultipartBody().file("files", "old.txt", cp1256));
        assertThat(asUtf8.statusCode()).isEqualTo(400);
        assertThat(json.readTree(asUtf8.body()).get("error").asText()).isEqualTo("import.error.encoding");
        assertThat(json.readTree(asUtf8.body()).get("message").asText()).startsWith("old.txt is not valid UTF-8");

        HttpResponse<String> unknown = api.multipart(upload(projectId, "latin-9"), lead, new MultipartBody().file("files", "old.txt", cp1256));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("message").asText())
                .isEqualTo("latin-9 is not an encoding the upload accepts; use one of: UTF-8, windows-1256. Nothing was stored.");
        assertThat(documents.summaries(team.lead(), projectId)).isEmpty();

        HttpResponse<String> chosen = api.multipart(upload(projectId, "Windows-1256"), lead, new MultipartBody().file("files", "old.txt", cp1256));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
        assertThat(documents.get(team.lead(), json.readTree(chosen.body()).get("documents").get(0).get("id").asLong()).text())
                .isEqualTo("مدينة جاسم");
    }

    @Test
    void oneBadFileStoresNothingAndEachRefusalIsClearJson() throws Exception {
        Teams.Team team = scenarios.project("Document API refusals").document("jasim.txt", JASIM).team();
        long projectId = team.project().id();
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        byte[] good = "زار الوزير درعا".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> binary = api.multipart(upload(projectId, null), lead, new MultipartBody()
                .file("files", "a.txt", good).file("files", "b.txt", "abc\u0001def".getBytes(StandardCharsets.UTF_8)));
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(binary.body()).contains("\"error\":\"import.error.binary\"").contains("b.txt looks like a binary file");

        // a document id the project has, and one that the upload has twice: 409 naming the file
        HttpResponse<String> taken = api.multipart(upload(projectId, null), lead, new MultipartBody()
                .file("files", "new.txt", good).file("files", "jasim.txt", good));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json.readTree(taken.body()).get("message").asText())
                .isEqualTo("jasim.txt: the project already has a document with the ID jasim. Nothing was changed.");
        HttpResponse<String> twice = api.multipart(upload(projectId, null), lead, new MultipartBody()
                .file("files", "new.txt", good).file("files", "dir/new.txt", good));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("dir/new.txt: the project already has a document with the ID new");

        // a file over tawsim.import.max-file-size (10MB): the upload page's message, 413
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooLarge = api.multipart(upload(projectId, null), lead, new MultipartBody()
                .file("files", "new.txt", good).file("files", "big.txt", big));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).get("message").asText())
                .isEqualTo("big.txt is larger than the limit of 10 MB; nothing was stored. Split it into smaller files.");

        HttpResponse<String> none = api.multipart(upload(projectId, null), lead, new MultipartBody().file("other", "a.txt", good));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("\"error\":\"document-upload.error.no-files\"");

        assertThat(documents.summaries(team.lead(), projectId)).extracting(d -> d.externalId()).containsExactly("jasim");
    }

    @Test
    void theListPagesDocumentsWithEachAnnotatorsStatusAndSpans() throws Exception {
        Scenario s = scenarios.project("Document API list").annotators("first", "second")
                .document("c", JASIM).document("a", JASIM).document("b", JASIM).on("a").assign("first", "second")
                .span("first", 12, 16, "LOCATION").span("first", 0, 8, "EVENT").done("first");
        Teams.Team team = s.team();
        long projectId = s.projectId();
        long a = s.documentId("a");
        var first = s.user("first");
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + projectId + "/documents";

        JsonNode all = json.readTree(api.send("GET", path, lead, null).body());
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("documents").findValuesAsText("externalId")).containsExactly("a", "b", "c");
        JsonNode work = all.get("documents").get(0).get("annotators");
        assertThat(work).hasSize(2);
        JsonNode firstWork = work.get(0).get("login").asText().equals(first.login()) ? work.get(0) : work.get(1);
        JsonNode secondWork = firstWork == work.get(0) ? work.get(1) : work.get(0);
        assertThat(firstWork.get("status").asText()).isEqualTo("done");
        assertThat(firstWork.get("spans").asInt()).isEqualTo(2);
        assertThat(firstWork.get("updatedAt").isTextual()).isTrue();
        assertThat(secondWork.get("status").asText()).isEqualTo("new");
        assertThat(secondWork.get("spans").asInt()).isZero();
        assertThat(all.get("documents").get(0).get("length").asInt()).isEqualTo(JASIM.length() - 1);

        JsonNode page = json.readTree(api.send("GET", path + "?page=1&size=2", lead, null).body());
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("documents").findValuesAsText("externalId")).containsExactly("c");
        JsonNode done = json.readTree(api.send("GET", path + "?status=DONE&annotator=" + first.login(), lead, null).body());
        assertThat(done.get("documents").findValuesAsText("externalId")).containsExactly("a");
        JsonNode notDone = json.readTree(api.send("GET", path + "?status=done&annotator=" + team.annotator(1).login(), lead, null).body());
        assertThat(notDone.get("total").asInt()).isZero();

        // blind annotation: the second annotator sees their own work only, and may not ask about the first's
        String second = ApiClient.basic(team.annotator(1).login(), Teams.PASSWORD);
        JsonNode own = json.readTree(api.send("GET", path, second, null).body());
        assertThat(own.get("documents").get(0).get("annotators").findValuesAsText("login")).containsExactly(team.annotator(1).login());
        assertThat(json.readTree(api.send("GET", path + "?status=done", second, null).body()).get("total").asInt()).isZero();
        assertThat(api.send("GET", path + "?annotator=" + first.login(), second, null).statusCode()).isEqualTo(403);

        // bad parameters: clear JSON
        HttpResponse<String> size = api.send("GET", path + "?size=501", lead, null);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("between 1 and 500");
        HttpResponse<String> status = api.send("GET", path + "?status=finished", lead, null);
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("Unknown status finished; use one of: new, in_progress, done.");
        HttpResponse<String> nobody = api.send("GET", path + "?annotator=nobody-" + UUID.randomUUID(), lead, null);
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("\"error\":\"document-list.error.annotator\"");
    }

    private static String upload(long projectId, String encoding) {
        return "/api/v1/projects/" + projectId + "/documents" + (encoding == null ? "" : "?encoding=" + encoding);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
