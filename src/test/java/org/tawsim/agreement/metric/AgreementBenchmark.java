package org.tawsim.agreement.metric;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark harness, not a test: times a full report over 1,000 documents × 3 annotators × ~150
 * spans (with chains) and the incremental update after one changed document, median of several runs.
 * Targets: full &lt; 5 s and incremental &lt; 100 ms on two cores.
 *
 * <p>Run after {@code mvn -q -B test-compile}:
 * <pre>java -cp target/test-classes:target/classes org.tawsim.agreement.metric.AgreementBenchmark</pre>
 * (the metric package needs nothing but the JDK, so no dependency classpath is required).
 */
public final class AgreementBenchmark {

    private static final List<String> ANNOTATORS = List.of("amal", "bilal", "dina");
    private static final int DOCUMENTS = 1_000;
    private static final int SPANS = 150;
    private static final int FULL_RUNS = 5;
    private static final int INCREMENTAL_RUNS = 15;
    private static final int WARM_UP_UPDATES = 5;

    private AgreementBenchmark() {
    }

    public static void main(String[] args) {
        long generationStart = System.nanoTime();
        Corpus corpus = SyntheticCorpus.generate(20_26, DOCUMENTS, ANNOTATORS, SPANS, 0.15);
        long spans = corpus.documents().stream().flatMap(d -> d.annotations().stream()).mapToLong(a -> a.spans().size()).sum();
        long chains = corpus.documents().stream().flatMap(d -> d.annotations().stream()).mapToLong(a -> a.chains().size()).sum();
        System.out.printf("corpus: %d documents x %d annotators, %d spans, %d chains, generated in %.0f ms; %d processors%n",
                DOCUMENTS, ANNOTATORS.size(), spans, chains, millis(System.nanoTime() - generationStart),
                Runtime.getRuntime().availableProcessors());

        AgreementReport report = AgreementReport.of(corpus, ANNOTATORS); // warm-up
        double[] full = new double[FULL_RUNS];
        double[] fullCpu = new double[FULL_RUNS];
        for (int run = 0; run < FULL_RUNS; run++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            report = AgreementReport.of(corpus, ANNOTATORS);
            full[run] = millis(System.nanoTime() - start);
            fullCpu[run] = millis(processCpuNanos() - cpu);
        }

        var changed = new ArrayList<Document>();
        for (int run = 0; run < INCREMENTAL_RUNS + WARM_UP_UPDATES; run++) {
            Document document = corpus.documents().get((run * 97) % DOCUMENTS);
            changed.add(SyntheticCorpus.reannotate(document, ANNOTATORS.get(run % ANNOTATORS.size()), run, 0.5));
        }
        System.gc(); // start the update phase without the full reports' garbage
        double[] incremental = new double[INCREMENTAL_RUNS];
        double[] incrementalCpu = new double[INCREMENTAL_RUNS];
        for (int run = 0; run < changed.size(); run++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            report = report.withDocument(changed.get(run));
            if (run >= WARM_UP_UPDATES) {
                incremental[run - WARM_UP_UPDATES] = millis(System.nanoTime() - start);
                incrementalCpu[run - WARM_UP_UPDATES] = millis(processCpuNanos() - cpu);
            }
        }

        Agreement overall = report.overall();
        PairAgreement pair = overall.pair("amal", "bilal");
        System.out.printf("full report:        median %.0f ms wall (%.0f ms CPU) over %d runs, wall %s%n",
                median(full), median(fullCpu), FULL_RUNS, round(full));
        System.out.printf("incremental update: median %.1f ms wall (%.1f ms CPU) over %d runs, wall %s%n",
                median(incremental), median(incrementalCpu), INCREMENTAL_RUNS, round(incremental));
        System.out.printf("machine load average while running: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("sanity: amal/bilal exact F1 %.4f, Cohen kappa %s, alpha_u %s, CoNLL %.4f; Fleiss %s, alpha %s%n",
                pair.spans().exact().f1(), pair.cohenKappa().kappa(), pair.alphaU().alpha(), pair.coreference().conllF1(),
                overall.fleissKappa().kappa(), overall.tokenAlpha().alpha());
    }

    /** CPU time of all threads of this process: the work done, whatever else the machine runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<Long> round(double[] values) {
        return Arrays.stream(values).mapToObj(Math::round).toList();
    }
}
