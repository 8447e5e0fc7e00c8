package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * ABC against exact posteriors (validation (a) of the calibration issue).
 *
 * <p>Exponential durations: n = 20 spells with mean 7.5 days (sum 150), a log-uniform prior on
 * the rate over [0.01, 10] (density proportional to 1/rate); the posterior is then
 * Gamma(shape n, rate 150) truncated to the prior's range (the truncation removes less than
 * 1e-9 of its mass): mean 20/150 = 0.1333, sd sqrt(20)/150 = 0.02981. The summary is the sample
 * mean, which is sufficient.
 *
 * <p>Beta–Binomial: 18 successes in 50 trials, a uniform prior on p over [0, 1]; the posterior is
 * Beta(19, 33): mean 0.36538, sd 0.06614.
 *
 * <p>Tolerances, stated before running: the ABC posterior mean within 0.1 posterior sd of the
 * exact mean, its sd within 10% (rejection + regression) or 15% (SMC, whose last tolerance is
 * larger) of the exact sd. Seeds are fixed (master seeds 11, 12, 13), so the tests are
 * deterministic.
 */
class ConjugateAbcTest {

    private static final int N = 20;
    private static final double SUM = 150;
    private static final double EXACT_MEAN = N / SUM;
    private static final double EXACT_SD = Math.sqrt(N) / SUM;
    private static final List<Prior> RATE = List.of(new Prior("rate", true, 0.01, 10));

    /** Sample mean of n exponential durations at rate theta[0]. */
    private static final AbcSimulator EXPONENTIAL = (theta, seed) -> {
        MersenneTwister r = new MersenneTwister(seed);
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += -Math.log(1 - r.nextDouble()) / theta[0];
        }
        return new double[] {s / N};
    };

    private static Distance exponentialDistance() {
        double mean = SUM / N;
        return new Distance(Distance.Kind.GREENWOOD, new double[] {mean}, new double[] {mean * mean / N}, N);
    }

    @Test
    void rejectionWithRegressionMatchesTheGammaPosterior() {
        int draws = 20_000;
        MersenneTwister r = new MersenneTwister(11);
        double[][] thetas = new double[draws][];
        double[][] summaries = new double[draws][];
        for (int i = 0; i < draws; i++) {
            thetas[i] = new double[] {RATE.get(0).quantile(r.nextDouble())};
            summaries[i] = EXPONENTIAL.simulate(thetas[i], r.nextLong());
        }
        Population p = AbcRejection.posterior(RATE, thetas, summaries, exponentialDistance(), 0.02, true);
        assertEquals(EXACT_MEAN, p.mean(0), 0.1 * EXACT_SD, "posterior mean");
        assertEquals(EXACT_SD, p.sd(0), 0.10 * EXACT_SD, "posterior sd");
        Population plain = AbcRejection.posterior(RATE, thetas, summaries, exponentialDistance(), 0.02, false);
        assertTrue(Math.abs(plain.sd(0) - EXACT_SD) > Math.abs(p.sd(0) - EXACT_SD),
                "the adjustment brings the sd closer: plain " + plain.sd(0) + ", adjusted " + p.sd(0));
    }

    @Test
    void smcMatchesTheGammaPosterior() throws IOException {
        Generation g = smc(12, 1, 10, null, new ArrayList<>());
        Population p = g.population();
        assertEquals(EXACT_MEAN, p.mean(0), 0.1 * EXACT_SD, "posterior mean");
        assertEquals(EXACT_SD, p.sd(0), 0.15 * EXACT_SD, "posterior sd");
    }

    @Test
    void smcMatchesTheBetaPosterior() throws IOException {
        int trials = 50;
        AbcSimulator binomial = (theta, seed) -> {
            MersenneTwister r = new MersenneTwister(seed);
            int k = 0;
            for (int i = 0; i < trials; i++) {
                k += r.nextDouble() < theta[0] ? 1 : 0;
            }
            return new double[] {k / (double) trials};
        };
        double obs = 18.0 / trials;
        Distance d = new Distance(Distance.Kind.GREENWOOD, new double[] {obs},
                new double[] {obs * (1 - obs) / trials}, trials);
        AbcSmc smc = new AbcSmc(List.of(new Prior("p", false, 0, 1)), binomial, d,
                new AbcSmc.Settings(1000, 0.5, 0.02, 200_000, 8, 13, 2));
        Population p = smc.run(null, g -> { }).population();
        double a = 19;
        double b = 33;
        double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        assertEquals(a / (a + b), p.mean(0), 0.1 * sd, "posterior mean");
        assertEquals(sd, p.sd(0), 0.15 * sd, "posterior sd");
    }

    @Test
    void smcIsTheSameAtAnyThreadCountAndWhenResumed() throws IOException {
        List<Generation> one = new ArrayList<>();
        Generation a = smc(12, 1, 4, null, one);
        Generation b = smc(12, 3, 4, null, new ArrayList<>());
        assertSame(a, b);
        Generation resumed = smc(12, 2, 4, one.get(1), new ArrayList<>());
        assertSame(a, resumed);
    }

    private static void assertSame(Generation a, Generation b) {
        assertEquals(a.index(), b.index());
        assertEquals(a.totalSimulations(), b.totalSimulations());
        assertArrayEquals(a.population().weights(), b.population().weights());
        assertArrayEquals(a.population().distances(), b.population().distances());
        for (int i = 0; i < a.population().size(); i++) {
            assertArrayEquals(a.population().thetas()[i], b.population().thetas()[i]);
        }
    }

    private static Generation smc(long seed, int threads, int generations, Generation from, List<Generation> seen)
            throws IOException {
        AbcSmc smc = new AbcSmc(RATE, EXPONENTIAL, exponentialDistance(),
                new AbcSmc.Settings(1000, 0.5, 0.02, 200_000, generations, seed, threads));
        return smc.run(from, seen::add);
    }
}
