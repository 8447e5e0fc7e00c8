package truce.analysis;

/**
 * One step of a Kaplan–Meier curve: from {@code time} on (until the next step) the
 * estimated share of ceasefires still in force is {@code survival}, with an optional
 * pointwise 95% interval (e.g. Greenwood's).
 *
 * @param time the day of the step, in days since the ceasefire; finite, &ge; 0
 * @param survival the estimate from {@code time} on, in [0, 1]
 * @param lower the interval's lower bound, in [0, {@code survival}], or {@code NaN} for
 *     none (then {@code upper} is {@code NaN} too)
 * @param upper the interval's upper bound, in [{@code survival}, 1], or {@code NaN}
 */
public record KmStep(double time, double survival, double lower, double upper) {

    /**
     * @throws IllegalArgumentException if a value is out of range, or only one bound is
     *     {@code NaN}
     */
    public KmStep {
        if (!(Double.isFinite(time) && time >= 0.0)) {
            throw new IllegalArgumentException("time must be finite and >= 0: " + time);
        }
        survival = SurvivalPoint.share("survival", survival);
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw new IllegalArgumentException("give both bounds or neither at day " + time
                    + ": [" + lower + ", " + upper + "]");
        }
        if (!Double.isNaN(lower)) {
            lower = SurvivalPoint.share("lower", lower);
            upper = SurvivalPoint.share("upper", upper);
            if (lower > survival + SurvivalPoint.TOLERANCE
                    || upper < survival - SurvivalPoint.TOLERANCE) {
                throw new IllegalArgumentException("interval [" + lower + ", " + upper
                        + "] does not contain the survival " + survival + " at day " + time);
            }
            lower = Math.min(lower, survival);
            upper = Math.max(upper, survival);
        }
    }

    /** A step without an interval. */
    public KmStep(double time, double survival) {
        this(time, survival, Double.NaN, Double.NaN);
    }

    /** Whether this step carries an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(this.lower);
    }
}
