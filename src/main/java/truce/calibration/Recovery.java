package truce.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.random.MersenneTwister;
import truce.batch.Seeds;

/**
 * Recovery of known parameters (validation of a calibration set-up): each repetition draws true
 * parameters from the prior, simulates a data set of the target's size with Truce at them, calibrates
 * to that data set by ABC-SMC with the calibration's settings, and records whether each posterior
 * 90% interval (5% to 95% weighted quantiles) covers the truth. Over many repetitions an honest
 * posterior covers the truth in about 90% of them (more if ABC's tolerance leaves it too wide).
 */
public final class Recovery {

    private Recovery() {
    }

    /**
     * One repetition.
     *
     * @param repetition its number
     * @param truth the true parameters
     * @param lower each parameter's 5% posterior quantile
     * @param median each parameter's posterior median
     * @param upper each parameter's 95% posterior quantile
     */
    public record Repetition(int repetition, double[] truth, double[] lower, double[] median, double[] upper) {

        /** Whether parameter j's interval covers the truth. */
        public boolean covers(int j) {
            return lower[j] <= truth[j] && truth[j] <= upper[j];
        }
    }

    /**
     * Runs repetitions {@code 0..repetitions-1}; repetition r's truth, data and ABC seeds derive
     * from the calibration's master seed and r.
     *
     * @param spec the calibration (its target gives the data set size)
     * @param size spells per simulated data set
     * @param onEach told of each finished repetition
     */
    public static List<Repetition> run(CalibrationSpec spec, int size, int repetitions, int threads,
                                       Consumer<Repetition> onEach) throws IOException {
        List<Prior> priors = spec.priors();
        List<Repetition> out = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            MersenneTwister random = new MersenneTwister(Seeds.run(spec.masterSeed(), Seeds.hash("recovery"), r));
            double[] truth = new double[priors.size()];
            for (int j = 0; j < truth.length; j++) {
                truth[j] = priors.get(j).quantile(random.nextDouble());
            }
            List<Observation> data = new TruceSimulator(spec).spells(truth, random.nextLong(), size);
            CalibrationSpec s = spec.withTarget(new Target("recovery-" + r, "simulated at known parameters", data));
            EndingCurves observed = s.target().curves();
            Distance distance = new Distance(s.distance(), s.statistics().of(observed), s.statistics().variances(observed),
                    s.replicates());
            var b = s.smc();
            AbcSmc smc = new AbcSmc(priors, new TruceSimulator(s), distance, new AbcSmc.Settings(b.particles(),
                    b.quantile(), b.minAcceptance(), b.simulations(), b.maxGenerations(), random.nextLong(), threads));
            Population p = smc.run(null, g -> { }).population();
            double[] lo = new double[truth.length];
            double[] mid = new double[truth.length];
            double[] hi = new double[truth.length];
            for (int j = 0; j < truth.length; j++) {
                lo[j] = p.quantile(j, 0.05);
                mid[j] = p.quantile(j, 0.5);
                hi[j] = p.quantile(j, 0.95);
            }
            Repetition rep = new Repetition(r, truth, lo, mid, hi);
            out.add(rep);
            onEach.accept(rep);
        }
        return out;
    }
}
