package org.tawsim.agreement.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The facade: agreement of a list of annotators over a corpus, overall, per pair, per label and per
 * document. Immutable; {@link #withDocument(Document)} returns the report after one document changed
 * by recomputing that document's {@link DocumentStatistics} only and re-summing all of them, which
 * gives exactly the result of a full recomputation.
 *
 * <pre>{@code
 * AgreementReport report = AgreementReport.of(corpus, List.of("amal", "bilal", "dina"));
 * double f1 = report.overall().pair("amal", "bilal").spans().exact().f1();
 * List<String> worstFirst = report.documentsByAscending(a -> a.tokenAlpha().alpha());
 * report = report.withDocument(editedDocument);
 * }</pre>
 */
public final class AgreementReport {

    private final List<String> annotators;
    private final Tokenization tokenization;
    private final Map<String, DocumentStatistics> statistics;
    private final Map<String, Agreement> documents;
    private final Agreement overall;

    private AgreementReport(List<String> annotators, Tokenization tokenization, Map<String, DocumentStatistics> statistics,
                            Map<String, Agreement> documents) {
        this.annotators = annotators;
        this.tokenization = tokenization;
        this.statistics = Collections.unmodifiableMap(statistics);
        this.documents = Collections.unmodifiableMap(documents);
        this.overall = Agreement.of(annotators, List.copyOf(statistics.values()));
    }

    public static AgreementReport of(Corpus corpus, List<String> annotators) {
        return of(corpus, annotators, new WhitespaceAndSpanBoundaryTokenization());
    }

    public static AgreementReport of(Corpus corpus, List<String> annotators, Tokenization tokenization) {
        List<String> names = List.copyOf(annotators);
        // documents are independent: compute them in parallel, keep corpus order
        List<DocumentStatistics> computed = corpus.documents().parallelStream()
                .map(document -> DocumentStatistics.of(document, names, tokenization))
                .toList();
        return fromStatistics(names, tokenization, computed);
    }

    /** Rebuilds a report from statistics cached elsewhere, in corpus order. */
    public static AgreementReport fromStatistics(List<String> annotators, Tokenization tokenization,
                                                 List<DocumentStatistics> statistics) {
        List<String> names = List.copyOf(annotators);
        var byId = new LinkedHashMap<String, DocumentStatistics>();
        statistics.forEach(s -> {
            if (byId.put(s.documentId(), s) != null) {
                throw new IllegalArgumentException("duplicate document id " + s.documentId());
            }
        });
        var perDocument = new LinkedHashMap<String, Agreement>();
        var agreements = statistics.parallelStream().map(s -> Agreement.of(names, List.of(s))).toList();
        for (int i = 0; i < statistics.size(); i++) {
            perDocument.put(statistics.get(i).documentId(), agreements.get(i));
        }
        return new AgreementReport(names, tokenization, byId, perDocument);
    }

    /** The report after {@code document} was added or changed; it keeps its place in corpus order. */
    public AgreementReport withDocument(Document document) {
        DocumentStatistics changed = DocumentStatistics.of(document, annotators, tokenization);
        var newStatistics = new LinkedHashMap<>(statistics);
        newStatistics.put(document.id(), changed);
        var newDocuments = new LinkedHashMap<>(documents);
        newDocuments.put(document.id(), Agreement.of(annotators, List.of(changed)));
        return new AgreementReport(annotators, tokenization, newStatistics, newDocuments);
    }

    public AgreementReport withoutDocument(String documentId) {
        var newStatistics = new LinkedHashMap<>(statistics);
        var newDocuments = new LinkedHashMap<>(documents);
        newStatistics.remove(documentId);
        newDocuments.remove(documentId);
        return new AgreementReport(annotators, tokenization, newStatistics, newDocuments);
    }

    public List<String> annotators() {
        return annotators;
    }

    public Agreement overall() {
        return overall;
    }

    /** Agreement on each document alone, in corpus order. */
    public Map<String, Agreement> documents() {
        return documents;
    }

    public Agreement document(String documentId) {
        Agreement agreement = documents.get(documentId);
        if (agreement == null) {
            throw new NoSuchElementException("no document " + documentId);
        }
        return agreement;
    }

    /** The cacheable per-document statistics, in corpus order. */
    public List<DocumentStatistics> statistics() {
        return List.copyOf(statistics.values());
    }

    /**
     * Document ids from the lowest to the highest value of {@code measure}; documents where it is
     * undefined come last, ties keep corpus order. For example
     * {@code a -> a.tokenAlpha().alpha()} or {@code a -> a.pooledSpans().exact().f1OrUndefined()}.
     */
    public List<String> documentsByAscending(Function<Agreement, Coefficient> measure) {
        var ids = new ArrayList<>(documents.keySet());
        Map<String, Coefficient> values = new LinkedHashMap<>();
        ids.forEach(id -> values.put(id, measure.apply(documents.get(id))));
        ids.sort(Comparator.comparing((String id) -> !values.get(id).isDefined())
                .thenComparingDouble(id -> values.get(id).orElse(0.0)));
        return ids;
    }
}
