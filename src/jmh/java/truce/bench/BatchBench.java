package truce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import truce.batch.Manifest;
import truce.batch.Progress;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.model.Scenario;
import truce.scenario.Design;
import truce.scenario.DesignType;
import truce.scenario.ScenarioLoader;
import truce.scenario.SweepSpec;

/**
 * The sweep runner's cost per run on the 2025 baseline: a one-point plan of {@value #RUNS}
 * replicates (built as {@code truce.batch.Bench} builds it) run by {@link SweepRunner} at one
 * thread into a scratch folder, writing {@code manifest.json} and {@code runs.csv} as a real sweep
 * does. The score is per run, comparable with {@link ModelBench}: batch / bare is the runner's
 * overhead. Successive invocations cycle through {@value #PLANS} plans with different master
 * seeds, so the runs are not the same {@value #RUNS} over and over.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class BatchBench {

    /** Runs per plan (per invocation). */
    public static final int RUNS = 256;
    /** Plans cycled through. */
    public static final int PLANS = 8;

    /** The plans and the scratch folder. */
    @State(Scope.Benchmark)
    public static class Plans {
        SweepPlan[] plans;
        Path dir;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path file = Path.of(System.getProperty("truce.bench.scenario", ModelBench.Baseline.FILE));
            Scenario scenario = ScenarioLoader.load(file);
            plans = new SweepPlan[PLANS];
            for (int i = 0; i < PLANS; i++) {
                plans[i] = SweepPlan.of(new SweepSpec("jmh", "jmh", file, RUNS, 20251019L + i, Map.of(),
                        new Design(DesignType.LIST, List.of(), 0,
                                List.of(Map.of("horizon", Integer.toString(scenario.horizon()))))));
            }
            dir = Files.createTempDirectory("truce-jmh-batch");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** One sweep of {@value #RUNS} runs at one thread; the score is per run. */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public Manifest sweepRunner(Plans p) throws IOException {
        SweepPlan plan = p.plans[p.next++ % PLANS];
        return SweepRunner.run(plan, p.dir, new SweepRunner.Options(1, false, true, "jmh", Shard.ALL), Progress.NONE);
    }
}
