package org.tawsim.agreement.metric;

/**
 * A chance-corrected agreement coefficient that may be undefined.
 *
 * <p>Kappa and alpha divide by the expected disagreement. When there is none (every item in one
 * category, or no items at all) the coefficient is 0/0. We report that as {@link #undefined()}
 * rather than NaN, 0 or 1: any number would claim something the data cannot tell (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability", notes alpha is undefined without variation).
 */
public final class Coefficient {

    private static final Coefficient UNDEFINED = new Coefficient(0.0, false);

    private final double value;
    private final boolean defined;

    private Coefficient(double value, boolean defined) {
        this.value = value;
        this.defined = defined;
    }

    public static Coefficient of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("coefficient must be finite, got " + value);
        }
        return new Coefficient(value, true);
    }

    public static Coefficient undefined() {
        return UNDEFINED;
    }

    /** {@code 1 - observed / expected}, undefined when no disagreement is expected. */
    static Coefficient oneMinusRatio(double observed, double expected) {
        return expected == 0.0 ? UNDEFINED : of(1.0 - observed / expected);
    }

    public boolean isDefined() {
        return defined;
    }

    /** The value; throws for an undefined coefficient so it cannot be used by accident. */
    public double value() {
        if (!defined) {
            throw new IllegalStateException("coefficient is undefined");
        }
        return value;
    }

    public double orElse(double fallback) {
        return defined ? value : fallback;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coefficient c && c.defined == defined
                && Double.doubleToLongBits(c.value) == Double.doubleToLongBits(value);
    }

    @Override
    public int hashCode() {
        return defined ? Double.hashCode(value) : -1;
    }

    @Override
    public String toString() {
        return defined ? Double.toString(value) : "undefined";
    }
}
