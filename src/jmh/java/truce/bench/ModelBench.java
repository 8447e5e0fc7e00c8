package truce.bench;

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
import truce.model.RunOutcome;
import truce.model.Scenario;
import truce.model.Simulation;
import truce.model.TruceModel;
import truce.scenario.ScenarioLoader;

/**
 * One 365-day run of the 2025 baseline: through the public API ({@link Simulation#run}), and
 * stepped in a bare loop (the lower bound: no outcome, no batch machinery). Every invocation
 * runs a new seed, so the scores average over the model's spread of run lengths (a run ends at
 * its collapse day, or after 365 days).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class ModelBench {

    /** The scenario, loaded once per trial. */
    @State(Scope.Benchmark)
    public static class Baseline {
        /** The scenario file, relative to the project root (where scripts/jmh.sh runs). */
        public static final String FILE = "scenarios/baseline-2025.yaml";

        public Scenario scenario;

        @Setup(Level.Trial)
        public void load() {
            scenario = ScenarioLoader.load(Path.of(System.getProperty("truce.bench.scenario", FILE)));
        }
    }

    /** A seed counter: each invocation runs the next seed. */
    @State(Scope.Thread)
    public static class Seeds {
        long next = 1;
    }

    /** {@code Simulation.run(scenario, seed)}: model, outcome and all. */
    @Benchmark
    public RunOutcome simulationRun(Baseline b, Seeds s) {
        return Simulation.run(b.scenario, s.next++);
    }

    /**
     * A run's setup alone: the model built for a new seed (its generator seeded, its agents and
     * the day's scheduled events made) and started, not stepped.
     */
    @Benchmark
    public TruceModel setup(Baseline b, Seeds s) {
        TruceModel m = new TruceModel(s.next++, b.scenario, false);
        m.start();
        return m;
    }

    /** The model stepped in a bare loop, as Simulation.run does, without building the outcome. */
    @Benchmark
    public int bareLoop(Baseline b, Seeds s) {
        TruceModel m = new TruceModel(s.next++, b.scenario, false);
        m.start();
        while (m.schedule.step(m) && m.inProgress()) {
            // one day per step
        }
        return m.day();
    }
}
