package org.tawsim.agreement.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementReportTest {

    private static final List<String> ANNOTATORS = List.of("amal", "bilal", "dina");

    /**
     * "Amal met Bilal in Rabat": amal marks PERSON Amal, PERSON Bilal, LOCATION Rabat; bilal marks
     * PERSON Amal, ORG Bilal. By hand: tokens Amal|met|Bilal|in|Rabat, labels P O P O L vs P O ORG O O,
     * 3 agreements of 5; sum a_k b_k = P 2·1 + O 2·3 = 8; kappa = (5·3 - 8)/(25 - 8) = 7/17.
     * Spans: 1 exact match, R = 1/3, P = 1/2. Coreference, all singletons: MUC 0; B³ R = 2/3, P = 1;
     * CEAF-e R = 2/3, P = 1; BLANC has no key coreference link so only non-coreference links count:
     * key pairs 3, response pairs 1 (Amal-Bilal), shared 1, R = 1/3, P = 1, F = 0.5.
     */
    @Test
    void smallDocumentByHand() {
        String text = "Amal met Bilal in Rabat";
        var amal = new Annotation("amal", List.of(new Span(0, 4, "PERSON"), new Span(9, 14, "PERSON"), new Span(18, 23, "LOCATION")));
        var bilal = new Annotation("bilal", List.of(new Span(0, 4, "PERSON"), new Span(9, 14, "ORG")));
        var report = AgreementReport.of(new Corpus(List.of(new Document("d1", text, List.of(amal, bilal)))), List.of("amal", "bilal"));
        PairAgreement pair = report.overall().pair("bilal", "amal");
        assertEquals(new AnnotatorPair("amal", "bilal"), pair.pair());
        assertEquals(7.0 / 17, pair.cohenKappa().kappa().value(), 1e-12);
        assertEquals(1.0 / 3, pair.spans().exact().recall(), 1e-12);
        assertEquals(0.5, pair.spans().exact().precision(), 1e-12);
        assertEquals(1, pair.labelConfusion().count("PERSON", "ORG"));
        CoreferenceScores coreference = pair.coreference();
        assertEquals(0.0, coreference.muc().f1());
        assertEquals(2.0 / 3, coreference.bCubed().recall(), 1e-12);
        assertEquals(1.0, coreference.bCubed().precision(), 1e-12);
        assertEquals(2.0 / 3, coreference.ceafE().recall(), 1e-12);
        assertEquals(0.5, coreference.blanc().f1(), 1e-12);
        assertEquals(report.overall(), report.document("d1"));
    }

    @Test
    void identicalAnnotatorsAgreeFullyOnEveryMeasure() {
        Corpus corpus = SyntheticCorpus.generate(1, 8, ANNOTATORS, 30, 0.0);
        Agreement overall = AgreementReport.of(corpus, ANNOTATORS).overall();
        assertEquals(3, overall.pairs().size());
        for (PairAgreement pair : overall.pairs().values()) {
            assertEquals(1.0, pair.spans().exact().f1(), 1e-12);
            assertEquals(1.0, pair.spans().relaxed().f1(), 1e-12);
            pair.spans().exactByLabel().values().forEach(c -> assertEquals(1.0, c.f1(), 1e-12));
            assertEquals(0, pair.labelConfusion().disagreements());
            assertEquals(1.0, pair.cohenKappa().kappa().value(), 1e-12);
            assertEquals(1.0, pair.alphaU().alpha().value(), 1e-12);
            pair.alphaU().alphaByLabel().values().forEach(a -> assertEquals(1.0, a.value(), 1e-12));
            assertEquals(1.0, pair.coreference().muc().f1(), 1e-12);
            assertEquals(1.0, pair.coreference().bCubed().f1(), 1e-12);
            assertEquals(1.0, pair.coreference().ceafE().f1(), 1e-12);
            assertEquals(1.0, pair.coreference().blanc().f1(), 1e-12);
            assertEquals(1.0, pair.coreference().conllF1(), 1e-12);
        }
        assertEquals(1.0, overall.fleissKappa().kappa().value(), 1e-12);
        assertEquals(1.0, overall.tokenAlpha().alpha().value(), 1e-12);
        assertEquals(1.0, overall.alphaU().alpha().value(), 1e-12);
        assertEquals(SyntheticCorpus.LABELS.size(), overall.alphaU().labels().size());
    }

    @Test
    void disjointAnnotatorsHaveZeroSpanF1() {
        String text = "a b c d e f g h";
        var first = new Annotation("amal", List.of(new Span(0, 1, "PERSON"), new Span(4, 5, "ORG")));
        var second = new Annotation("bilal", List.of(new Span(8, 9, "PERSON"), new Span(12, 13, "ORG")));
        var report = AgreementReport.of(new Corpus(List.of(new Document("d", text, List.of(first, second)))), List.of("amal", "bilal"));
        PairAgreement pair = report.overall().pair("amal", "bilal");
        assertEquals(0.0, pair.spans().exact().f1());
        assertEquals(0.0, pair.spans().relaxed().f1());
        assertTrue(pair.cohenKappa().kappa().value() < 0);
        assertTrue(pair.alphaU().alpha().value() < 0);
    }

    /** The incremental update after one changed document equals a full recomputation exactly. */
    @Test
    void incrementalUpdateEqualsFullRecomputation() {
        Corpus corpus = SyntheticCorpus.generate(42, 30, ANNOTATORS, 25, 0.2);
        AgreementReport before = AgreementReport.of(corpus, ANNOTATORS);
        Document changed = SyntheticCorpus.reannotate(corpus.documents().get(17), "bilal", 99, 0.6);
        var documents = new ArrayList<>(corpus.documents());
        documents.set(17, changed);

        AgreementReport incremental = before.withDocument(changed);
        AgreementReport full = AgreementReport.of(new Corpus(documents), ANNOTATORS);

        assertNotEquals(before.overall(), full.overall(), "the change must matter");
        assertEquals(full.overall(), incremental.overall());
        assertEquals(full.documents(), incremental.documents());
        assertEquals(List.copyOf(full.documents().keySet()), List.copyOf(incremental.documents().keySet()));
    }

    @Test
    void reportIsTheSumOfItsDocuments() {
        Corpus corpus = SyntheticCorpus.generate(5, 6, ANNOTATORS, 20, 0.3);
        AgreementReport report = AgreementReport.of(corpus, ANNOTATORS);
        var pair = new AnnotatorPair("amal", "dina");
        PrecisionRecallCounts summed = PrecisionRecallCounts.ZERO;
        for (Agreement document : report.documents().values()) {
            summed = summed.plus(document.pairs().get(pair).spans().exact());
        }
        assertEquals(summed, report.overall().pairs().get(pair).spans().exact());
        assertEquals(report.overall(), AgreementReport.fromStatistics(ANNOTATORS, new WhitespaceAndSpanBoundaryTokenization(),
                report.statistics()).overall());
        assertEquals(report.overall(), report.withoutDocument("nope").overall());
        assertEquals(5, report.withoutDocument("doc-0").documents().size());
    }

    /** Pairs use the documents both annotated, Fleiss those all annotated, alpha whatever is there. */
    @Test
    void missingAnnotationsAreHandledPerMeasure() {
        String text = "x y z";
        var a = new Annotation("amal", List.of(new Span(0, 1, "PERSON")));
        var b = new Annotation("bilal", List.of(new Span(0, 1, "PERSON")));
        var d = new Annotation("dina", List.of(new Span(2, 3, "ORG")));
        var corpus = new Corpus(List.of(
                new Document("all", text, List.of(a, b, d)),
                new Document("noDina", text, List.of(a, b))));
        Agreement overall = AgreementReport.of(corpus, ANNOTATORS).overall();
        assertEquals(2, overall.pair("amal", "bilal").documents());
        assertEquals(1, overall.pair("amal", "dina").documents());
        Coefficient[][] kappas = overall.matrix(p -> p.cohenKappa().kappa());
        assertEquals(overall.pair("bilal", "dina").cohenKappa().kappa(), kappas[2][1]);
        assertEquals(kappas[1][2], kappas[2][1]);
        assertFalse(kappas[0][0].isDefined());
        assertEquals(3, overall.fleissKappa().items()); // tokens of "all" only
        assertEquals(3 * 3 + 3 * 2, overall.tokenAlpha().pairableValues());
        assertEquals(5, overall.alphaU().continuumLength()); // "all" only
        assertEquals(10, overall.pair("amal", "bilal").alphaU().continuumLength());
    }

    /** No spans at all: coefficients undefined, F1 0 but flagged empty, coreference 0, no NaN anywhere. */
    @Test
    void documentsWithoutSpansOrTextAreUndefinedNotNaN() {
        var corpus = new Corpus(List.of(
                new Document("blank", "some words here", List.of(new Annotation("amal", List.of()), new Annotation("bilal", List.of()))),
                new Document("empty", "", List.of(new Annotation("amal", List.of()), new Annotation("bilal", List.of())))));
        Agreement overall = AgreementReport.of(corpus, List.of("amal", "bilal")).overall();
        PairAgreement pair = overall.pair("amal", "bilal");
        assertFalse(pair.cohenKappa().kappa().isDefined());
        assertEquals(1.0, pair.cohenKappa().observedAgreement().value());
        assertFalse(overall.fleissKappa().kappa().isDefined());
        assertFalse(overall.tokenAlpha().alpha().isDefined());
        assertFalse(overall.alphaU().alpha().isDefined());
        assertEquals(0.0, pair.spans().exact().f1());
        assertFalse(pair.spans().exact().f1OrUndefined().isDefined());
        assertEquals(0.0, pair.coreference().conllF1());
        assertEquals(0.0, pair.coreference().blanc().f1());
    }

    @Test
    void documentsSortFromLowestAgreementWithUndefinedLast() {
        String text = "a b c d";
        var good = new Document("good", text, List.of(
                new Annotation("amal", List.of(new Span(0, 1, "PERSON"))), new Annotation("bilal", List.of(new Span(0, 1, "PERSON")))));
        var bad = new Document("bad", text, List.of(
                new Annotation("amal", List.of(new Span(0, 1, "PERSON"))), new Annotation("bilal", List.of(new Span(4, 5, "ORG")))));
        var silent = new Document("silent", text, List.of(new Annotation("amal", List.of()), new Annotation("bilal", List.of())));
        var report = AgreementReport.of(new Corpus(List.of(silent, good, bad)), List.of("amal", "bilal"));
        assertEquals(List.of("bad", "good", "silent"), report.documentsByAscending(a -> a.tokenAlpha().alpha()));
        assertEquals(List.of("bad", "good", "silent"), report.documentsByAscending(a -> a.pooledSpans().exact().f1OrUndefined()));
    }
}
