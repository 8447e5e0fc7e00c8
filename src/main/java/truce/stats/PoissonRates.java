package truce.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Event rates per unit of exposure and their comparison, exact as R's {@code poisson.test}: a
 * rate's interval is Garwood's (1936) from the gamma distribution, and two rates are compared
 * conditionally on their total count, whose split is binomial with chance {@code T1/(T1 + T0)}
 * under equal rates (Clopper–Pearson interval for the split, turned into one for the rate ratio;
 * two-sided binomial p-value as R's {@code binom.test} computes it).
 */
public final class PoissonRates {

    /** R's relative tolerance for "as likely as the observed count" in a two-sided binomial test. */
    private static final double REL_ERR = 1 + 1e-7;

    private PoissonRates() {
    }

    /**
     * A rate and its exact interval.
     *
     * @param events the count; at least 0
     * @param exposure the exposure (e.g. days at risk); more than 0
     * @param level the confidence level, in (0, 1)
     * @return the interval of {@code events / exposure} (Garwood 1936)
     * @throws IllegalArgumentException for a negative count or an exposure that is not positive
     */
    public static Interval rateInterval(long events, double exposure, double level) {
        check(events, exposure);
        Interval.checkLevel(level);
        double alpha = 1 - level;
        double lower = events == 0 ? 0 : new GammaDistribution(null, events, 1).inverseCumulativeProbability(alpha / 2);
        double upper = new GammaDistribution(null, events + 1, 1).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(lower / exposure, upper / exposure, level);
    }

    /**
     * The comparison of two rates, {@code (e1 / t1) / (e0 / t0)}.
     *
     * @param ratio the rate ratio; infinite when {@code e0 = 0 < e1}, NaN when both counts are 0
     * @param interval its exact conditional interval (upper bound infinite when {@code e0 = 0})
     * @param p the two-sided p-value of equal rates
     */
    public record Ratio(double ratio, Interval interval, double p) {
    }

    /**
     * Compares rate 1 with rate 0, as R's {@code poisson.test(c(e1, e0), c(t1, t0))}.
     *
     * @throws IllegalArgumentException for a negative count, an exposure that is not positive, or no events
     */
    public static Ratio ratio(long e1, double t1, long e0, double t0, double level) {
        check(e1, t1);
        check(e0, t0);
        Interval.checkLevel(level);
        long n = e1 + e0;
        if (n == 0) {
            throw new IllegalArgumentException("no events: the rates cannot be compared");
        }
        double p = t1 / (t1 + t0);
        double alpha = 1 - level;
        double pl = e1 == 0 ? 0 : new BetaDistribution(null, e1, n - e1 + 1).inverseCumulativeProbability(alpha / 2);
        double pu = e1 == n ? 1 : new BetaDistribution(null, e1 + 1, n - e1).inverseCumulativeProbability(1 - alpha / 2);
        double scale = t0 / t1;
        double lower = pl / (1 - pl) * scale;
        double upper = pu == 1 ? Double.POSITIVE_INFINITY : pu / (1 - pu) * scale;
        double ratio = e0 == 0 ? Double.POSITIVE_INFINITY : (e1 / t1) / (e0 / t0);
        return new Ratio(ratio, new Interval(lower, upper, level), binomialTwoSided(e1, n, p));
    }

    /** R's {@code binom.test(x, n, p)$p.value}: the chance of a count no likelier than x. */
    static double binomialTwoSided(long x, long n, double p) {
        BinomialDistribution b = new BinomialDistribution(null, (int) n, p);
        double d = b.probability((int) x);
        double m = n * p;
        if (x == m) {
            return 1;
        }
        double result;
        if (x < m) {
            long y = 0;
            for (long i = (long) Math.ceil(m); i <= n; i++) {
                if (b.probability((int) i) <= d * REL_ERR) {
                    y++;
                }
            }
            result = b.cumulativeProbability((int) x) + (n - y < 0 ? 1 : 1 - b.cumulativeProbability((int) (n - y)));
        } else {
            long y = 0;
            for (long i = 0; i <= (long) Math.floor(m); i++) {
                if (b.probability((int) i) <= d * REL_ERR) {
                    y++;
                }
            }
            result = (y - 1 < 0 ? 0 : b.cumulativeProbability((int) (y - 1))) + 1 - b.cumulativeProbability((int) (x - 1));
        }
        return Math.min(1, result);
    }

    private static void check(long events, double exposure) {
        if (events < 0 || !(exposure > 0) || Double.isInfinite(exposure)) {
            throw new IllegalArgumentException("expected a count >= 0 and a finite exposure > 0, found " + events
                    + " in " + exposure);
        }
    }
}
