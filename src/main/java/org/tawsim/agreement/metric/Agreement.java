package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Agreement of a list of annotators over some documents (one document or a whole corpus): every
 * pair, and the coefficients over all annotators. Built only from {@link DocumentStatistics}, by
 * summing their counts in document order (see {@link KrippendorffAlphaU} for its concatenation).
 *
 * @param annotators the compared annotators; pairs are (earlier, later) in this order
 * @param pairs      every pair that shares at least one annotated document
 * @param fleissKappa Fleiss' kappa over the tokens of documents every annotator annotated
 * @param tokenAlpha Krippendorff's nominal alpha over tokens, missing annotations allowed
 * @param alphaU     unitizing alpha of all annotators over documents every one of them annotated
 */
public record Agreement(List<String> annotators, Map<AnnotatorPair, PairAgreement> pairs, FleissKappa fleissKappa,
                        KrippendorffAlpha tokenAlpha, KrippendorffAlphaU alphaU) {

    private static final int PARALLEL_THRESHOLD = 64;

    public Agreement {
        annotators = List.copyOf(annotators);
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }

    public static Agreement of(List<String> annotators, List<DocumentStatistics> documents) {
        for (DocumentStatistics document : documents) {
            if (!document.annotators().equals(annotators)) {
                throw new IllegalArgumentException("document " + document.documentId() + " was computed for "
                        + document.annotators() + ", not " + annotators);
            }
        }
        List<UnitizingDocument> unitizing = documents.stream().map(DocumentStatistics::unitizing).toList();
        int count = annotators.size();
        var pairIndexes = new ArrayList<int[]>();
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                pairIndexes.add(new int[] {i, j});
            }
        }
        // a corpus: pairs are independent, so use both cores; a single document is not worth it
        var stream = documents.size() >= PARALLEL_THRESHOLD ? pairIndexes.parallelStream() : pairIndexes.stream();
        List<PairAgreement> computed = stream
                .map(ij -> pairAgreement(new AnnotatorPair(annotators.get(ij[0]), annotators.get(ij[1])), ij, documents, unitizing))
                .toList();
        var pairs = new LinkedHashMap<AnnotatorPair, PairAgreement>();
        computed.stream().filter(p -> p.documents() > 0).forEach(p -> pairs.put(p.pair(), p));
        int[] everyone = new int[count];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        return new Agreement(annotators, pairs,
                FleissKappa.sum(documents.stream().map(DocumentStatistics::fleissKappa).toList()),
                KrippendorffAlpha.sum(documents.stream().map(DocumentStatistics::tokenAlpha).toList()),
                KrippendorffAlphaU.over(unitizing, everyone));
    }

    private static PairAgreement pairAgreement(AnnotatorPair pair, int[] indexes, List<DocumentStatistics> documents,
                                               List<UnitizingDocument> unitizing) {
        var spans = new ArrayList<SpanF1>();
        var confusions = new ArrayList<LabelConfusion>();
        var kappas = new ArrayList<CohenKappa>();
        var coreference = new ArrayList<CoreferenceScores>();
        for (DocumentStatistics document : documents) {
            DocumentStatistics.PairStatistics part = document.pairs().get(pair);
            if (part != null) {
                spans.add(part.spans());
                confusions.add(part.confusion());
                kappas.add(part.cohenKappa());
                coreference.add(part.coreference());
            }
        }
        return new PairAgreement(pair, spans.size(), SpanF1.sum(spans), LabelConfusion.sum(confusions),
                CohenKappa.sum(kappas), KrippendorffAlphaU.over(unitizing, indexes), CoreferenceScores.sum(coreference));
    }

    /** The pair of these two annotators, whichever order they are named in. */
    public PairAgreement pair(String first, String second) {
        PairAgreement agreement = pairs.get(new AnnotatorPair(first, second));
        if (agreement == null) {
            agreement = pairs.get(new AnnotatorPair(second, first));
        }
        if (agreement == null) {
            throw new NoSuchElementException("no shared document for " + first + " and " + second);
        }
        return agreement;
    }

    /**
     * The pair matrix of a symmetric measure (F1, kappa, alpha_u, CoNLL...), rows and columns in
     * annotator order: cell [i][j] and [j][i] both hold the pair's value, the diagonal and pairs
     * without a shared document are undefined. Directional figures (precision, recall) are read
     * from {@link #pairs()}, where the earlier annotator is the key.
     */
    public Coefficient[][] matrix(Function<PairAgreement, Coefficient> measure) {
        int count = annotators.size();
        Coefficient[][] matrix = new Coefficient[count][count];
        for (Coefficient[] row : matrix) {
            Arrays.fill(row, Coefficient.undefined());
        }
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                PairAgreement pair = pairs.get(new AnnotatorPair(annotators.get(i), annotators.get(j)));
                if (pair != null) {
                    matrix[i][j] = measure.apply(pair);
                    matrix[j][i] = matrix[i][j];
                }
            }
        }
        return matrix;
    }

    /** Span counts of all pairs pooled: exact-match F1 pooled this way is symmetric in each pair. */
    public SpanF1 pooledSpans() {
        return SpanF1.sum(pairs.values().stream().map(PairAgreement::spans).toList());
    }
}
