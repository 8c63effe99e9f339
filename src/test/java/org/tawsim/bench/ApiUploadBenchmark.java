package org.tawsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * Benchmark, not a test: prints figures and asserts only that everything sent was stored. Over the HTTP API on
 * loopback, one request uploads {@value #DOCUMENTS} .txt files ({@code POST /api/v1/projects/{id}/documents}) and
 * one request imports a JSONL file of {@value #DOCUMENTS} annotated records, two annotators' layers with four
 * spans and one chain each ({@code POST /api/v1/projects/{id}/imports}). Prints documents/s, the request size and
 * the peak used heap of this JVM (the server's and the client's, sampled every 20 ms); request bodies are written
 * to temporary files first and sent from there, so the client adds little. The class name ends in neither Test nor
 * Tests: {@code mvn verify} never runs it.
 *
 * Run: mvn -o -B test -Dtest=ApiUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.documents=10000]
 */
class ApiUploadBenchmark extends DatabaseTest {

    static final int DOCUMENTS = 10_000;
    private static final String[] PEOPLE = {"أحمد الشرع", "محمد العلي", "سارة حسن", "خالد يوسف", "ليلى أحمد"};
    private static final String[] ORGS = {"اللواء الثامن", "الأمم المتحدة", "الهلال الأحمر", "وزارة الصحة"};
    private static final String[] CITIES = {"دمشق", "حلب", "درعا", "حمص", "جاسم", "إدلب", "اللاذقية"};

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void tenThousandDocumentsAndTenThousandAnnotatedRecordsInOneRequestEach() throws Exception {
        int count = Integer.getInteger("bench.documents", DOCUMENTS);
        String tag = Long.toString(System.nanoTime(), 36);
        Teams.Team team = teams.withLogins("Upload benchmark", List.of("amal-" + tag, "omar-" + tag));
        String lead = "Basic " + Base64.getEncoder().encodeToString((team.lead().login() + ":" + Teams.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%nheap max %d MB, %d cores, load average before: %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());

        Path upload = Files.createTempFile("tawsim-bench-upload", ".multipart");
        String boundary = "bench-" + tag;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(upload))) {
            for (int i = 0; i < count; i++) {
                part(out, boundary, "files", "plain-" + i + ".txt", text(i).getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        HttpResponse<String> uploaded = measure("upload " + count + " .txt files", count, upload, () -> post(
                "/api/v1/projects/" + team.project().id() + "/documents", lead, boundary, upload));
        assertThat(uploaded.statusCode()).as(uploaded.body().substring(0, Math.min(500, uploaded.body().length()))).isEqualTo(201);

        Path jsonl = Files.createTempFile("tawsim-bench-import", ".jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl))) {
            for (int i = 0; i < count; i++) {
                out.write(record(i, i % 2 == 0 ? team.annotator(0).login() : team.annotator(1).login())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Path imported = Files.createTempFile("tawsim-bench-import", ".multipart");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(imported))) {
            part(out, boundary, "file", "predictions.jsonl", Files.readAllBytes(jsonl));
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        HttpResponse<String> report = measure("import " + count + " annotated JSONL records (" + (Files.size(jsonl) >> 10)
                + " KB file)", count, imported, () -> post("/api/v1/projects/" + team.project().id() + "/imports?format=jsonl",
                lead, boundary, imported));
        assertThat(report.statusCode()).as(report.body().substring(0, Math.min(500, report.body().length()))).isEqualTo(201);
        assertThat(report.body()).contains("\"spans\":" + 4 * count + ",\"chains\":" + count);
        assertThat(documents.summaries(team.lead(), team.project().id())).hasSize(2 * count);
        System.out.printf(Locale.ROOT, "load average after: %s%n%n", loadAverage());
        Files.delete(upload);
        Files.delete(jsonl);
        Files.delete(imported);
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static HttpResponse<String> measure(String what, int documents, Path body, Call call) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long t0 = System.nanoTime();
        HttpResponse<String> response = call.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.stop();
        System.out.printf(Locale.ROOT, "%s: one request of %,d KB, HTTP %d in %.1f s: %,.0f documents/s; used heap "
                        + "before %d MB, peak %d MB (sampled every 20 ms); load average %s%n", what, Files.size(body) >> 10,
                response.statusCode(), seconds, documents / seconds, heap.before() >> 20, heap.peak() >> 20, loadAverage());
        return response;
    }

    private HttpResponse<String> post(String path, String authorization, String boundary, Path body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void part(OutputStream out, String boundary, String field, String fileName, byte[] content) throws IOException {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A short news paragraph (about 200 code points), different for every i. */
    private static String text(int i) {
        return "قال " + PEOPLE[i % 5] + " إن وفد " + ORGS[i % 4] + " وصل إلى " + CITIES[i % 7] + " صباح اليوم " + i
                + ". وأكد " + PEOPLE[i % 5] + " أن الوفد سيبقى أسبوعًا في المدينة لتقييم الأوضاع الإنسانية ومتابعة توزيع المساعدات.";
    }

    /** The paragraph with four spans (person twice, organisation, city) and the person's two mentions as a chain. */
    private static String record(int i, String annotator) {
        String text = text(i);
        String person = PEOPLE[i % 5];
        int p1 = cp(text, text.indexOf(person));
        int p2 = cp(text, text.lastIndexOf(person));
        int org = cp(text, text.indexOf(ORGS[i % 4]));
        int city = cp(text, text.indexOf(CITIES[i % 7] + " صباح"));
        return "{\"id\":\"annotated-" + i + "\",\"text\":\"" + text + "\",\"source\":\"" + annotator + "\",\"spans\":["
                + span(1, p1, person, "PERSON") + "," + span(2, org, ORGS[i % 4], "ORG") + ","
                + span(3, city, CITIES[i % 7], "LOCATION") + "," + span(4, p2, person, "PERSON") + "],\"chains\":[[1,4]]}\n";
    }

    private static String span(int id, int start, String text, String label) {
        return "{\"id\":" + id + ",\"start\":" + start + ",\"end\":" + (start + text.codePointCount(0, text.length()))
                + ",\"label\":\"" + label + "\"}";
    }

    private static int cp(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
