package truce.stats;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The restricted mean survival time (RMST) to a horizon {@code tau}: the area under the
 * Kaplan–Meier curve from 0 to {@code tau}, i.e. the expected number of days (of the first
 * {@code tau}) a ceasefire stays in force (Royston &amp; Parmar 2013). Unlike the median it
 * exists whether or not the curve falls to 0.5, and unlike survival at one day it uses the whole
 * curve.
 *
 * <p>Its variance is the delta-method (Greenwood-type) estimate
 * {@code Var = sum over collapse times t_i <= tau of A_i^2 d_i / (n_i (n_i - d_i))}, where
 * {@code A_i} is the area under the curve from {@code t_i} to {@code tau} (Klein &amp;
 * Moeschberger 2003, section 4.5): what R's {@code survival} package prints for
 * {@code print(survfit(...), rmean = tau)} and {@code survRM2::rmst2} reports. Terms where every
 * spell at risk collapsed ({@code n_i = d_i}) have {@code A_i = 0} and add nothing.
 *
 * @param tau the horizon, in days; {@code > 0}
 * @param estimate the RMST, in days; in {@code [0, tau]}
 * @param standardError its standard error, in days; {@code >= 0}
 * @see <a href="https://doi.org/10.1186/1471-2288-13-152">Royston, P. &amp; Parmar, M. K. B.
 *      (2013). Restricted mean survival time: an alternative to the hazard ratio for the design
 *      and analysis of randomized trials with a time-to-event outcome. BMC Medical Research
 *      Methodology 13, 152</a>
 */
public record RestrictedMean(double tau, double estimate, double standardError) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * @throws IllegalArgumentException if {@code tau} is not positive and finite, the estimate is
     *     not in {@code [0, tau]}, or the standard error is negative or NaN
     */
    public RestrictedMean {
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be positive and finite: " + tau);
        }
        if (!(estimate >= 0 && estimate <= tau * (1 + 1e-12))) {
            throw new IllegalArgumentException("RMST must be in [0, tau]: " + estimate);
        }
        if (!(standardError >= 0)) {
            throw new IllegalArgumentException("standard error must be >= 0: " + standardError);
        }
    }

    /**
     * The RMST of a Kaplan–Meier curve to {@code tau}.
     *
     * @param km the curve; not null
     * @param tau the horizon in days; positive and finite. Beyond the last observed time the
     *     curve is carried forward, so choose {@code tau} at most the shortest follow-up of the
     *     groups compared (for a sweep, the horizon)
     * @return the RMST and its standard error
     * @throws IllegalArgumentException if {@code tau} is not positive and finite
     */
    public static RestrictedMean of(SurvivalCurve km, double tau) {
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be positive and finite: " + tau);
        }
        List<SurvivalStep> events = km.steps().stream().filter(s -> s.events() > 0 && s.time() <= tau).toList();
        int k = events.size();
        // areaAfter[i]: area under S from events[i].time to tau (S constant between collapse times)
        double[] areaAfter = new double[k + 1];
        for (int i = k - 1; i >= 0; i--) {
            double next = i + 1 < k ? events.get(i + 1).time() : tau;
            areaAfter[i] = areaAfter[i + 1] + events.get(i).survival() * (next - events.get(i).time());
        }
        double first = k > 0 ? events.get(0).time() : tau;
        double estimate = first + (k > 0 ? areaAfter[0] : 0.0);
        double variance = 0.0;
        for (int i = 0; i < k; i++) {
            SurvivalStep s = events.get(i);
            if (areaAfter[i] > 0 && s.atRisk() > s.events()) {
                variance += areaAfter[i] * areaAfter[i] * s.events() / ((double) s.atRisk() * (s.atRisk() - s.events()));
            }
        }
        return new RestrictedMean(tau, Math.min(estimate, tau), Math.sqrt(variance));
    }

    /**
     * The normal-theory interval {@code estimate ± z se}, clipped to {@code [0, tau]}.
     *
     * @param level confidence level, strictly between 0 and 1
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public Interval interval(double level) {
        Interval.checkLevel(level);
        double z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
        return new Interval(Math.max(0, estimate - z * standardError), Math.min(tau, estimate + z * standardError), level);
    }

    /**
     * The difference {@code this - other} with the standard error of independent samples,
     * {@code sqrt(se1^2 + se2^2)} (Royston &amp; Parmar 2013). For groups run with common random
     * numbers the samples are positively correlated, so this interval is conservative (too wide).
     *
     * @param other the reference; same {@code tau}; not null
     * @return the difference in days, its standard error, and its interval at {@code level}
     * @throws IllegalArgumentException if the horizons differ or the level is not in (0, 1)
     */
    public Difference minus(RestrictedMean other, double level) {
        if (other.tau != tau) {
            throw new IllegalArgumentException("RMSTs to different horizons: " + tau + " and " + other.tau);
        }
        Interval.checkLevel(level);
        double d = estimate - other.estimate;
        double se = Math.sqrt(standardError * standardError + other.standardError * other.standardError);
        double z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
        double p = se == 0 ? (d == 0 ? 1.0 : 0.0) : 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(d) / se);
        return new Difference(d, se, d - z * se, d + z * se, level, p);
    }

    /**
     * A difference of two RMSTs.
     *
     * @param estimate the difference, in days
     * @param standardError its standard error
     * @param lower lower bound of its interval
     * @param upper upper bound of its interval
     * @param level the interval's confidence level
     * @param pValue two-sided p-value of the Wald test of no difference
     */
    public record Difference(double estimate, double standardError, double lower, double upper, double level,
                             double pValue) {
    }
}
