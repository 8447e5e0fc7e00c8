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
import truce.analysis.DailySums;
import truce.batch.RunTask;
import truce.batch.SweepPlan;
import truce.model.RunOutcome;
import truce.model.Simulation;
import truce.scenario.SweepLoader;

/**
 * The cost of a sweep's averaged trajectories: the runs of a sweep (leverage-x-attacks, 20
 * points, so two series per run), bare and with their days summed by {@link DailySums}, as the
 * sweep runner does. The ratio of the two scores is the cost per run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class DailyMeansBench {

    /** The sweep and its sums, made once per trial. */
    @State(Scope.Benchmark)
    public static class Sweep {
        public static final String FILE = "scenarios/sweeps/leverage-x-attacks.yaml";
        SweepPlan plan;
        DailySums sums;

        @Setup(Level.Trial)
        public void load() {
            plan = SweepPlan.of(SweepLoader.load(Path.of(FILE)).withReplicates(100));
            sums = new DailySums(plan);
        }
    }

    /** A run counter: each invocation runs the next run of the sweep, cycling. */
    @State(Scope.Thread)
    public static class Runs {
        long next;

        RunTask task(SweepPlan plan) {
            return plan.task(next++ % plan.runs());
        }
    }

    /** A run of the sweep, unwatched. */
    @Benchmark
    public RunOutcome bare(Sweep s, Runs r) {
        RunTask t = r.task(s.plan);
        return Simulation.run(t.scenario(), t.seed());
    }

    /** The same run, its days summed. */
    @Benchmark
    public RunOutcome watched(Sweep s, Runs r) {
        RunTask t = r.task(s.plan);
        return Simulation.run(t.scenario(), t.seed(), s.sums.watch(t));
    }
}
