package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tawsim.suggestion.model.HeldOutSplit;
import org.tawsim.suggestion.model.LabelScore;
import org.tawsim.suggestion.model.NameFinderTraining;
import org.tawsim.suggestion.model.NameModel;
import org.tawsim.suggestion.model.SpanEvaluation;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.model.TrainingOutcome;
import org.tawsim.suggestion.model.TrainingSettings;

/**
 * Benchmark, not a test: trains the OpenNLP recommender on synthetic curated documents (the pure model API, no
 * database) and prints training time, peak heap during training, model size, suggestion time per document and the
 * held-out figures. Its class name ends in neither Test nor Tests, so Surefire runs it only when asked for by name.
 *
 * Run (documents and sentences per document are optional, 1000 and 10 by default); it needs only OpenNLP and SLF4J:
 * mvn -o -q -B test-compile
 * M=~/.m2/repository; java -Xmx1g -cp target/test-classes:target/classes:$M/org/apache/opennlp/opennlp-tools/2.5.4/opennlp-tools-2.5.4.jar:$M/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
 *     org.tawsim.bench.OpenNlpTrainingBenchmark [documents] [sentences]
 */
public final class OpenNlpTrainingBenchmark {

    private OpenNlpTrainingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<TrainingDocument> documents = SyntheticCorpus.documents(count, sentences, 2026);
        HeldOutSplit<TrainingDocument> split = HeldOutSplit.of(documents);
        long codePoints = documents.stream().mapToLong(d -> d.text().codePointCount(0, d.text().length())).sum();
        long spans = documents.stream().mapToLong(d -> d.spans().size()).sum();
        System.out.printf("corpus: %d documents x %d sentences, %,d code points, %,d gold spans; training %d, held out %d%n",
                count, sentences, codePoints, spans, split.training().size(), split.heldOut().size());
        System.out.printf("settings: %s, heap limit %,d MB%n", TrainingSettings.DEFAULTS, Runtime.getRuntime().maxMemory() >> 20);

        System.gc();
        long heapBefore = usedHeap();
        resetPeaks();
        long started = System.nanoTime();
        TrainingOutcome outcome = NameFinderTraining.train(split.training(), TrainingSettings.DEFAULTS);
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        long peak = peakHeap();
        NameModel model = ((TrainingOutcome.Trained) outcome).model();
        System.out.printf("training: %.1f s; peak heap %,d MB (%,d MB in use before); model %,d KB%n",
                trainingSeconds, peak >> 20, heapBefore >> 20, model.toBytes().length >> 10);

        List<Double> millis = new ArrayList<>();
        List<SpanEvaluation.Case> cases = new ArrayList<>();
        for (TrainingDocument heldOut : split.heldOut()) {
            long t = System.nanoTime();
            var predicted = model.predict(heldOut.text());
            millis.add((System.nanoTime() - t) / 1e6);
            cases.add(new SpanEvaluation.Case(heldOut.spans(), predicted));
        }
        Collections.sort(millis);
        System.out.printf("suggestions per document (%d held-out documents): mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                millis.size(), millis.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
        SpanEvaluation.Result result = SpanEvaluation.evaluate(cases);
        for (LabelScore score : result.labels()) {
            System.out.println("held out " + format(score));
        }
        System.out.println("held out " + format(result.overall()));
    }

    private static String format(LabelScore s) {
        return String.format("%-9s gold %5d predicted %5d correct %5d  P %s  R %s  F1 %s", s.label(), s.gold(), s.predicted(),
                s.correct(), figure(s.precision()), figure(s.recall()), figure(s.f1()));
    }

    private static String figure(Double value) {
        return value == null ? "n/a" : String.format("%.3f", value);
    }

    private static long usedHeap() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
