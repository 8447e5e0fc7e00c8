package truce.analysis;

/**
 * The survival of the ceasefire at one value of a swept parameter: the share of runs in
 * which it was still in force at the horizon, with its 95% (Wilson) interval.
 *
 * <p>Bounds within 1e-9 of the estimate or of [0, 1] (rounding in an interval
 * computation) are clamped; anything further off is rejected.
 *
 * @param x the parameter's value; finite
 * @param survival share of runs that survived, in [0, 1]
 * @param lower lower bound of the interval, in [0, {@code survival}]
 * @param upper upper bound of the interval, in [{@code survival}, 1]
 * @param n runs at this point, &gt; 0
 */
public record SurvivalPoint(double x, double survival, double lower, double upper, long n) {

    public static final double TOLERANCE = 1e-9;

    /**
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public SurvivalPoint {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite: " + x);
        }
        survival = share("survival", survival);
        lower = share("lower", lower);
        upper = share("upper", upper);
        if (lower > survival + TOLERANCE || upper < survival - TOLERANCE) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper
                    + "] does not contain the survival " + survival + " at x = " + x);
        }
        lower = Math.min(lower, survival);
        upper = Math.max(upper, survival);
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0: " + n + " at x = " + x);
        }
    }

    /** {@code v} clamped to [0, 1] if within {@link #TOLERANCE} of it; else throws. */
    public static double share(String name, double v) {
        if (!(v >= -TOLERANCE && v <= 1.0 + TOLERANCE)) {
            throw new IllegalArgumentException(name + " must be a share in [0, 1]: " + v);
        }
        return Math.min(1.0, Math.max(0.0, v));
    }
}
