package org.tawsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.AnnotatorClient;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.OperationTally;
import org.tawsim.support.Teams;

/**
 * Benchmark, not a test: prints figures and asserts only that no acknowledged operation was lost or doubled.
 * N simulated annotators (default 50, see {@link AnnotatorClient}), each on their own document, each sending one
 * operation per second for the given time (default 120 s) over the HTTP API on loopback. Prints p50/p95/p99 latency
 * and errors, then checks the database ({@link OperationTally#checkStored}): every acknowledged opId is in the event
 * log exactly once and each layer's revision equals its number of events.
 *
 * Run: mvn test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dload.annotators=50 -Dload.seconds=120]
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark extends DatabaseTest {

    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا بين مجموعات محلية وخلايا تنظيم الدولة، "
            + "وقالت مصادر لموقع تلفزيون سوريا إن الوفد وصل إلى دمشق صباح الخميس.";

    @LocalServerPort
    int port;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiTokenService tokens;

    /** {@code -Dload.auth=basic}: a password on every request instead of an API token. */
    private static final boolean BASIC = "basic".equals(System.getProperty("load.auth"));

    private final OperationTally tally = new OperationTally();

    @Test
    void fiftyAnnotatorsAtOneOperationPerSecond() throws Exception {
        int annotators = Integer.getInteger("load.annotators", 50);
        int seconds = Integer.getInteger("load.seconds", 120);
        String[] names = new String[annotators];
        for (int i = 0; i < annotators; i++) {
            names[i] = "load" + i;
        }
        Teams.Team team = teams.create("Load", names);
        for (int i = 0; i < annotators; i++) {
            documents.importTextFile(team.lead(), team.project().id(), "load-" + i + ".txt",
                    (i + ". " + TEXT).getBytes(StandardCharsets.UTF_8), null);
        }
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of());

        List<AnnotatorClient> clients = new ArrayList<>();
        for (UserAccount account : team.annotators()) {
            long documentId = assignments.queue(account).get(0).documentId();
            // Scripts authenticate with API tokens (a hash lookup), not passwords (a bcrypt check per request).
            String authorization = BASIC ? "Basic " + Base64.getEncoder().encodeToString(
                    (account.login() + ":" + Teams.PASSWORD).getBytes(StandardCharsets.UTF_8))
                    : "Bearer " + tokens.create(account, "load").secret();
            clients.add(new AnnotatorClient("http://127.0.0.1:" + port, account.login(), documentId, authorization, tally));
        }
        for (AnnotatorClient client : clients) {
            client.ready();
        }

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(annotators);
        long startNanos = System.nanoTime();
        for (int i = 0; i < annotators; i++) {
            AnnotatorClient client = clients.get(i);
            // spread the annotators over the second, as real people are
            scheduler.scheduleAtFixedRate(client::operate, i * 1000L / annotators, 1000, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        scheduler.shutdown();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;

        List<Long> sorted = tally.sortedLatenciesMicros();
        int acknowledged = tally.acknowledged().size();
        System.out.printf("%nLOAD %d annotators x 1 op/s for %d s on loopback (%.1f s elapsed), %s%n", annotators, seconds,
                elapsed, BASIC ? "HTTP Basic" : "API tokens");
        System.out.printf("operations acknowledged: %d (%.1f/s), errors: %s%n", acknowledged,
                acknowledged / elapsed, tally.errors());
        System.out.printf("latency request -> acknowledgement: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);

        try (Connection db = dataSource.getConnection()) {
            OperationTally.Stored stored = tally.checkStored(db, clients);
            System.out.printf("stored check: %d acknowledged operations missing, %d stored twice, %d layers whose revision "
                    + "differs from their number of operations%n%n", stored.missing(), stored.doubled(), stored.mismatchedLayers());
            assertThat(stored).isEqualTo(new OperationTally.Stored(0, 0, 0));
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
