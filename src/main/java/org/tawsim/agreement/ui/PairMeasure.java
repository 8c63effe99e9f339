package org.tawsim.agreement.ui;

import java.util.function.Function;
import org.tawsim.agreement.AgreementSummary;

/** The figure the pair matrix shows. */
enum PairMeasure {
    EXACT_F1("agreement.measure.exact-f1", p -> p.exact().f1()),
    RELAXED_F1("agreement.measure.relaxed-f1", p -> p.relaxed().f1()),
    COHEN_KAPPA("agreement.measure.cohen-kappa", AgreementSummary.Pair::cohenKappa),
    ALPHA_U("agreement.measure.alpha-u", AgreementSummary.Pair::alphaU),
    CONLL_F1("agreement.measure.conll-f1", AgreementSummary.Pair::conllF1);

    private final String key;
    private final Function<AgreementSummary.Pair, Double> value;

    PairMeasure(String key, Function<AgreementSummary.Pair, Double> value) {
        this.key = key;
        this.value = value;
    }

    String key() {
        return key;
    }

    Double of(AgreementSummary.Pair pair) {
        return value.apply(pair);
    }
}
