package truce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import truce.batch.RunTask;
import truce.batch.SweepPlan;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * What a large design costs outside the model: planning a Sobol design of {@value #POINTS} points
 * over the 2025 baseline ({@code SweepPlan.of}: making, binding and checking the points, as
 * {@code truce validate} and {@code truce sweep} do before the first run), and a run's task for a
 * point not run before ({@code SweepPlan.task}: the point made and bound to its scenario, its
 * hash and the run's seed), which a sweep of one replicate a point pays on every run. Only public
 * API the sweep commands have used since round 1, so the same file measures older commits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:+UseParallelGC"})
public class PlanBench {

    /** Points of the design. */
    public static final int POINTS = 50_000;

    /** The sweep file (five swept parameters, one replicate a point) and its plan. */
    @State(Scope.Benchmark)
    public static class Design {
        SweepSpec spec;
        SweepPlan plan;
        long next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path file = Files.createTempFile("truce-jmh-plan", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    name: jmh-plan
                    scenario: %s
                    replicates: 1
                    masterSeed: 20251019
                    design:
                      type: sobol
                      samples: %d
                      parameters:
                        mediators.*.leverage: {from: 0.1, to: 0.9}
                        militants.ttp.attackRate: {from: 0.2, to: 2.0}
                        militants.ttp.attribution: {from: 0, to: 0.5}
                        states.*.forgiveness: {from: 0, to: 0.8}
                        collapse.violations: {from: 2, to: 6, integer: true}
                    """.formatted(Path.of(System.getProperty("truce.bench.scenario", ModelBench.Baseline.FILE))
                    .toAbsolutePath(), POINTS));
            spec = SweepLoader.load(file);
            plan = SweepPlan.of(spec);
        }
    }

    /** {@code SweepPlan.of} on a design of {@value #POINTS} points. */
    @Benchmark
    public SweepPlan plan(Design d) {
        return SweepPlan.of(d.spec);
    }

    /** One run's task, each invocation of the next point (cycling through the design), in microseconds. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RunTask taskOfANewPoint(Design d) {
        return d.plan.task(d.next++ % POINTS);
    }
}
