package truce.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import truce.model.Scenario;
import truce.model.Simulation;
import truce.scenario.Design;
import truce.scenario.DesignType;
import truce.scenario.ScenarioLoader;
import truce.scenario.SweepSpec;

/**
 * Measures the cost of runs, as ratios that hold on a noisy machine: the bare model loop (the
 * lower bound), the batch runner at 1 and 2 threads on the same runs (so batch overhead and
 * parallel efficiency), and the peak heap of each. Every figure is the median of a few
 * repetitions, after a warm-up.
 */
public final class Bench {

    /**
     * The measurements.
     *
     * @param scenario the scenario file
     * @param runs runs per measurement
     * @param repetitions repetitions per measurement (the median is kept)
     * @param bareRunsPerSecond the model alone, one thread, no batch machinery
     * @param batchRunsPerSecond1 the sweep runner, 1 thread, writing runs.csv
     * @param batchRunsPerSecond2 the sweep runner, 2 threads
     * @param batchOverhead bare / batch at 1 thread (1 = no overhead)
     * @param parallelEfficiency batch at 2 threads / (2 x batch at 1 thread)
     * @param peakHeapMiB highest heap use seen during the batch runs, in MiB
     * @param processors processors available to the JVM
     * @param java Java version
     */
    public record Result(String scenario, int runs, int repetitions, double bareRunsPerSecond,
                         double batchRunsPerSecond1, double batchRunsPerSecond2, double batchOverhead,
                         double parallelEfficiency, double peakHeapMiB, int processors, String java) {
    }

    private Bench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param scenarioFile the scenario to run
     * @param runs runs per measurement, at least 100
     * @param repetitions repetitions, at least 1
     * @param scratch a folder for the batch runs' files (emptied and reused)
     * @return the measurements
     * @throws IOException if the scratch files cannot be written
     */
    public static Result run(Path scenarioFile, int runs, int repetitions, Path scratch) throws IOException {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        SweepPlan plan = SweepPlan.of(new SweepSpec("bench", "bench", scenarioFile, runs, 1, Map.of(),
                new Design(DesignType.LIST, List.of(), 0, List.of(Map.of("horizon", Integer.toString(scenario.horizon()))))));
        bare(scenario, runs / 2); // warm-up
        batch(plan, 2, scratch);
        double[] bare = new double[repetitions];
        double[] one = new double[repetitions];
        double[] two = new double[repetitions];
        resetPeaks();
        for (int i = 0; i < repetitions; i++) {
            bare[i] = bare(scenario, runs);
            one[i] = batch(plan, 1, scratch);
            two[i] = batch(plan, 2, scratch);
        }
        double b = median(bare);
        double r1 = median(one);
        double r2 = median(two);
        return new Result(scenarioFile.toString(), runs, repetitions, b, r1, r2, b / r1, r2 / (2 * r1),
                peakHeapMiB(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static double bare(Scenario scenario, int runs) {
        long t0 = System.nanoTime();
        long sink = 0;
        for (int seed = 1; seed <= runs; seed++) {
            sink += Simulation.run(scenario, seed).collapseDay();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError(); // keeps the loop from being optimised away
        }
        return runs / seconds;
    }

    private static double batch(SweepPlan plan, int threads, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        long t0 = System.nanoTime();
        SweepRunner.run(plan, scratch, new SweepRunner.Options(threads, false, true, "bench", Shard.ALL), Progress.NONE);
        return plan.runs() / ((System.nanoTime() - t0) / 1e9);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : heapPools()) {
            p.resetPeakUsage();
        }
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            peak += p.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                pools.add(p);
            }
        }
        return pools;
    }
}
