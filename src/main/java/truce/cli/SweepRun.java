package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import truce.analysis.DailySums;
import truce.analysis.StatisticsFootprint;
import truce.analysis.SummaryBuilder;
import truce.analysis.SweepSummary;
import truce.batch.Adaptive;
import truce.batch.Manifest;
import truce.batch.ResultsFolderException;
import truce.batch.RunListener;
import truce.batch.RunsCsv;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.files.FolderLock;
import truce.files.OutputFolder;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;
import truce.stats.ConfidenceType;

/**
 * A sweep from the command line, shared by the commands that run one ({@code sweep},
 * {@code sensitivity}) as a picocli mixin: the sweep file and every option of running it, and the
 * run itself (parallel, streaming, resumable, shardable, stopped cleanly on a signal), ending with
 * what the command makes of the results ({@link Report}).
 */
final class SweepRun {

    /** What a command checks of the sweep before it runs: throws a ScenarioException if it does not suit. */
    interface Check {
        void check(SweepSpec sweep);
    }

    /** What a command writes from a whole sweep's results: the summary, charts and report. */
    interface Report {
        /**
         * @param heard the rows accumulated as the sweep ran, or null to read them from {@code runs.csv}
         * @param days the days of every run, as the sweep summed them, or null
         * @param ciType how the Kaplan–Meier intervals are built
         */
        void write(Path dir, SummaryBuilder heard, DailySums days, ConfidenceType ciType) throws IOException;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    FileParameter input;

    @Mixin
    RunnerOptions runner;

    @Option(names = {"-r", "--replicates"}, paramLabel = "N",
            description = "Runs per design point, overriding the sweep file.")
    Integer replicates;

    @Mixin
    OutOption out;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (I from 0): the runs whose number is I modulo N. "
                    + "Merge the shard folders with 'truce merge'.")
    String shardText;

    @Option(names = "--target-ci", paramLabel = "W",
            description = "Adaptive replication: add replicates to each point (doubling, round by round) until the"
                    + " half-width of its Wilson 95%% interval of survival is at most W.")
    Double targetCi;

    @Option(names = "--max-replicates", paramLabel = "M",
            description = "With --target-ci: the most replicates a point may get (default: ${DEFAULT-VALUE}).")
    int maxReplicates = 2000;

    @Mixin
    HeapCheckOption heap;

    @Mixin
    SetOptions set;

    @Mixin
    CiOption ci;

    /**
     * Runs the sweep, stopping cleanly on SIGTERM or SIGINT, then writes its report.
     *
     * @return the exit code
     */
    int call(Check check, Report report) throws IOException {
        Interruption interruption = Interruption.install(spec.commandLine().getErr(),
                spec.commandLine().getParseResult().originalArgs());
        try {
            return sweep(interruption, check, report);
        } catch (SweepRunner.Stopped e) {
            interruption.stopped(e.done());
            if (interruption.stoppedForMemory()) {
                spec.commandLine().getErr().println("error: " + interruption.heapFullLine());
                return ExitCodes.FAILURE;
            }
            awaitExit(); // the JVM is exiting on a signal: its shutdown hook prints the line
            throw e;
        } finally {
            interruption.finished();
        }
    }

    /** Blocks until the JVM, which is exiting on a signal, halts. */
    private static void awaitExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: nothing more may be printed or written
            }
        }
    }

    private int sweep(Interruption interruption, Check check, Report report) throws IOException {
        Path file = input.path();
        runner.check();
        if (replicates != null && replicates < 1) {
            throw new ParameterException(spec.commandLine(), "--replicates: expected at least 1, found " + replicates);
        }
        Shard shard = Shard.ALL;
        if (shardText != null) {
            try {
                shard = Shard.parse(shardText);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
            }
        }
        Adaptive adaptive = null;
        if (targetCi != null) {
            if (shard.count() > 1) {
                throw new ParameterException(spec.commandLine(), "--target-ci cannot be combined with --shard: each"
                        + " round's decisions need every point's results");
            }
            try {
                adaptive = new Adaptive(targetCi, maxReplicates);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--target-ci/--max-replicates: " + e.getMessage());
            }
        }
        FileKind.expectSweep(file, spec.name());
        SweepSpec sweep = set.apply(SweepLoader.load(file));
        check.check(sweep);
        if (replicates != null) {
            try {
                sweep = sweep.withReplicates(replicates);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--replicates: " + e.getMessage());
            }
        }
        SweepPlan plan = SweepPlan.of(sweep);
        // before the plan is read through and before anything is written
        heap.check(spec.name() + " " + sweep.name(), footprint(plan, shard, adaptive));
        plan.designHash(); // reads every point (seconds for a million): still planning, which a SIGTERM ends at once
        // also still planning, before the folder is made: what the report sums as the runs come
        SummaryBuilder summary = SweepSummary.builder(plan);
        DailySums days = new DailySums(plan);
        try {
            SweepRunner.checkSize(plan, shard); // before anything is written
        } catch (ResultsFolderException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = out.or(defaultFolder(sweep.name(), shard));
        PrintWriter err = spec.commandLine().getErr();
        err.printf("sweep %s: %d points x %d replicates = %d runs%s on %d threads -> %s%n", sweep.name(),
                plan.points().size(), sweep.replicates(), plan.runs(),
                shard.count() > 1 ? ", shard " + shard + " (" + shard.size(plan.runs()) + " runs)" : "",
                runner.threads(), dir);
        err.flush();
        long t0 = System.nanoTime();
        OutputFolder.check(dir);
        try (FolderLock lock = FolderLock.acquire(dir, "truce " + spec.name());
             HeapWatch watch = HeapWatch.start(interruption::heapFull)) { // heeded only while running
            SweepRunner.Finished finished = SweepRunner.run(plan, dir, new SweepRunner.Options(runner.threads(),
                    runner.resume, runner.force, VersionProvider.version(), shard, adaptive),
                    interruption.running(dir, shard.size(plan.runs()), ConsoleProgress.forConsole(err)),
                    RunListener.of(summary, days));
            interruption.reporting();
            Manifest m = finished.manifest();
            double seconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter o = spec.commandLine().getOut();
            if (shard.count() > 1) {
                o.printf(java.util.Locale.ROOT, "%d runs of shard %s in %.1f s; results in %s%n"
                        + "merge the shards with: truce merge --out DIR SHARD_DIR...%n", m.runsCompleted(), shard,
                        seconds, dir);
            } else {
                report.write(dir, finished.heardAll() ? summary : null, finished.watchedAll() ? days : null,
                        ci.type());
                truce.scenario.PosteriorDraws draws = SweepLoader.posteriorDraws(file);
                if (draws != null) {
                    truce.calibration.Forecast.print(o, truce.calibration.Forecast.write(dir, draws, plan.base().horizon()));
                }
                o.printf(java.util.Locale.ROOT, "%d runs in %.1f s; results in %s (open %s)%n", m.runsCompleted(),
                        seconds, dir, dir.resolve("index.html"));
            }
            o.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * What this process keeps of the plan's points: none for a shard (it writes no report; the
     * merge keeps them all); adaptive replication up to its most replicates, every point open to the end.
     */
    static StatisticsFootprint footprint(SweepPlan plan, Shard shard, Adaptive adaptive) {
        long points = shard.count() > 1 ? 0 : plan.points().size();
        int replicates = adaptive == null ? plan.spec().replicates() : adaptive.maxReplicates();
        return new StatisticsFootprint(points, replicates, plan.base().horizon(), plan.columns().size(),
                plan.base().states().size(), RunsCsv.ceasefireKeys(plan.base()).size(), adaptive == null);
    }

    /** {@code results/<name>}, or {@code results/<name>/shard-I-of-N} for a shard. */
    static Path defaultFolder(String name, Shard shard) {
        Path whole = Path.of("results", name);
        return shard.count() == 1 ? whole
                : whole.resolve("shards").resolve("shard-" + shard.index() + "-of-" + shard.count());
    }
}
