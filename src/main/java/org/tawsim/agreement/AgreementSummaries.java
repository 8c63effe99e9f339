package org.tawsim.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tawsim.agreement.metric.Agreement;
import org.tawsim.agreement.metric.AgreementReport;
import org.tawsim.agreement.metric.Coefficient;
import org.tawsim.agreement.metric.CoreferenceScores;
import org.tawsim.agreement.metric.PairAgreement;
import org.tawsim.agreement.metric.PrecisionRecallCounts;
import org.tawsim.agreement.metric.SpanF1;

/** Turns a metric report into the plain figures of {@link AgreementSummary}. */
final class AgreementSummaries {

    record Titles(String externalId, String title) {
    }

    private AgreementSummaries() {
    }

    static AgreementSummary of(long projectId, AgreementScope scope, int outOfScope, AgreementReport report,
                               Map<String, Titles> titles) {
        Agreement overall = report.overall();
        List<AgreementSummary.Pair> pairs = overall.pairs().values().stream().map(AgreementSummaries::pair).toList();

        SpanF1 pooled = overall.pooledSpans();
        TreeSet<String> labels = new TreeSet<>(pooled.exactByLabel().keySet());
        labels.addAll(overall.alphaU().labels());
        List<AgreementSummary.LabelFigures> perLabel = labels.stream().map(label -> new AgreementSummary.LabelFigures(label,
                f1(pooled.exactByLabel().get(label)), f1(pooled.relaxedByLabel().get(label)),
                value(overall.alphaU().alpha(label)))).toList();

        List<AgreementSummary.DocumentFigures> perDocument = new ArrayList<>();
        report.documents().forEach((id, agreement) -> {
            Titles t = titles.getOrDefault(id, new Titles(id, id));
            // pairs without any mention have no CoNLL F1; a document where no pair has one shows n/a
            double conll = agreement.pairs().values().stream().map(p -> p.coreference().conllF1OrUndefined())
                    .filter(Coefficient::isDefined).mapToDouble(Coefficient::value).average().orElse(Double.NaN);
            perDocument.add(new AgreementSummary.DocumentFigures(Long.parseLong(id), t.externalId(), t.title(),
                    f1(agreement.pooledSpans().exact()), value(agreement.tokenAlpha().alpha()), value(agreement.alphaU().alpha()),
                    Double.isNaN(conll) ? null : conll));
        });
        // Lowest agreement first; undefined figures last.
        perDocument.sort(Comparator.comparing(AgreementSummary.DocumentFigures::exactF1, Comparator.nullsLast(Comparator.naturalOrder())));

        Map<String, Map<String, Long>> confusion = new LinkedHashMap<>();
        overall.pairs().values().forEach(p -> p.labelConfusion().counts().forEach((keyLabel, row) ->
                row.forEach((responseLabel, n) -> confusion.computeIfAbsent(keyLabel, k -> new LinkedHashMap<>())
                        .merge(responseLabel, n, Long::sum))));

        AgreementSummary.Group group = new AgreementSummary.Group(value(overall.fleissKappa().kappa()),
                value(overall.tokenAlpha().alpha()), value(overall.alphaU().alpha()));
        return new AgreementSummary(projectId, report.annotators(), scope.key(), report.documents().size(), outOfScope,
                group, pairs, perLabel, perDocument, confusion);
    }

    private static AgreementSummary.Pair pair(PairAgreement p) {
        CoreferenceScores c = p.coreference();
        return new AgreementSummary.Pair(p.pair().key(), p.pair().response(), p.documents(), prf(p.spans().exact()),
                prf(p.spans().relaxed()), value(p.cohenKappa().kappa()), value(p.alphaU().alpha()),
                prf(c.muc()), prf(c.bCubed()), prf(c.ceafE()), blanc(c), value(c.conllF1OrUndefined()));
    }

    /** Precision without a response, recall without a key, F1 with neither: n/a, not 0. */
    static AgreementSummary.Prf prf(PrecisionRecallCounts counts) {
        return new AgreementSummary.Prf(counts.precisionDenominator() == 0 ? null : counts.precision(),
                counts.recallDenominator() == 0 ? null : counts.recall(), f1(counts));
    }

    private static AgreementSummary.Prf blanc(CoreferenceScores c) {
        if (c.mentions().isEmpty()) {
            return new AgreementSummary.Prf(null, null, null);
        }
        return new AgreementSummary.Prf(c.blanc().precision(), c.blanc().recall(), c.blanc().f1());
    }

    private static Double f1(PrecisionRecallCounts counts) {
        return counts == null ? null : value(counts.f1OrUndefined());
    }

    static Double value(Coefficient c) {
        return c != null && c.isDefined() ? c.value() : null;
    }
}
