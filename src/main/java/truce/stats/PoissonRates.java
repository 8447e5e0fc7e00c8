package truce.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Erf;

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

    /**
     * The Mantel–Haenszel rate ratio of exposed (1) against unexposed (0) person-time over strata,
     * with Greenland &amp; Robins's (1985) variance of its logarithm and the Mantel–Haenszel test
     * (Rothman, Greenland &amp; Lash, <i>Modern Epidemiology</i>, 3rd ed., ch. 15):
     * {@code RR = sum(a T0 / T) / sum(b T1 / T)},
     * {@code var(ln RR) = sum(M T1 T0 / T^2) / (sum(a T0 / T) x sum(b T1 / T))},
     * {@code chi^2 = (sum a - sum(M T1 / T))^2 / sum(M T1 T0 / T^2)} on 1 degree of freedom, where in
     * each stratum a and b are the events, T1 and T0 the exposures, T = T1 + T0 and M = a + b. Strata
     * without exposure on one side carry no information and are left out. The ratio and its interval
     * are defined as R's {@code epiR::epi.2by2(method = "cohort.time")} defines {@code IRR.mh.wald};
     * the chi-square is the score test of the exposure in a Poisson regression with a rate per
     * stratum ({@code anova(glm(...), test = "Rao")} in R), and the p-value is
     * {@code pchisq(chi, 1, lower.tail = FALSE)} to full relative precision. {@code scripts/r-oracle.R}
     * checks the ratio and interval against the formula written in R, and the p-value against the
     * glm score test, on a shipped sweep.
     *
     * @param a events among the exposed, by stratum
     * @param t1 exposure of the exposed, by stratum
     * @param b events among the unexposed, by stratum
     * @param t0 exposure of the unexposed, by stratum
     * @param level the confidence level
     * @return the ratio (0 or infinite when one side has no events in the informative strata) with
     *     its interval ({@code [0, Inf]} when it cannot be bounded) and two-sided p-value; null when no
     *     stratum has events and exposure on both sides
     */
    public static Ratio mantelHaenszel(long[] a, long[] t1, long[] b, long[] t0, double level) {
        Interval.checkLevel(level);
        double num = 0;
        double den = 0;
        double var = 0;
        double observed = 0;
        double expected = 0;
        for (int s = 0; s < a.length; s++) {
            if (t1[s] <= 0 || t0[s] <= 0) {
                continue;
            }
            double t = t1[s] + (double) t0[s];
            long m = a[s] + b[s];
            num += a[s] * t0[s] / t;
            den += b[s] * t1[s] / t;
            var += m * (double) t1[s] * t0[s] / (t * t);
            observed += a[s];
            expected += m * t1[s] / t;
        }
        if (var == 0) {
            return null;
        }
        double chi = (observed - expected) * (observed - expected) / var;
        double p = Erf.erfc(Math.sqrt(chi / 2)); // P(chi^2_1 > chi) = P(|Z| > sqrt(chi)), accurate in the far tail too
        if (num == 0 || den == 0) {
            return new Ratio(num == 0 ? 0 : Double.POSITIVE_INFINITY, new Interval(0, Double.POSITIVE_INFINITY, level), p);
        }
        double ratio = num / den;
        double se = Math.sqrt(var / (num * den));
        double z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                .inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Ratio(ratio, new Interval(ratio * Math.exp(-z * se), ratio * Math.exp(z * se), level), p);
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
