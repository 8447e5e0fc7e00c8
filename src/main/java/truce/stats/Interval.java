package truce.stats;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level. A degenerate
 * interval ({@code lower == upper}) is allowed: a Kaplan–Meier interval before the first event is
 * {@code [1, 1]}.
 *
 * @param lower lower bound, in the unit of the estimate; not NaN
 * @param upper upper bound, in the unit of the estimate; {@code upper >= lower}, not NaN
 * @param level confidence level (coverage probability), strictly between 0 and 1 (0.95 for 95%)
 * @see org.apache.commons.math3.stat.interval.ConfidenceInterval
 */
public record Interval(double lower, double upper, double level) {

    /**
     * Checks the bounds and the level.
     *
     * @throws IllegalArgumentException if {@code lower} or {@code upper} is NaN
     * @throws IllegalArgumentException if {@code lower > upper}
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("interval bounds must not be NaN: [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower bound " + lower + " > upper bound " + upper);
        }
        checkLevel(level);
    }

    /**
     * Whether {@code x} lies in the closed interval.
     *
     * @param x a value in the unit of the estimate
     * @return {@code lower <= x <= upper}; false for NaN
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** @return {@code upper - lower}, never negative */
    public double width() {
        return upper - lower;
    }

    /**
     * Checks a confidence level, for every method of this package that takes one.
     *
     * @param level the level to check
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1 (or is NaN)
     */
    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
    }
}
