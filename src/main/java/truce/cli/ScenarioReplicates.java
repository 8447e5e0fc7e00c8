package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import truce.batch.Manifest;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.SweepSpec;
import truce.stats.ConfidenceType;

/**
 * Runs one scenario many times as a sweep of one point (see
 * {@link truce.scenario.ComparisonSpec#sweep}): the runs, {@code summary.csv}, charts and
 * {@code index.html} of any sweep. What {@code truce run FILE --replicates N} and each scenario
 * of {@code truce compare} do.
 */
final class ScenarioReplicates {

    private ScenarioReplicates() {
    }

    /**
     * Runs the one-point sweep into {@code dir} and writes its summary and report.
     *
     * @param spec the one-point sweep
     * @param dir its results folder
     * @param runner threads, resume, force
     * @param ci how the report's Kaplan–Meier intervals are built
     * @param err where progress goes
     * @return the manifest
     * @throws truce.scenario.ScenarioException if the scenario or an override is bad
     * @throws IOException if results cannot be written
     */
    static Manifest run(SweepSpec spec, Path dir, RunnerOptions runner, ConfidenceType ci,
                        PrintWriter err)
            throws IOException {
        SweepPlan plan = SweepPlan.of(spec);
        err.printf("%s: %d replicates on %d threads -> %s%n", spec.name(), spec.replicates(), runner.threads(), dir);
        err.flush();
        Manifest m = SweepRunner.run(plan, dir, new SweepRunner.Options(runner.threads(), runner.resume, runner.force,
                VersionProvider.version(), Shard.ALL), ConsoleProgress.forConsole(err));
        ChartCommand.render(dir, ci);
        return m;
    }
}
