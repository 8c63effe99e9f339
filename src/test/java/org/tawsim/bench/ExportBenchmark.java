package org.tawsim.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawsim.Application;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.export.ExportCommand;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.export.ExportSources;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.TestDatabase;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Generates in PostgreSQL (set-based SQL)
 * a corpus of {@value #DOCUMENTS} short Arabic documents annotated by three annotators (four spans and one chain
 * each), exports it through {@link ExportService} as JSONL and CoNLL NER, and in the same run copies the same span
 * rows out with {@code COPY ... TO STDOUT}. Reports documents/s, tokens/s, used heap sampled during each export
 * and the COPY rate. Run it with a small heap to show that memory does not grow with the corpus:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) org.tawsim.bench.ExportBenchmark [documents]
 * </pre>
 */
public final class ExportBenchmark {

    static final int DOCUMENTS = 100_000;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : DOCUMENTS;
        Path exportsDir = Files.createTempDirectory("tawsim-export-bench");
        TestDatabase.Connection db = TestDatabase.get();
        try (ConfigurableApplicationContext context = ExportCommand.withoutWebServer(Application.class)
                .properties("logging.level.root=warn")
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--tawsim.exports.dir=" + exportsDir,
                        "--tawsim.admin.password=benchmark-password")) {
            System.out.printf(Locale.ROOT, "heap max %d MB, database %s, %d cores%n",
                    Runtime.getRuntime().maxMemory() >> 20, db.kind(), Runtime.getRuntime().availableProcessors());
            AccountService accounts = context.getBean(AccountService.class);
            ProjectService projects = context.getBean(ProjectService.class);
            String tag = Long.toString(System.nanoTime(), 36);
            UserAccount lead = accounts.create("bench-lead-" + tag, "password-1", "Lead", SystemRole.LEAD);
            Project project = projects.create(lead, "Export benchmark " + tag, "");
            for (int a = 1; a <= 3; a++) {
                UserAccount annotator = accounts.create("bench" + a + "-" + tag, "password-1", "A" + a, SystemRole.ANNOTATOR);
                projects.addMember(lead, project.id(), annotator.login(), ProjectRole.ANNOTATOR);
            }
            DataSource dataSource = context.getBean(DataSource.class);
            long t0 = System.nanoTime();
            long spans = generate(dataSource, project.id(), lead.id(), documents);
            System.out.printf(Locale.ROOT, "generated %,d documents and %,d spans in %.1f s%n", documents, spans,
                    (System.nanoTime() - t0) / 1e9);

            ExportService exports = context.getBean(ExportService.class);
            for (CorpusFormat format : List.of(CorpusFormats.JSONL, CorpusFormats.CONLL_NER)) {
                export(exports, lead, project.id(), format);
            }
            copy(dataSource, project.id());
        } finally {
            // the written files (about 600 MB for 100,000 documents) are not kept
            try (Stream<Path> files = Files.walk(exportsDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Documents, spans, chains and chain members, each with one INSERT ... SELECT. */
    private static long generate(DataSource dataSource, long projectId, long leadId, int documents) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            run(c, """
                    insert into document (project_id, external_id, title, text, sha256)
                    select ?, 'doc-' || g, t, t, encode(sha256(convert_to(t, 'UTF8')), 'hex')
                    from (select g, (array['قال','أعلن','أكد','نفى'])[1 + g % 4] || ' '
                                || (array['أحمد الشرع','محمد العلي','سارة حسن','خالد يوسف','ليلى أحمد'])[1 + g % 5]
                                || ' إن وفد ' || (array['اللواء الثامن','الأمم المتحدة','الهلال الأحمر','وزارة الصحة'])[1 + g % 4]
                                || ' وصل إلى ' || (array['دمشق','حلب','درعا','حمص','جاسم','إدلب','اللاذقية'])[1 + g % 7]
                                || ' صباح اليوم ' || g || '. وأكد ' || (array['أحمد الشرع','محمد العلي','سارة حسن','خالد يوسف','ليلى أحمد'])[1 + g % 5]
                                || ' ذلك.' as t
                          from generate_series(1, ?) g) docs
                    """, projectId, documents);
            // the parts again, to place the spans: person, organisation, city, and the person's second mention
            long spans = run(c, """
                    insert into span (document_id, project_id, annotator_id, start_offset, end_offset, label, created_by, updated_by)
                    select d.id, d.project_id, m.user_id, s.start_offset, s.end_offset, s.label, ?, ?
                    from document d
                    cross join lateral (select
                        (array['قال','أعلن','أكد','نفى'])[1 + g % 4] as verb,
                        (array['أحمد الشرع','محمد العلي','سارة حسن','خالد يوسف','ليلى أحمد'])[1 + g % 5] as person,
                        (array['اللواء الثامن','الأمم المتحدة','الهلال الأحمر','وزارة الصحة'])[1 + g % 4] as org,
                        (array['دمشق','حلب','درعا','حمص','جاسم','إدلب','اللاذقية'])[1 + g % 7] as city
                      from (select substring(d.external_id from 5)::int as g) n) p
                    cross join lateral (values
                        (length(p.verb) + 1, length(p.verb) + 1 + length(p.person), 'PERSON'),
                        (length(p.verb || ' ' || p.person || ' إن وفد '),
                         length(p.verb || ' ' || p.person || ' إن وفد ' || p.org), 'ORG'),
                        (length(p.verb || ' ' || p.person || ' إن وفد ' || p.org || ' وصل إلى '),
                         length(p.verb || ' ' || p.person || ' إن وفد ' || p.org || ' وصل إلى ' || p.city), 'LOCATION'),
                        (length(d.text) - length(p.person) - 5, length(d.text) - 5, 'PERSON')
                      ) s(start_offset, end_offset, label)
                    join project_member m on m.project_id = d.project_id and m.role = 'annotator'
                    where d.project_id = ?
                    """, leadId, leadId, projectId);
            run(c, """
                    insert into chain (document_id, annotator_id, created_by)
                    select d.id, m.user_id, ? from document d
                    join project_member m on m.project_id = d.project_id and m.role = 'annotator'
                    where d.project_id = ?
                    """, leadId, projectId);
            run(c, """
                    insert into chain_member (chain_id, span_id, document_id)
                    select ch.id, s.id, s.document_id from span s
                    join chain ch on ch.document_id = s.document_id and ch.annotator_id = s.annotator_id
                    where s.project_id = ? and s.label = 'PERSON'
                    """, projectId);
            run(c, "analyze document, span, chain, chain_member");
            return spans;
        }
    }

    private static long run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeLargeUpdate();
        }
    }

    private static void export(ExportService exports, UserAccount lead, long projectId, CorpusFormat format)
            throws IOException, InterruptedException {
        long[] atTenths = new long[11];
        HeapPeak heap = HeapPeak.start();
        long t0 = System.nanoTime();
        ExportManifest manifest = exports.export(lead, projectId,
                new ExportRequest(format, null, ExportSources.ALL_ANNOTATORS, null, null),
                (done, total) -> atTenths[total == 0 ? 10 : (int) Math.floor(10.0 * done / total)] = heap.used());
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.stop();

        long bytes = manifest.files().stream().mapToLong(ExportManifest.FileEntry::bytes).sum();
        long tokens = 0;
        for (ExportManifest.FileEntry file : manifest.files()) {
            tokens += tokens(exports.file(lead, projectId, manifest.exportId(), file.name()), format);
        }
        System.out.printf(Locale.ROOT, "%s: %,d documents x %d annotators in %.1f s: %,.0f documents/s, %,.0f tokens/s "
                        + "(%,d tokens over all files), %,d MB written%n", format, manifest.documentCount(),
                manifest.sources().size(), seconds, manifest.documentCount() / seconds, tokens / seconds, tokens, bytes >> 20);
        StringBuilder tenths = new StringBuilder();
        for (int i = 0; i <= 10; i++) {
            tenths.append(atTenths[i] >> 20).append(i < 10 ? " " : "");
        }
        System.out.printf(Locale.ROOT, "%s: used heap before %d MB, peak %d MB (sampled every 20 ms); "
                + "at 0%%, 10%%, ... 100%% of the documents: %s MB%n", format, heap.before() >> 20, heap.peak() >> 20, tenths);
    }

    /** Tokens of one file: JSONL and CoNLL files hold the same shared tokenization. */
    private static long tokens(Path file, CorpusFormat format) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return format == CorpusFormats.JSONL
                    ? lines.mapToLong(l -> countOf(l, "\"id\":") - countOf(l, "\"label\":") - 1).sum()
                    : lines.filter(l -> !l.isEmpty() && !l.startsWith("-DOCSTART-")).count();
        }
    }

    private static long countOf(String line, String needle) {
        long n = 0;
        for (int i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The same span rows the export reads, straight out of PostgreSQL. */
    private static void copy(DataSource dataSource, long projectId) throws SQLException, IOException {
        AtomicLong bytes = new AtomicLong();
        OutputStream discard = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        try (Connection c = dataSource.getConnection()) {
            long t0 = System.nanoTime();
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select s.document_id, s.annotator_id, s.id, s.start_offset, s.end_offset, s.label
                          from span s where s.project_id = %d
                          order by s.document_id, s.start_offset, s.end_offset desc, s.id) to stdout
                    """.formatted(projectId), discard);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "COPY of the span rows: %,d rows in %.1f s, %,.0f rows/s, %,d MB%n", rows, seconds,
                    rows / seconds, bytes.get() >> 20);
        }
    }
}
