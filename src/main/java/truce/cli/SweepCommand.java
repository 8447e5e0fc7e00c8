package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.Adaptive;
import truce.batch.Manifest;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.ResultsFolderException;
import truce.batch.SweepRunner;
import truce.batch.SweepSummary;
import truce.analysis.SweepAnalysis;
import truce.files.FolderLock;
import truce.files.OutputFolder;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * {@code truce sweep FILE}: runs every (design point, replicate) of a sweep in parallel, streams
 * {@code runs.csv}, then writes {@code summary.csv}, the charts and {@code index.html}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a parameter sweep and chart how often the ceasefire survives.")
class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;
    /** The sweep file and results folder, from the mixins when the command starts. */
    Path file;
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-r", "--replicates"}, paramLabel = "N",
            description = "Runs per design point, overriding the sweep file.")
    Integer replicates;

    @Mixin
    OutOption outOption;

    @Option(names = "--resume", description = "Continue an interrupted sweep in the results folder.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite whatever the results folder holds.")
    boolean force;

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
    SetOptions set;

    @Mixin
    CiOption ci;

    @Override
    public Integer call() throws IOException {
        Interruption interruption = Interruption.install(spec.commandLine().getErr(),
                spec.commandLine().getParseResult().originalArgs());
        try {
            return sweep(interruption);
        } catch (SweepRunner.Stopped e) {
            interruption.stopped(e.done());
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

    private Integer sweep(Interruption interruption) throws IOException {
        file = input.path();
        out = outOption.or(null);
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: expected at least 1, found " + threads);
        }
        if (replicates != null && replicates < 1) {
            throw new ParameterException(spec.commandLine(), "--replicates: expected at least 1, found " + replicates);
        }
        if (resume && force) {
            throw new ParameterException(spec.commandLine(), "--resume and --force contradict each other");
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
        check(sweep);
        if (replicates != null) {
            try {
                sweep = sweep.withReplicates(replicates);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--replicates: " + e.getMessage());
            }
        }
        SweepPlan plan = SweepPlan.of(sweep);
        try {
            SweepRunner.checkSize(plan, shard); // before anything is written
        } catch (ResultsFolderException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = out != null ? out : defaultFolder(sweep.name(), shard);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("sweep %s: %d points x %d replicates = %d runs%s on %d threads -> %s%n", sweep.name(),
                plan.points().size(), sweep.replicates(), plan.runs(),
                shard.count() > 1 ? ", shard " + shard + " (" + shard.size(plan.runs()) + " runs)" : "", threads, dir);
        err.flush();
        long t0 = System.nanoTime();
        OutputFolder.check(dir);
        try (FolderLock lock = FolderLock.acquire(dir, "truce " + spec.name())) {
            SweepRunner.Finished finished = SweepRunner.run(plan, dir, new SweepRunner.Options(threads, resume, force,
                    VersionProvider.version(), shard, adaptive),
                    interruption.running(dir, shard.size(plan.runs()), ConsoleProgress.forConsole(err)), ci.type());
            interruption.reporting();
            Manifest m = finished.manifest();
            double seconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter o = spec.commandLine().getOut();
            if (shard.count() > 1) {
                o.printf(java.util.Locale.ROOT, "%d runs of shard %s in %.1f s; results in %s%n"
                        + "merge the shards with: truce merge --out DIR SHARD_DIR...%n", m.runsCompleted(), shard,
                        seconds, dir);
            } else {
                render(dir, finished.summary());
                truce.scenario.PosteriorDraws draws = truce.scenario.SweepLoader.posteriorDraws(file);
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

    /** Checks the sweep suits this command; throws a ScenarioException if not. */
    void check(SweepSpec sweep) {
    }

    /**
     * Writes the summary, charts and report of a finished whole sweep.
     *
     * @param summary its summary, or null to read it from {@code runs.csv}
     */
    void render(Path dir, SweepSummary summary) throws IOException {
        ChartCommand.render(dir, summary, SweepAnalysis.DEFAULT_SENSITIVITY_DAY, ci.type());
    }

    /** {@code results/<name>}, or {@code results/<name>/shard-I-of-N} for a shard. */
    static Path defaultFolder(String name, Shard shard) {
        Path whole = Path.of("results", name);
        return shard.count() == 1 ? whole
                : whole.resolve("shards").resolve("shard-" + shard.index() + "-of-" + shard.count());
    }
}
