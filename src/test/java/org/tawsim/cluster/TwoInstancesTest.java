package org.tawsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.support.AppProcess.freePort;
import static org.tawsim.support.AppProcess.waitUntil;
import static org.tawsim.support.OperationTally.count;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.util.FileSystemUtils;
import org.tawsim.support.AnnotatorClient;
import org.tawsim.support.AppProcess;
import org.tawsim.support.Chromium;
import org.tawsim.support.OperationTally;

/**
 * Two app instances (routes a and b) on one PostgreSQL behind nginx, configured by the committed
 * deploy/nginx/tawsim.conf, as docs/deployment.md describes: both start at once on the empty database and set it
 * up once; browsers stay on their instance (sticky by session route) and keep working; annotators' operations
 * spread over both instances are stored exactly once; the same base revision written to both instances is applied
 * once and refused (409) once. Logs: target/two-instances-*.log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final int ANNOTATORS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path work;
    private EmbeddedPostgres postgres;
    private AppProcess instanceA;
    private AppProcess instanceB;
    private Nginx nginx;
    private int portA;
    private int portB;
    private String proxy;

    @BeforeAll
    void startTwoInstancesBehindNginx() throws Exception {
        Nginx.requireInstalled();
        work = Files.createTempDirectory("tawsim-two-instances");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        portA = freePort();
        portB = freePort();
        // Both at once against the empty database: Flyway's lock and the first-start setup's lock must sort it out.
        instanceA = AppProcess.launch("two-instances-a", instanceArguments("a", portA));
        instanceB = AppProcess.launch("two-instances-b", instanceArguments("b", portB));
        instanceA.awaitReady();
        instanceB.awaitReady();
        int proxyPort = freePort();
        nginx = Nginx.start(work.resolve("nginx"), proxyPort, portA, portB);
        proxy = "http://127.0.0.1:" + proxyPort;
        waitUntil(() -> {
            assertThat(nginx.isAlive()).as("nginx is running, see target/two-instances-nginx.log").isTrue();
            try {
                return get(proxy + "/login").statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofSeconds(30), "nginx to answer on " + proxy);
    }

    private List<String> instanceArguments(String route, int port) {
        return List.of("--server.address=127.0.0.1", "--server.port=" + port,
                "--tawsim.instance.route=" + route,
                "--server.forward-headers-strategy=native",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tawsim.admin.password=two-instances-admin",
                "--tawsim.exports.dir=" + work.resolve("exports"));
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (AppProcess instance : new AppProcess[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.kill();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (work != null) {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void bothInstancesStartedTogetherAndSetUpTheDatabaseOnce() throws Exception {
        long seedFiles;
        try (var files = Files.list(Path.of("seeds"))) {
            seedFiles = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        try (Connection db = database()) {
            assertThat(count(db, "select count(*) from event_log where kind = 'setup.seeded'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from project")).isEqualTo(1);
            assertThat(count(db, "select count(*) from document")).isEqualTo(seedFiles);
            assertThat(count(db, "select count(*) from app_user where login in ('admin', 'lead', 'annotator1', 'annotator2')"))
                    .isEqualTo(4);
        }
        assertThat(get("http://127.0.0.1:" + portA + "/login").statusCode()).isEqualTo(200);
        assertThat(get("http://127.0.0.1:" + portB + "/login").statusCode()).isEqualTo(200);
    }

    @Test
    void eachBrowserStaysOnItsInstanceAndTheEditorKeepsWorking() throws Exception {
        WebDriver first = Chromium.start();
        WebDriver second = Chromium.start();
        try {
            String firstRoute = openLoginPage(first, null);
            String secondRoute = openLoginPage(second, firstRoute);
            assertThat(List.of(firstRoute, secondRoute)).containsExactlyInAnyOrder("a", "b");

            BrowserAnnotator one = new BrowserAnnotator(first, proxy, "annotator1", "annotator1-demo");
            BrowserAnnotator two = new BrowserAnnotator(second, proxy, "annotator2", "annotator2-demo");
            one.logIn(firstRoute);
            two.logIn(secondRoute);
            long documentId = firstSeedDocument();
            for (BrowserAnnotator annotator : List.of(one, two)) {
                List<String> shown = annotator.annotate(documentId, 6);
                assertThat(storedSpans(documentId, annotator.login())).as("spans of %s", annotator.login())
                        .containsExactlyInAnyOrderElementsOf(shown);
            }
            // after all those page loads and XHRs, each session is still the one it was, on its own instance
            assertThat(one.sessionRoute()).isEqualTo(firstRoute);
            assertThat(two.sessionRoute()).isEqualTo(secondRoute);
        } finally {
            first.quit();
            second.quit();
        }
    }

    /** Opens the login page until the session lands on another instance than {@code notOn}; its route. */
    private String openLoginPage(WebDriver driver, String notOn) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            driver.manage().deleteAllCookies();
            driver.get(proxy + "/login");
            waitUntil(() -> driver.manage().getCookieNamed("JSESSIONID") != null, Duration.ofSeconds(120), "a session cookie");
            String route = BrowserAnnotator.route(driver.manage().getCookieNamed("JSESSIONID"));
            if (!route.equals(notOn)) {
                return route;
            }
        }
        throw new AssertionError("nginx sent ten new sessions to instance " + notOn + ": no round-robin");
    }

    @Test
    void annotatorsOnBothInstancesLoseNothingAndStoreNothingTwice() throws Exception {
        OperationTally tally = new OperationTally();
        List<AnnotatorClient> clients = new ArrayList<>();
        for (int i = 0; i < ANNOTATORS; i++) {
            Annotator annotator = newAnnotator("cluster" + i, i);
            // tokens, no cookies: nginx spreads these requests over both instances
            clients.add(new AnnotatorClient(proxy, annotator.login(), annotator.documentId(),
                    "Bearer " + annotator.token(), tally).ready());
        }
        int before = nginx.accessLog().size();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(ANNOTATORS);
        for (int i = 0; i < ANNOTATORS; i++) {
            scheduler.scheduleAtFixedRate(clients.get(i)::operate, i * 20L, 200, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(LOAD.toMillis());
        scheduler.shutdown();
        assertThat(scheduler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(tally.errors()).as("errors by kind").isEmpty();
        assertThat(tally.acknowledged()).hasSizeGreaterThan(ANNOTATORS * 10);
        try (Connection db = database()) {
            assertThat(tally.checkStored(db, clients)).as("missing, doubled, layers off").isEqualTo(new OperationTally.Stored(0, 0, 0));
        }
        Map<String, Long> byInstance = nginx.accessLog().subList(before, nginx.accessLog().size()).stream()
                .filter(line -> line.contains("\"POST /api/v1/documents/"))
                .collect(Collectors.groupingBy(line -> line.substring(line.indexOf("upstream=")), Collectors.counting()));
        assertThat(byInstance).as("operations per instance").containsOnlyKeys("upstream=127.0.0.1:" + portA,
                "upstream=127.0.0.1:" + portB);
        byInstance.values().forEach(n -> assertThat(n).isGreaterThan(tally.acknowledged().size() / 4L));
    }

    @Test
    void theSameRevisionWrittenToBothInstancesIsAppliedOnce() throws Exception {
        Annotator annotator = newAnnotator("cluster-writer", 0);
        VersionedWriter writer = new VersionedWriter(http, annotator.documentId(), "Bearer " + annotator.token());
        String a = "http://127.0.0.1:" + portA;
        String b = "http://127.0.0.1:" + portB;
        List<UUID> applied = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            long base = writer.revision(round % 2 == 0 ? a : b);
            UUID toA = UUID.randomUUID();
            UUID toB = UUID.randomUUID();
            // at the same moment, each instance directly: the database decides, not either instance
            CompletableFuture<HttpResponse<String>> atA = writer.createSpanAsync(a, base, toA, round * 2);
            CompletableFuture<HttpResponse<String>> atB = writer.createSpanAsync(b, base, toB, round * 2 + 1);
            int statusA = atA.get().statusCode();
            int statusB = atB.get().statusCode();
            assertThat(List.of(statusA, statusB)).as("round %d: %s / %s", round, atA.get().body(), atB.get().body())
                    .containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> refused = statusA == 409 ? atA.get() : atB.get();
            assertThat(refused.body()).contains("revision.conflict");
            applied.add(statusA == 200 ? toA : toB);
            // the refused client reloads and sends its operation again, on the current revision: now it is applied
            String loser = statusA == 409 ? a : b;
            UUID retried = statusA == 409 ? toA : toB;
            HttpResponse<String> retry = writer.createSpan(loser, writer.revision(loser), retried, statusA == 409 ? round * 2 : round * 2 + 1);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            applied.add(retried);
        }
        try (Connection db = database()) {
            for (UUID opId : applied) {
                assertThat(count(db, "select count(*) from event_log where op_id = ?", opId)).as("events of %s", opId).isEqualTo(1);
            }
            long userId = count(db, "select id from app_user where login = ?", annotator.login());
            assertThat(count(db, "select revision from annotation_layer where document_id = ? and annotator_id = ?",
                    annotator.documentId(), userId)).isEqualTo(applied.size());
            assertThat(count(db, "select count(*) from span where document_id = ? and annotator_id = ?",
                    annotator.documentId(), userId)).isEqualTo(applied.size());
        }
    }

    private Annotator newAnnotator(String login, int documentIndex) throws Exception {
        try (Connection db = database()) {
            return Annotator.create(db, login, documentIndex);
        }
    }

    private long firstSeedDocument() throws Exception {
        try (Connection db = database()) {
            return count(db, "select id from document where external_id = '000_9720df9780ae2cfa'");
        }
    }

    private List<String> storedSpans(long documentId, String login) throws Exception {
        List<String> spans = new ArrayList<>();
        try (Connection db = database(); var statement = db.prepareStatement("select s.start_offset, s.end_offset, s.label "
                + "from span s join app_user u on u.id = s.annotator_id where s.document_id = ? and u.login = ?")) {
            statement.setLong(1, documentId);
            statement.setString(2, login);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    spans.add(rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getString(3));
                }
            }
        }
        return spans;
    }

    private HttpResponse<String> get(String url) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }
}
