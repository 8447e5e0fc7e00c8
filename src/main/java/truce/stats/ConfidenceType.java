package truce.stats;

import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How a pointwise confidence interval for a survival or cumulative-incidence probability is
 * built from its standard error: the three {@code conf.type}s of R's {@code survival::survfit},
 * with the same formulas (its internal {@code survfit_confint}), so Truce's intervals equal R's.
 *
 * <p>With {@code p} the estimate, {@code z} the standard normal quantile at {@code (1 + level) / 2}
 * and {@code se} the standard error of {@code log p} (for Kaplan–Meier, the square root of
 * Greenwood's sum):
 * <ul>
 * <li>{@link #LOG} (R's default): {@code p exp(-z se)} to {@code min(1, p exp(z se))};</li>
 * <li>{@link #PLAIN}: {@code max(0, p - z se p)} to {@code min(1, p + z se p)};</li>
 * <li>{@link #LOG_LOG}: {@code exp(-exp(log(-log p) + z se / log p))} ... with the sign
 *     reversed for the upper bound (an interval for {@code log(-log p)}, back-transformed).</li>
 * </ul>
 * Where {@code p = 0} there is no interval (R gives {@code NA}); where {@code p = 1} with no
 * event yet, the interval is {@code [1, 1]} (as R's {@code summary.survfit} gives before the first
 * event).
 *
 * @see <a href="https://doi.org/10.1007/b97377">Klein, J. P. &amp; Moeschberger, M. L. (2003).
 *      Survival Analysis, 2nd ed., Springer, section 4.3 (equations 4.3.1–4.3.3)</a>
 */
public enum ConfidenceType {
    /** Symmetric on the log scale: R's default ({@code conf.type = "log"}). */
    LOG("log"),
    /** Symmetric on the probability scale, clipped to [0, 1] ({@code conf.type = "plain"}). */
    PLAIN("plain"),
    /** Symmetric on the log(-log) scale ({@code conf.type = "log-log"}). */
    LOG_LOG("log-log");

    /** Standard normal; no random generator, as only its quantiles are used. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /**
     * Its quantiles by probability, each computed once: a sweep's summary asks for the same one
     * for every interval of every point (hundreds of thousands), and each costs an inverse error function.
     */
    private static final java.util.Map<Double, Double> QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    private final String rName;

    ConfidenceType(String rName) {
        this.rName = rName;
    }

    /** @return the name R's {@code survfit} gives this type ({@code "log"}, {@code "plain"}, {@code "log-log"}) */
    public String rName() {
        return rName;
    }

    @Override
    public String toString() {
        return rName;
    }

    /**
     * The type R calls {@code name}.
     *
     * @param name {@code log}, {@code plain} or {@code log-log} (case-insensitive); not null
     * @return the type, never null
     * @throws IllegalArgumentException if {@code name} is none of them
     */
    public static ConfidenceType parse(String name) {
        for (ConfidenceType t : values()) {
            if (t.rName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("expected log, plain or log-log, found " + name);
    }

    /**
     * The interval for a probability {@code p} whose log has standard error {@code seLog}.
     *
     * @param p the estimate, in {@code [0, 1]}
     * @param seLog standard error of {@code log p}, {@code >= 0} (may be infinite when {@code p = 0})
     * @param level confidence level, strictly between 0 and 1
     * @return the interval, or empty where {@code p = 0} (R's {@code NA})
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public java.util.Optional<Interval> interval(double p, double seLog, double level) {
        Interval.checkLevel(level);
        if (p == 0.0 || Double.isNaN(seLog)) {
            return Optional.empty();
        }
        if (seLog == 0.0) {
            return Optional.of(new Interval(p, p, level));
        }
        final double z = QUANTILES.computeIfAbsent((1.0 + level) / 2.0, STANDARD_NORMAL::inverseCumulativeProbability);
        double lower;
        double upper;
        switch (this) {
            case PLAIN -> {
                lower = Math.max(0.0, p - z * seLog * p);
                upper = Math.min(1.0, p + z * seLog * p);
            }
            case LOG -> {
                lower = Math.exp(Math.log(p) - z * seLog);
                upper = Math.min(1.0, Math.exp(Math.log(p) + z * seLog));
            }
            default -> {
                if (p >= 1.0) {
                    return Optional.empty(); // R: NA, log(-log 1) being infinite
                }
                final double logp = Math.log(p);
                final double shift = z * seLog / logp; // negative: log p < 0
                lower = Math.exp(-Math.exp(Math.log(-logp) - shift));
                upper = Math.exp(-Math.exp(Math.log(-logp) + shift));
            }
        }
        // rounding can put a bound a hair on the wrong side of the estimate
        return Optional.of(new Interval(Math.min(lower, p), Math.max(upper, p), level));
    }

    /**
     * The interval for a probability {@code p} with standard error {@code se} on its own scale (as
     * for cumulative incidence; R's {@code survfit_confint(logse = FALSE)}).
     *
     * @param p the estimate, in {@code [0, 1]}
     * @param se standard error of {@code p}, {@code >= 0}
     * @param level confidence level, strictly between 0 and 1
     * @return the interval, or empty where {@code p = 0} (but {@code [0, 0]} for {@link #PLAIN} with
     *         {@code se = 0}, as R gives)
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public Optional<Interval> intervalFromProbabilityScale(double p, double se, double level) {
        if (p == 0.0 && se == 0.0 && this == PLAIN) {
            Interval.checkLevel(level);
            return Optional.of(new Interval(0.0, 0.0, level)); // R: 0 -+ z x 0 on the probability scale
        }
        if (p >= 1.0 && this == LOG_LOG) {
            Interval.checkLevel(level);
            return Optional.empty(); // R: NA
        }
        return interval(p, se == 0.0 ? 0.0 : se / p, level);
    }
}
