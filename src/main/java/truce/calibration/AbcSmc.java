package truce.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import truce.batch.Seeds;

/**
 * ABC sequential Monte Carlo by population Monte Carlo (Beaumont, Cornuet, Marin &amp; Robert 2009,
 * Biometrika 96:983), with the tolerance of each generation set adaptively to a quantile of the
 * previous generation's distances (as in Del Moral, Doucet &amp; Jasra 2012). Generation 0 draws
 * the particles from the prior. Each later generation proposes by picking a particle of the last
 * one by weight and moving it with a Gaussian kernel of twice the population's weighted covariance
 * (in the priors' internal scale, where every prior is uniform), simulates, and accepts proposals
 * whose distance is within the tolerance, until it has its particles; a particle's weight is
 * {@code 1 / sum_j W_j K(theta | theta_j)}. It stops when a generation's acceptance rate falls below
 * a threshold, after a number of generations, or when the next generation would overrun the budget
 * of simulations (the last complete generation is the result).
 *
 * <p>Deterministic at any thread count: proposal {@code i} of generation {@code g} (its particle,
 * move and simulation seed) derives from (master seed, g, i) alone, and proposals are accepted in
 * index order, so threads only decide how fast. A run resumed from a saved generation continues
 * exactly as the uninterrupted run would.
 */
public final class AbcSmc {

    /** Most tries at a move that stays inside the prior's support before giving up. */
    static final int MAX_MOVES = 100_000;

    /**
     * How to run.
     *
     * @param particles particles per generation
     * @param quantile the tolerance of generation g + 1 is this quantile of generation g's distances
     * @param minAcceptance stop once a generation's acceptance rate is below this
     * @param maxSimulations budget: parameter sets simulated in all generations together
     * @param maxGenerations stop after this many generations (generation 0 included)
     * @param masterSeed every proposal and simulation seed derives from it
     * @param threads worker threads
     */
    public record Settings(int particles, double quantile, double minAcceptance, long maxSimulations,
                           int maxGenerations, long masterSeed, int threads) {
        public Settings {
            if (particles < 2 || !(quantile > 0 && quantile < 1) || maxGenerations < 1 || threads < 1
                    || maxSimulations < particles) {
                throw new IllegalArgumentException("bad ABC-SMC settings");
            }
        }
    }

    /** Told of every completed generation (to save it). */
    @FunctionalInterface
    public interface Listener {
        void completed(Generation g) throws IOException;
    }

    private final List<Prior> priors;
    private final AbcSimulator simulator;
    private final Distance distance;
    private final Settings settings;

    public AbcSmc(List<Prior> priors, AbcSimulator simulator, Distance distance, Settings settings) {
        this.priors = List.copyOf(priors);
        this.simulator = simulator;
        this.distance = distance;
        this.settings = settings;
    }

    /**
     * Runs generations until a stopping rule holds.
     *
     * @param from the last completed generation of an earlier, interrupted run; null to start
     * @param listener told of each new generation
     * @return the last completed generation
     */
    public Generation run(Generation from, Listener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "truce-abc");
            t.setDaemon(true);
            return t;
        });
        try {
            Generation last = from;
            while (last == null || !finished(last)) {
                double tolerance = last == null ? Double.POSITIVE_INFINITY
                        : quantile(last.population().distances(), settings.quantile());
                Generation next = generation(last, tolerance, pool);
                if (next == null) {
                    break; // the budget ran out within the generation
                }
                listener.completed(next);
                last = next;
            }
            return last;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether no further generation is to be run after {@code g}. */
    public boolean finished(Generation g) {
        return g.index() + 1 >= settings.maxGenerations() || g.acceptanceRate() < settings.minAcceptance()
                || g.totalSimulations() + settings.particles() > settings.maxSimulations();
    }

    private Generation generation(Generation last, double tolerance, ExecutorService pool) throws IOException {
        int g = last == null ? 0 : last.index() + 1;
        long spent = last == null ? 0 : last.totalSimulations();
        long budget = settings.maxSimulations() - spent;
        Kernel kernel = last == null ? null : new Kernel(last.population());
        int n = settings.particles();
        double[][] thetas = new double[n][];
        double[] distances = new double[n];
        int accepted = 0;
        long next = 0;
        int batch = Math.max(8, 4 * settings.threads());
        while (accepted < n) {
            if (next >= budget) {
                return null;
            }
            List<Future<double[]>> futures = new ArrayList<>();
            long first = next;
            for (int b = 0; b < batch && next < budget; b++, next++) {
                long i = next;
                futures.add(pool.submit(() -> propose(g, i, kernel, tolerance)));
            }
            for (int b = 0; b < futures.size() && accepted < n; b++) {
                double[] r = get(futures.get(b));
                if (r[r.length - 1] <= tolerance) {
                    thetas[accepted] = Arrays.copyOf(r, r.length - 1);
                    distances[accepted] = r[r.length - 1];
                    accepted++;
                    if (accepted == n) {
                        next = first + b + 1; // proposals after the last accepted one do not count
                    }
                }
            }
            futures.forEach(f -> f.cancel(true));
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = kernel == null ? 1 : 1 / kernel.mixtureDensity(internal(thetas[i]));
        }
        return new Generation(g, tolerance, next, spent + next,
                new Population(thetas, Population.normalise(weights), distances));
    }

    /** Proposal i of generation g: its parameters and, last, its distance. */
    private double[] propose(int g, long i, Kernel kernel, double tolerance) {
        MersenneTwister random = new MersenneTwister(Seeds.run(settings.masterSeed(), Seeds.hash("abc-smc generation " + g), i));
        double[] theta = new double[priors.size()];
        if (kernel == null) {
            for (int j = 0; j < theta.length; j++) {
                theta[j] = priors.get(j).quantile(random.nextDouble());
            }
        } else {
            theta = kernel.move(random);
        }
        double[] out = Arrays.copyOf(theta, theta.length + 1);
        out[theta.length] = distance.of(simulator.simulate(theta, random.nextLong()));
        return out;
    }

    private double[] internal(double[] theta) {
        double[] u = new double[theta.length];
        for (int j = 0; j < u.length; j++) {
            u[j] = priors.get(j).internal(theta[j]);
        }
        return u;
    }

    /** The perturbation kernel of a generation: Gaussian with twice the weighted covariance (Beaumont et al. 2009). */
    private final class Kernel {
        private final double[][] centres;
        private final double[] weights;
        private final double[] cumulative;
        private final RealMatrix lower;
        private final RealMatrix lowerInverse;

        Kernel(Population p) {
            int n = p.size();
            int k = priors.size();
            centres = new double[n][];
            for (int i = 0; i < n; i++) {
                centres[i] = internal(p.thetas()[i]);
            }
            weights = p.weights();
            cumulative = new double[n];
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += weights[i];
                cumulative[i] = c;
            }
            double[] mean = new double[k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    mean[j] += weights[i] * centres[i][j];
                }
            }
            RealMatrix cov = new Array2DRowRealMatrix(k, k);
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b <= a; b++) {
                        cov.addToEntry(a, b, 2 * weights[i] * (centres[i][a] - mean[a]) * (centres[i][b] - mean[b]));
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    cov.setEntry(a, b, cov.getEntry(b, a)); // exactly symmetric, as the decomposition requires
                }
            }
            for (int a = 0; a < k; a++) {
                double range = priors.get(a).internalUpper() - priors.get(a).internalLower();
                cov.addToEntry(a, a, 1e-10 * range * range); // a population collapsed on one value still moves
            }
            CholeskyDecomposition chol = new CholeskyDecomposition(cov, 1e-14, 1e-300);
            lower = chol.getL();
            lowerInverse = new org.apache.commons.math3.linear.LUDecomposition(lower).getSolver().getInverse();
        }

        double[] move(MersenneTwister random) {
            for (int attempt = 0; attempt < MAX_MOVES; attempt++) {
                double u = random.nextDouble() * cumulative[cumulative.length - 1];
                int i = Arrays.binarySearch(cumulative, u);
                i = Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
                double[] z = new double[centres[i].length];
                for (int j = 0; j < z.length; j++) {
                    z[j] = random.nextGaussian();
                }
                double[] step = lower.operate(z);
                double[] theta = new double[z.length];
                boolean inside = true;
                for (int j = 0; j < z.length && inside; j++) {
                    theta[j] = priors.get(j).natural(centres[i][j] + step[j]);
                    inside = priors.get(j).contains(theta[j]);
                }
                if (inside) {
                    return theta;
                }
            }
            throw new IllegalStateException("no move stayed inside the prior in " + MAX_MOVES + " tries");
        }

        /** sum_j W_j K(u | u_j), up to a constant factor. */
        double mixtureDensity(double[] u) {
            double s = 0;
            for (int i = 0; i < centres.length; i++) {
                double[] d = new double[u.length];
                for (int j = 0; j < u.length; j++) {
                    d[j] = u[j] - centres[i][j];
                }
                double[] z = lowerInverse.operate(d);
                double q = 0;
                for (double v : z) {
                    q += v * v;
                }
                s += weights[i] * Math.exp(-0.5 * q);
            }
            return s;
        }
    }

    /** The q-quantile of values (type 1: the smallest value with at least q of them at or below it). */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    private static double[] get(Future<double[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
