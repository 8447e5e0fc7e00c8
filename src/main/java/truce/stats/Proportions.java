package truce.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * Confidence intervals for a binomial proportion, such as the share of runs whose ceasefire
 * survived to the horizon. A stateless facade over Commons Math.
 */
public final class Proportions {

    private Proportions() {
    }

    /**
     * Wilson score interval (without continuity correction) for the proportion
     * {@code successes / n}, computed by Commons Math
     * (Commons Math's {@code IntervalUtils.getWilsonScoreInterval(int, int, double)}, see {@link #wilsonScore}). The lower bound is exactly 0
     * when {@code successes == 0} and the upper bound exactly 1 when {@code successes == n}, as in
     * theory (Commons Math can miss them by a rounding error), and both are clipped to
     * {@code [0, 1]}.
     *
     * @param successes number of successes (runs that survived, say); {@code 0 <= successes <= n}
     * @param n number of trials (runs); {@code 1 <= n <= Integer.MAX_VALUE} (Commons Math counts in
     *        {@code int})
     * @param level confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the interval, a proportion in {@code [0, 1]} at each end, never null
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws IllegalArgumentException if {@code n > Integer.MAX_VALUE}
     * @throws IllegalArgumentException if {@code successes < 0} or {@code successes > n}
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     * @see <a href="https://doi.org/10.1080/01621459.1927.10502953">Wilson, E. B. (1927). Probable
     *      inference, the law of succession, and statistical inference. JASA 22(158), 209–212</a>
     * @see <a href="https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8%3C857::AID-SIM777%3E3.0.CO;2-E">
     *      Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
     *      comparison of seven methods. Statistics in Medicine 17, 857–872 (method 3)</a>
     */
    public static Interval wilson(long successes, long n, double level) {
        if (n < 1) {
            throw new IllegalArgumentException("number of trials must be >= 1: " + n);
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("number of trials must be <= " + Integer.MAX_VALUE + ": " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, " + n + "]: " + successes);
        }
        Interval.checkLevel(level);
        final double[] ci = wilsonScore((int) n, (int) successes, level);
        final double lower = successes == 0 ? 0.0 : Math.max(0.0, ci[0]);
        final double upper = successes == n ? 1.0 : Math.min(1.0, ci[1]);
        return new Interval(lower, upper, level);
    }

    /** Normal quantiles by confidence level, each computed once. */
    private static final Map<Double, Double> Z = new ConcurrentHashMap<>();

    /**
     * Commons Math's {@code WilsonScoreInterval.createInterval}, operation for operation (so the
     * same doubles), with its normal quantile computed once per level: Commons Math builds a new
     * {@code NormalDistribution}, and with it a seeded {@code Well19937c} generator it never uses,
     * on every call, which was most of the cost of summarising a sweep of many points.
     */
    static double[] wilsonScore(int numberOfTrials, int numberOfSuccesses, double confidenceLevel) {
        final double z = Z.computeIfAbsent(confidenceLevel, level -> {
            final double alpha = (1.0 - level) / 2;
            return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - alpha);
        });
        final double zSquared = FastMath.pow(z, 2);
        final double mean = (double) numberOfSuccesses / (double) numberOfTrials;
        final double factor = 1.0 / (1.0 + (1.0 / numberOfTrials) * zSquared);
        final double modifiedSuccessRatio = mean + (1.0 / (2 * numberOfTrials)) * zSquared;
        final double difference = z * FastMath.sqrt(1.0 / numberOfTrials * mean * (1 - mean)
                + (1.0 / (4 * FastMath.pow((double) numberOfTrials, 2))) * zSquared);
        return new double[] {factor * (modifiedSuccessRatio - difference), factor * (modifiedSuccessRatio + difference)};
    }
}
