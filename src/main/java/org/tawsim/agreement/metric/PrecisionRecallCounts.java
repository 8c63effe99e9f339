package org.tawsim.agreement.metric;

/**
 * Numerators and denominators of recall and precision, as the CoNLL-2012 reference scorer v8.01
 * ({@code CorScorer.pm}) accumulates them: corpus figures sum these over documents first and only
 * then divide. Numerators are doubles because B³ and CEAF numerators are fractional.
 *
 * <p>Edge cases follow the scorer's {@code ShowRPF}: a zero denominator gives 0, and F1 is 0 when
 * precision + recall is 0. {@link #f1OrUndefined()} tells "nothing to compare" apart from "no match".
 */
public record PrecisionRecallCounts(double recallNumerator, double recallDenominator,
                                    double precisionNumerator, double precisionDenominator) {

    public static final PrecisionRecallCounts ZERO = new PrecisionRecallCounts(0, 0, 0, 0);

    public PrecisionRecallCounts plus(PrecisionRecallCounts other) {
        return new PrecisionRecallCounts(recallNumerator + other.recallNumerator,
                recallDenominator + other.recallDenominator,
                precisionNumerator + other.precisionNumerator,
                precisionDenominator + other.precisionDenominator);
    }

    public double recall() {
        return recallDenominator == 0 ? 0.0 : recallNumerator / recallDenominator;
    }

    public double precision() {
        return precisionDenominator == 0 ? 0.0 : precisionNumerator / precisionDenominator;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** True when both sides are empty: there was nothing to agree or disagree on. */
    public boolean isEmpty() {
        return recallDenominator == 0 && precisionDenominator == 0;
    }

    /** F1, or undefined when both sides are empty (useful for sorting a dashboard). */
    public Coefficient f1OrUndefined() {
        return isEmpty() ? Coefficient.undefined() : Coefficient.of(f1());
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
