package truce.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import truce.model.Ending;

/**
 * The simulation throughput of a calibration, to set beside the sweep runner's: one ABC-SMC
 * generation 0 (every proposal simulated and summarised, as in every generation) on a scenario,
 * parameter sets of 100 runs each, timed as runs per second.
 */
public final class CalibrationBench {

    /** Runs per parameter set. */
    static final int REPLICATES = 100;

    private CalibrationBench() {
    }

    /**
     * The median runs per second over repetitions, after a warm-up.
     *
     * @param scenario the scenario; it must have states (a prior is put on {@code states.*.forgiveness})
     * @param runs runs per measurement (rounded to whole parameter sets, at least 2)
     */
    public static double runsPerSecond(Path scenario, int runs, int repetitions, int threads) throws IOException {
        List<Observation> spells = new ArrayList<>();
        for (int i = 0; i < REPLICATES; i++) {
            spells.add(new Observation(i % 2 == 0 ? 30 : 365, i % 2 == 0 ? Ending.BREAKDOWN : Ending.IN_FORCE));
        }
        int sets = Math.max(2, runs / REPLICATES);
        CalibrationSpec spec = new CalibrationSpec("bench", "bench", scenario, Map.of(),
                List.of(new Prior("states.*.forgiveness", false, 0.3, 0.4)), new Target("bench", "bench", spells),
                new SummaryStatistics(SummaryStatistics.DEFAULT_DAYS, List.of(Measure.SURVIVAL)), Distance.Kind.GREENWOOD,
                CalibrationSpec.Method.SMC, 1, new CalibrationSpec.SmcBudget(sets, 0.5, 0, 1, sets),
                new CalibrationSpec.RejectionBudget(sets, true, 0.1, true), Map.of());
        EndingCurves observed = spec.target().curves();
        Distance distance = new Distance(spec.distance(), spec.statistics().of(observed),
                spec.statistics().variances(observed), REPLICATES);
        TruceSimulator simulator = new TruceSimulator(spec);
        double[] rates = new double[repetitions];
        for (int r = -1; r < repetitions; r++) {
            AbcSmc smc = new AbcSmc(spec.priors(), simulator, distance,
                    new AbcSmc.Settings(sets, 0.5, 0, sets, 1, r + 2, threads));
            long t0 = System.nanoTime();
            smc.run(null, g -> { });
            double rate = (double) sets * REPLICATES / ((System.nanoTime() - t0) / 1e9);
            if (r >= 0) {
                rates[r] = rate; // r = -1 is the warm-up
            }
        }
        Arrays.sort(rates);
        return rates[repetitions / 2];
    }
}
