package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.Manifest;
import truce.batch.TrajectoryCsv;
import truce.chart.ChartFiles;
import truce.chart.TrajectoryChart;
import truce.files.FolderLock;
import truce.files.OutputFolder;
import truce.model.RecordedRun;
import truce.model.Scenario;
import truce.model.Simulation;
import truce.scenario.ComparisonSpec;

/**
 * {@code truce run FILE}: one run of a scenario. Prints the outcome and writes the daily
 * trajectory ({@code trajectory.csv}) and its chart ({@code chart.png}, {@code chart.svg}) to
 * {@code results/<scenario>/seed-<seed>/} unless {@code --out} names another folder.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run one scenario once: print the outcome, write the trajectory CSV and chart.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;
    /** The input file, the seed and the results folder, from the mixins when the command starts. */
    Path file;
    long seed;
    Path out;

    @Mixin
    SeedOption seedOption;

    @Option(names = {"-d", "--days"}, paramLabel = "N",
            description = "Days to simulate instead of the scenario's horizon; later events are dropped.")
    Integer days;

    @Mixin
    OutOption outOption;

    @Option(names = {"-r", "--replicates"}, paramLabel = "N",
            description = "Run the scenario N times instead of once (--seed is then the master seed) and write"
                    + " the runs, summary, charts and report of a sweep of one point"
                    + " (default folder: results/<scenario>/replicates-<N>-seed-<seed>).")
    Integer replicates;

    @Mixin
    RunnerOptions runner;

    @Mixin
    SetOptions set;

    @Mixin
    CiOption ci;

    @Override
    public Integer call() throws IOException {
        file = input.path();
        seed = seedOption.or(1);
        out = outOption.or(null);
        FileKind.expectScenario(file, "run");
        Scenario scenario = set.source(file).scenario();
        if (replicates != null) {
            return replicates(scenario);
        }
        if (days != null) {
            if (days < 1) {
                throw new ParameterException(spec.commandLine(), "--days: expected at least 1, found " + days);
            }
            scenario = scenario.withHorizon(days);
        }
        RecordedRun run = Simulation.runRecorded(scenario, seed);

        Path dir = out != null ? out : Path.of("results", scenario.name(), "seed-" + seed);
        OutputFolder.check(dir);
        try (FolderLock lock = FolderLock.acquire(dir, "truce run")) {
            OutputFolder.claim(dir, false);
            TrajectoryCsv.write(run.trajectory(), dir.resolve("trajectory.csv"));
            ChartFiles.save(TrajectoryChart.create(scenario.name(),
                    run.trajectory(), run.outcome()), dir, "chart", TrajectoryChart.WIDTH, TrajectoryChart.HEIGHT);
        }

        PrintWriter o = spec.commandLine().getOut();
        OutcomeReport.print(o, file.toString(), scenario, run.outcome());
        o.println();
        o.println("Wrote " + dir.resolve("trajectory.csv") + ", " + dir.resolve("chart.png")
                + ", " + dir.resolve("chart.svg"));
        o.flush();
        return ExitCodes.OK;
    }

    /** {@code --replicates N}: a sweep of one point, as one scenario of {@code truce compare}. */
    private int replicates(Scenario scenario) throws IOException {
        if (replicates < 1) {
            throw new ParameterException(spec.commandLine(), "--replicates: expected at least 1, found " + replicates);
        }
        if (days != null) {
            throw new ParameterException(spec.commandLine(), "--days cannot be combined with --replicates;"
                    + " use --set horizon=N (the scenario's events must fall before it)");
        }
        runner.check();
        ComparisonSpec one = new ComparisonSpec(scenario.name(), null, List.of(file), replicates, seed, set.values(), null);
        Path dir = out != null ? out : replicatesFolder(scenario.name(), replicates, seed);
        long t0 = System.nanoTime();
        Manifest m = ScenarioReplicates.run(one.sweep(0, scenario.name()), dir, runner, ci.type(),
                spec.commandLine().getErr());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(java.util.Locale.ROOT, "%d runs in %.1f s; results in %s (open %s)%n", m.runsCompleted(),
                (System.nanoTime() - t0) / 1e9, dir, dir.resolve("index.html"));
        o.flush();
        return ExitCodes.OK;
    }

    /** {@code results/<scenario>/replicates-<N>-seed-<seed>}. */
    static Path replicatesFolder(String scenario, int replicates, long seed) {
        return Path.of("results", scenario, "replicates-" + replicates + "-seed-" + seed);
    }
}
