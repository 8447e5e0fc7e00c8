package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.TrajectoryCsv;
import truce.chart.ChartFiles;
import truce.chart.TrajectoryChart;
import truce.model.RecordedRun;
import truce.model.Scenario;
import truce.model.Simulation;

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

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", description = "Seed of the run (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = {"-d", "--days"}, paramLabel = "N",
            description = "Days to simulate instead of the scenario's horizon; later events are dropped.")
    Integer days;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the results (default: results/<scenario>/seed-<seed>).")
    Path out;

    @Mixin
    SetOptions set;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = set.source(file).scenario();
        if (days != null) {
            if (days < 1) {
                throw new ParameterException(spec.commandLine(), "--days: expected at least 1, found " + days);
            }
            scenario = scenario.withHorizon(days);
        }
        RecordedRun run = Simulation.runRecorded(scenario, seed);

        Path dir = out != null ? out : Path.of("results", scenario.name(), "seed-" + seed);
        Files.createDirectories(dir);
        TrajectoryCsv.write(run.trajectory(), dir.resolve("trajectory.csv"));
        ChartFiles.save(TrajectoryChart.create(scenario.name(),
                run.trajectory(), run.outcome()), dir, "chart", TrajectoryChart.WIDTH, TrajectoryChart.HEIGHT);

        PrintWriter o = spec.commandLine().getOut();
        OutcomeReport.print(o, file.toString(), scenario, run.outcome());
        o.println();
        o.println("Wrote " + dir.resolve("trajectory.csv") + ", " + dir.resolve("chart.png")
                + ", " + dir.resolve("chart.svg"));
        o.flush();
        return ExitCodes.OK;
    }
}
