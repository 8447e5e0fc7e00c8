package truce.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Variance-based global sensitivity indices from a Saltelli design: outputs at the base matrices
 * A and B and at each AB_i (A with column i from B). First-order indices by Saltelli et al.
 * (2010), total-order indices by Jansen (1999), with bootstrap percentile intervals over the
 * base samples (Archer, Saltelli &amp; Sobol 1997).
 *
 * @see <a href="https://doi.org/10.1016/j.cpc.2009.09.018">Saltelli et al. (2010), Variance based
 *     sensitivity analysis of model output. Design and estimator for the total sensitivity index</a>
 */
public final class SobolIndices {

    /**
     * The indices of one parameter.
     *
     * @param first first-order index S_i
     * @param firstInterval its bootstrap interval
     * @param total total-order index S_Ti
     * @param totalInterval its bootstrap interval
     */
    public record Index(double first, Interval firstInterval, double total, Interval totalInterval) {
    }

    private SobolIndices() {
    }

    /**
     * Estimates the indices.
     *
     * @param yA outputs at the N rows of A
     * @param yB outputs at the N rows of B
     * @param yAB yAB[i] are the outputs at the N rows of AB_i, one array per parameter
     * @param resamples bootstrap resamples, at least 100
     * @param level interval level, e.g. 0.95
     * @param seed seed of the bootstrap's generator (results are a pure function of it)
     * @return one index per parameter, in order
     * @throws IllegalArgumentException if the arrays differ in length, N &lt; 2, or the output
     *     has no variance
     */
    public static List<Index> estimate(double[] yA, double[] yB, double[][] yAB, int resamples, double level, long seed) {
        int n = yA.length;
        if (n < 2 || yB.length != n || Arrays.stream(yAB).anyMatch(a -> a.length != n)) {
            throw new IllegalArgumentException("expected N >= 2 outputs in A, B and every AB_i");
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("expected at least 100 bootstrap resamples, found " + resamples);
        }
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        MersenneTwister random = new MersenneTwister(seed);
        double[][][] boot = new double[yAB.length][2][resamples];
        int[] idx = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                idx[j] = random.nextInt(n);
            }
            for (int i = 0; i < yAB.length; i++) {
                double[] s = indices(yA, yB, yAB[i], idx);
                boot[i][0][b] = s[0];
                boot[i][1][b] = s[1];
            }
        }
        double lo = 100 * (1 - level) / 2;
        double hi = 100 - lo;
        List<Index> out = new ArrayList<>(yAB.length);
        for (int i = 0; i < yAB.length; i++) {
            double[] s = indices(yA, yB, yAB[i], all);
            out.add(new Index(s[0], interval(boot[i][0], lo, hi, level), s[1], interval(boot[i][1], lo, hi, level)));
        }
        return out;
    }

    /** {first, total} over the base samples listed in {@code idx}. */
    private static double[] indices(double[] yA, double[] yB, double[] yABi, int[] idx) {
        int n = idx.length;
        double mean = 0;
        for (int j : idx) {
            mean += yA[j] + yB[j];
        }
        mean /= 2 * n;
        double var = 0;
        double first = 0;
        double total = 0;
        for (int j : idx) {
            var += (yA[j] - mean) * (yA[j] - mean) + (yB[j] - mean) * (yB[j] - mean);
            first += yB[j] * (yABi[j] - yA[j]);
            total += (yA[j] - yABi[j]) * (yA[j] - yABi[j]);
        }
        var /= 2 * n - 1;
        if (var <= 0) {
            throw new IllegalArgumentException("the output does not vary over the design: no indices");
        }
        return new double[] {first / n / var, total / (2.0 * n) / var};
    }

    private static Interval interval(double[] samples, double lo, double hi, double level) {
        Percentile p = new Percentile();
        p.setData(samples);
        double a = p.evaluate(Math.max(lo, 1e-9));
        double b = p.evaluate(Math.min(hi, 100));
        return new Interval(Math.min(a, b), Math.max(a, b), level);
    }
}
