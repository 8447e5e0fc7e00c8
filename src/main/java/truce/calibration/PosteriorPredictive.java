package truce.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.random.MersenneTwister;
import truce.batch.Seeds;
import truce.chart.Band;

/**
 * The posterior predictive distribution of the curves: parameter sets drawn from the posterior by
 * weight, each simulated as a data set the size of the target (so the band holds both parameter
 * uncertainty and the sampling noise of a data set that size), and each curve's pointwise 5%, 50%
 * and 95% quantiles over the draws. Draw {@code k}'s particle and seed derive from the master seed
 * and {@code k}, so the bands do not depend on the thread count.
 */
public final class PosteriorPredictive {

    /** Lower and upper quantiles of the band: a 90% band. */
    public static final double LOWER = 0.05;
    public static final double UPPER = 0.95;

    private PosteriorPredictive() {
    }

    /**
     * The bands and each simulated data set's summary vector.
     *
     * @param bands the bands of each measure on days 0..last day of the statistics
     * @param summaries one summary vector per draw
     */
    public record Result(Map<Measure, Band> bands, double[][] summaries) {
    }

    /** The bands of each measure of {@code stats} on days 0..its last day, and each draw's summary. */
    public static Result of(TruceSimulator simulator, Population posterior, SummaryStatistics stats, int draws,
                            long masterSeed, int threads) throws InterruptedException {
        List<Measure> measures = stats.measures();
        int last = stats.lastDay();
        double[][][] values = new double[measures.size()][last + 1][draws];
        double[][] summaries = new double[draws][];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < draws; k++) {
                int draw = k;
                futures.add(pool.submit(() -> {
                    MersenneTwister r = new MersenneTwister(Seeds.run(masterSeed, Seeds.hash("posterior predictive"), draw));
                    double[] theta = posterior.thetas()[pick(posterior.weights(), r.nextDouble())];
                    EndingCurves c = EndingCurves.of(simulator.spells(theta, r.nextLong()));
                    summaries[draw] = stats.of(c);
                    for (int m = 0; m < measures.size(); m++) {
                        for (int d = 0; d <= last; d++) {
                            values[m][d][draw] = measures.get(m).at(c, d);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Measure, Band> out = new LinkedHashMap<>();
        for (int m = 0; m < measures.size(); m++) {
            double[] days = new double[last + 1];
            double[] mid = new double[last + 1];
            double[] lo = new double[last + 1];
            double[] hi = new double[last + 1];
            for (int d = 0; d <= last; d++) {
                double[] v = values[m][d];
                Arrays.sort(v);
                days[d] = d;
                lo[d] = AbcSmc.quantile(v, LOWER);
                mid[d] = AbcSmc.quantile(v, 0.5);
                hi[d] = AbcSmc.quantile(v, UPPER);
            }
            out.put(measures.get(m), new Band("posterior predictive: median, 90% band", days, mid, lo, hi, true));
        }
        return new Result(out, summaries);
    }

    /** The index picked by a uniform draw {@code u} from weights summing to 1. */
    static int pick(double[] weights, double u) {
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            if (u < c) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
