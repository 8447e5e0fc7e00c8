package truce.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.util.Locale;
import truce.analysis.StatisticsFootprint;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.model.Scenario;
import truce.scenario.ScenarioException;
import truce.scenario.SweepLoader;

/**
 * {@code truce validate FILE...}: checks scenario files without running them.
 *
 * <p>Every file is checked, even after a bad one. A good file prints one line on stdout,
 * {@code FILE: ok (2 states, 1 militant group, 1 mediator, 2 events, horizon 365 days)}; a bad
 * file prints one line on stderr, {@code error: FILE:LINE: key.path: problem}. The exit code is
 * {@link ExitCodes#BAD_INPUT} if any file failed, else {@link ExitCodes#OK}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check scenario and sweep files: syntax, types, ranges and references.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or sweep files (YAML).")
    List<Path> files;

    @Mixin
    SetOptions set;

    @Mixin
    HeapCheckOption heapCheck;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                if (SweepLoader.isSweep(file)) {
                    SweepPlan plan = SweepPlan.of(set.apply(SweepLoader.load(file)));
                    StatisticsFootprint heap = SweepRun.footprint(plan, Shard.ALL, null);
                    heapCheck.check(file.toString(), heap);
                    out.println(file + ": ok (sweep of " + plan.spec().design().type().name().toLowerCase(Locale.ROOT)
                            + " design: " + count(plan.points().size(), "point") + " x "
                            + count(plan.spec().replicates(), "replicate") + " = " + plan.runs() + " runs; about "
                            + (heap.bytes() >> 20) + " MiB of heap)");
                } else {
                    Scenario sc = set.source(file).scenario();
                    out.println(file + ": ok (" + summary(sc) + ")");
                }
            } catch (ScenarioException | HeapBudget.TooSmall e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** {@code 2 states, 1 militant group, 1 mediator, 2 events, horizon 365 days}. */
    static String summary(Scenario sc) {
        return count(sc.states().size(), "state") + ", "
                + count(sc.militants().size(), "militant group") + ", "
                + count(sc.mediators().size(), "mediator") + ", "
                + count(sc.events().size(), "event") + ", "
                + "horizon " + count(sc.horizon(), "day");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
