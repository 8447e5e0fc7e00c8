package truce.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Morris's elementary effects (Morris 1991), summarised as mu* (the mean absolute effect;
 * Campolongo, Cariboni &amp; Saltelli 2007), mu (the mean effect) and sigma (their standard
 * deviation: non-linearity or interactions), with a bootstrap interval for mu* over trajectories.
 * A cheap screen: a parameter with a small mu* can be fixed before a variance-based analysis.
 *
 * @see <a href="https://doi.org/10.1080/00401706.1991.10484804">Morris (1991), Factorial
 *     sampling plans for preliminary computational experiments</a>
 */
public final class ElementaryEffects {

    /**
     * One parameter's effects, in units of the output per whole range of the parameter.
     *
     * @param muStar mean absolute elementary effect
     * @param muStarInterval its bootstrap interval over trajectories
     * @param mu mean elementary effect
     * @param sigma standard deviation of the elementary effects
     */
    public record Effect(double muStar, Interval muStarInterval, double mu, double sigma) {
    }

    private ElementaryEffects() {
    }

    /**
     * Estimates the effects from trajectories of one-at-a-time steps.
     *
     * @param x r x (k + 1) points, trajectory by trajectory; consecutive points of a trajectory
     *     differ in exactly one parameter
     * @param y the output at each point
     * @param range each parameter's range (to - from), so effects are per whole range
     * @param resamples bootstrap resamples, at least 100
     * @param seed seed of the bootstrap's generator
     * @return one effect per parameter
     * @throws IllegalArgumentException if the shapes disagree or a step changes no parameter or
     *     several
     */
    public static List<Effect> estimate(double[][] x, double[] y, double[] range, int resamples, long seed) {
        int k = range.length;
        if (x.length != y.length || x.length % (k + 1) != 0 || x.length == 0 || resamples < 100) {
            throw new IllegalArgumentException("expected r x (k + 1) points with one output each, r >= 1,"
                    + " and at least 100 resamples");
        }
        int r = x.length / (k + 1);
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int a = t * (k + 1) + s;
                int i = changed(x[a], x[a + 1]);
                ee[i][t] = (y[a + 1] - y[a]) / ((x[a + 1][i] - x[a][i]) / range[i]);
            }
        }
        MersenneTwister random = new MersenneTwister(seed);
        List<Effect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] boot = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                double sum = 0;
                for (int t = 0; t < r; t++) {
                    sum += Math.abs(ee[i][random.nextInt(r)]);
                }
                boot[b] = sum / r;
            }
            Percentile p = new Percentile();
            p.setData(boot);
            double muStar = 0;
            double mu = 0;
            for (double e : ee[i]) {
                muStar += Math.abs(e);
                mu += e;
            }
            muStar /= r;
            mu /= r;
            double var = 0;
            for (double e : ee[i]) {
                var += (e - mu) * (e - mu);
            }
            double sigma = r > 1 ? Math.sqrt(var / (r - 1)) : 0;
            out.add(new Effect(muStar, new Interval(p.evaluate(2.5), p.evaluate(97.5), 0.95), mu, sigma));
        }
        return out;
    }

    private static int changed(double[] a, double[] b) {
        int found = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (found >= 0) {
                    throw new IllegalArgumentException("a step changes more than one parameter");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("a step changes no parameter");
        }
        return found;
    }
}
