package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one document contributes to an agreement report, for a fixed list of annotators:
 * counts only, so that a corpus figure is a sum (or, for alpha_u, an in-order fold) of these and a
 * changed document is recomputed alone. Computing this is the expensive part; combining is cheap.
 *
 * <p>Missing data: a pair contributes only when both annotators annotated the document; Fleiss'
 * kappa only when all did; Krippendorff's alpha takes whoever did (a token rated by one annotator
 * is unpairable). All token-level coefficients rate the same tokens, cut by the
 * {@link Tokenization} over the spans of every listed annotator who annotated the document.
 */
public final class DocumentStatistics {

    /** The additive statistics of one pair of annotators on this document. */
    record PairStatistics(SpanF1 spans, LabelConfusion confusion, CohenKappa cohenKappa, CoreferenceScores coreference) {
    }

    private final String documentId;
    private final List<String> annotators;
    private final Map<AnnotatorPair, PairStatistics> pairs;
    private final FleissKappa fleissKappa;
    private final KrippendorffAlpha tokenAlpha;
    private final UnitizingDocument unitizing;

    private DocumentStatistics(String documentId, List<String> annotators, Map<AnnotatorPair, PairStatistics> pairs,
                               FleissKappa fleissKappa, KrippendorffAlpha tokenAlpha, UnitizingDocument unitizing) {
        this.documentId = documentId;
        this.annotators = annotators;
        this.pairs = pairs;
        this.fleissKappa = fleissKappa;
        this.tokenAlpha = tokenAlpha;
        this.unitizing = unitizing;
    }

    public static DocumentStatistics of(Document document, List<String> annotators, Tokenization tokenization) {
        annotators = List.copyOf(annotators);
        if (annotators.stream().distinct().count() != annotators.size()) {
            throw new IllegalArgumentException("annotators must be distinct: " + annotators);
        }
        int count = annotators.size();
        int length = document.textLength();
        Annotation[] views = new Annotation[count];
        var allSpans = new ArrayList<Span>();
        for (int i = 0; i < count; i++) {
            views[i] = document.annotation(annotators.get(i)).orElse(null);
            if (views[i] != null) {
                allSpans.addAll(views[i].spans());
            }
        }
        List<WhitespaceToken> tokens = tokenization.tokenize(document.text(), allSpans);
        String[][] labels = new String[count][];
        CoreferencePartition[] partitions = new CoreferencePartition[count];
        List<List<Span>> unitizingSpans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (views[i] != null) {
                labels[i] = TokenLabels.label(tokens, views[i].spans(), length);
                partitions[i] = CoreferencePartition.of(views[i].spans(), views[i].chains());
            }
            unitizingSpans.add(views[i] == null ? null : views[i].spans());
        }
        var pairs = new LinkedHashMap<AnnotatorPair, PairStatistics>();
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                if (views[i] != null && views[j] != null) {
                    pairs.put(new AnnotatorPair(annotators.get(i), annotators.get(j)), new PairStatistics(
                            SpanF1.compare(views[i].spans(), views[j].spans()),
                            LabelConfusion.of(views[i].spans(), views[j].spans()),
                            CohenKappa.of(labels[i], labels[j]),
                            CoreferenceScores.compare(partitions[i], partitions[j])));
                }
            }
        }
        return new DocumentStatistics(document.id(), annotators, Collections.unmodifiableMap(pairs),
                fleiss(labels, tokens.size()), tokenAlpha(labels, tokens.size()),
                UnitizingDocument.of(length, unitizingSpans));
    }

    public String documentId() {
        return documentId;
    }

    public List<String> annotators() {
        return annotators;
    }

    Map<AnnotatorPair, PairStatistics> pairs() {
        return pairs;
    }

    FleissKappa fleissKappa() {
        return fleissKappa;
    }

    KrippendorffAlpha tokenAlpha() {
        return tokenAlpha;
    }

    UnitizingDocument unitizing() {
        return unitizing;
    }

    private static FleissKappa fleiss(String[][] labels, int tokens) {
        if (labels.length < 2 || Arrays.stream(labels).anyMatch(Objects::isNull)) {
            return FleissKappa.EMPTY;
        }
        var tally = new FleissKappa.Tally();
        for (int t = 0; t < tokens; t++) {
            tally.add(ratings(labels, t));
        }
        return tally.result();
    }

    private static KrippendorffAlpha tokenAlpha(String[][] labels, int tokens) {
        var tally = new KrippendorffAlpha.Tally();
        for (int t = 0; t < tokens; t++) {
            tally.add(ratings(labels, t));
        }
        return tally.result();
    }

    /** The labels of token t, null for an annotator without an annotation. */
    private static String[] ratings(String[][] labels, int t) {
        String[] ratings = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            ratings[i] = labels[i] == null ? null : labels[i][t];
        }
        return ratings;
    }
}
