package truce.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import truce.files.FolderLock;
import truce.files.LineDigest;
import truce.files.OutputFolder;
import truce.model.RunOutcome;
import truce.model.Simulation;

/**
 * Runs every (design point, replicate) of a sweep on a fixed thread pool and streams one row per
 * run to {@code runs.csv}.
 *
 * <p>Runs are dispatched in plan order and their rows are written in that same order (a bounded
 * window of runs is in flight), so {@code runs.csv} is byte-identical whatever the thread count,
 * memory stays flat however many runs there are, and a killed sweep always leaves a complete
 * prefix of the plan (plus perhaps a torn line) from which {@code --resume} continues.
 * Workers see the model only as {@code (scenario, seed) -> outcome}.
 */
public final class SweepRunner {

    /** File names in a results folder. */
    public static final String RUNS = "runs.csv";

    /** The current time for manifests: ISO-8601, UTC, to the second. */
    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Chunks of runs in flight per thread: enough to keep every thread busy while rows wait their turn. */
    private static final int WINDOW_PER_THREAD = 8;
    /** Consecutive runs a worker does as one task, so that hand-over costs little per run. */
    private static final int CHUNK = 32;

    /**
     * How to run.
     *
     * @param threads worker threads, at least 1
     * @param resume continue the sweep already in the folder, if there is one
     * @param force overwrite whatever sweep the folder holds
     * @param toolVersion recorded in the manifest
     * @param shard the slice of the sweep to run; {@link Shard#ALL} for all of it
     * @param adaptive replicates added until each point's interval is narrow enough, or null
     */
    public record Options(int threads, boolean resume, boolean force, String toolVersion, Shard shard,
                          Adaptive adaptive) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (adaptive != null && shard.count() > 1) {
                throw new IllegalArgumentException("adaptive replication cannot be sharded");
            }
        }

        /** Fixed replication. */
        public Options(int threads, boolean resume, boolean force, String toolVersion, Shard shard) {
            this(threads, resume, force, toolVersion, shard, null);
        }
    }

    private SweepRunner() {
    }

    /**
     * Runs the sweep's missing runs into {@code dir}.
     *
     * @param plan the sweep; not null
     * @param dir the results folder, created if needed
     * @param options threads, resume, force
     * @param progress told of every completed run
     * @return the manifest as finally written
     * @throws ResultsFolderException if the folder holds another sweep (without force), or this
     *     sweep's results (without resume or force), or its runs.csv does not match the plan
     * @throws IOException if results cannot be written
     */
    public static Manifest run(SweepPlan plan, Path dir, Options options, Progress progress) throws IOException {
        return run(plan, dir, options, progress, RunListener.NONE).manifest();
    }

    /**
     * A finished run of a sweep.
     *
     * @param manifest the manifest as finally written
     * @param heardAll whether the listener was told of every row of {@code runs.csv}: true when
     *     this run wrote the whole file (not a resume, a shard or adaptive replication); otherwise
     *     the listener heard nothing, and what it would have computed must be read from the file
     * @param watchedAll whether the listener's {@link RunListener#days() watcher} saw the days of
     *     every run of the sweep: true for a whole sweep with fixed replication, resumed or not (a
     *     resume runs again, without writing them, the runs already in {@code runs.csv}, to watch
     *     them); false for a shard, adaptive replication, a listener without a watcher, or a
     *     finished sweep resumed (nothing is run: what the watcher would sum was written when it finished)
     */
    public record Finished(Manifest manifest, boolean heardAll, boolean watchedAll) {
    }

    /**
     * Same as {@link #run(SweepPlan, Path, Options, Progress)}, also telling {@code listener} of
     * each row as it is written, when this run writes the whole of {@code runs.csv}, so that what
     * it computes need not read the file again.
     *
     * @param listener told of each row, in plan order
     */
    public static Finished run(SweepPlan plan, Path dir, Options options, Progress progress, RunListener listener)
            throws IOException {
        OutputFolder.check(dir);
        try (FolderLock lock = FolderLock.acquire(dir, "truce sweep")) {
            OutputFolder.claim(dir, options.force());
            return runLocked(plan, dir, options, progress, listener);
        }
    }

    private static Finished runLocked(SweepPlan plan, Path dir, Options options, Progress progress,
                                      RunListener listener) throws IOException {
        checkSize(plan, options.shard());
        Path runs = dir.resolve(RUNS);
        List<String> header = RunsCsv.header(plan.columns(), new ArrayList<>(plan.base().states().keySet()),
                RunsCsv.ceasefireKeys(plan.base()));
        Shard shard = options.shard();
        Manifest manifest = manifest(plan, options, shard);
        AppendLog.Recovered recovered = prepare(dir, plan, manifest, options, header);
        long done = recovered.records();
        manifest.write(dir);
        boolean whole = options.adaptive() == null && shard.count() == 1;
        boolean heard = whole && done == 0;
        DayWatcher watcher = whole ? listener.days() : null; // (null again below if nothing is left to run)

        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        int window = options.threads() * WINDOW_PER_THREAD;
        // a verified file is continued even when it holds only its header: re-creating it would cut it to
        // nothing under a digest that still covers the header, and a kill in between left a file that
        // no longer matched its digest
        try (AppendLog log = recovered.digest() != null ? AppendLog.append(runs, recovered.digest())
                : AppendLog.create(runs, header)) {
            if (options.adaptive() == null) {
                List<RunTask> tasks = tasksOf(plan, shard);
                progress.start(tasks.size(), done);
                if (watcher != null && done == tasks.size()) {
                    watcher = null; // nothing left to run: a finished sweep resumed is not run again to be watched
                } else if (watcher != null && done > 0) {
                    replay(tasks.subList(0, (int) done), pool, window, progress, watcher, done);
                }
                done = execute(tasks.subList((int) done, tasks.size()), pool, window, log, plan.columns(), progress, done,
                        heard ? listener : RunListener.NONE, watcher);
            } else {
                done = options.adaptive().run(plan, runs, done, (tasks, already, onRow) ->
                        execute(tasks, pool, window, log, plan.columns(), progress, already, onRow, null), progress);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        Manifest finished = manifest.finishedAt(now(), done);
        finished.write(dir);
        return new Finished(finished, heard, watcher != null);
    }

    /**
     * Checks that one process can run the plan's runs of this shard (fewer than 2^31), before
     * anything is written.
     *
     * @throws ResultsFolderException if it cannot, saying how many shards would do
     */
    public static void checkSize(SweepPlan plan, Shard shard) {
        if (shard.size(plan.runs()) > Integer.MAX_VALUE) {
            long shards = (plan.runs() + Integer.MAX_VALUE - 1) / Integer.MAX_VALUE;
            throw new ResultsFolderException("a sweep of " + plan.runs() + " runs" + (shard.count() > 1
                    ? " cut into " + shard.count() + " shards" : "") + " is too large for one process: cut it into"
                    + " at least " + shards + " shards of fewer than 2^31 runs with --shard I/N");
        }
    }

    /** A shard's runs in order, made as they are needed. */
    private static List<RunTask> tasksOf(SweepPlan plan, Shard shard) {
        long total = shard.size(plan.runs());
        return new java.util.AbstractList<>() {
            @Override
            public RunTask get(int k) {
                return plan.task(shard.run(k));
            }

            @Override
            public int size() {
                return (int) total;
            }
        };
    }

    /**
     * The sweep stopped early because its {@link Progress} asked it to: its first {@link #done()}
     * runs are in {@code runs.csv}, flushed and covered by the digest, and the manifest is the
     * unfinished one, as after a kill; {@code --resume} continues it.
     */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long done;

        Stopped(long done) {
            super("stopped after " + done + " runs", null, false, false);
            this.done = done;
        }

        /** Runs complete in {@code runs.csv}. */
        public long done() {
            return done;
        }
    }

    /** Runs tasks, in order, and what to do with each written row. */
    interface Executor {
        long execute(List<RunTask> tasks, long done, RunListener onRow) throws IOException;
    }

    /**
     * Runs tasks on the pool with a bounded window in flight and appends their rows in task order.
     *
     * @return runs complete after these tasks
     */
    private static long execute(List<RunTask> tasks, ExecutorService pool, int window, AppendLog log,
                                List<String> columns, Progress progress, long done,
                                RunListener onRow, DayWatcher watcher) throws IOException {
        ArrayDeque<Future<List<List<String>>>> inFlight = new ArrayDeque<>();
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            if (progress.stopRequested()) {
                while (!inFlight.isEmpty()) { // runs already going: a fraction of a second
                    done = write(inFlight, log, progress, done, onRow);
                }
                throw new Stopped(done);
            }
            if (inFlight.size() >= window) {
                done = write(inFlight, log, progress, done, onRow);
            }
            List<RunTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            inFlight.add(pool.submit(() -> {
                List<List<String>> rows = new ArrayList<>(chunk.size());
                for (RunTask task : chunk) {
                    rows.add(RunsCsv.row(task, simulate(task, watcher), columns));
                }
                return rows;
            }));
        }
        while (!inFlight.isEmpty()) {
            done = write(inFlight, log, progress, done, onRow);
        }
        return done;
    }

    private static RunOutcome simulate(RunTask task, DayWatcher watcher) {
        return watcher == null ? Simulation.run(task.scenario(), task.seed())
                : Simulation.run(task.scenario(), task.seed(), watcher.watch(task));
    }

    /**
     * Runs again, on the pool, the runs already in {@code runs.csv}, for the watcher to see their
     * days; writes nothing. Stops (as a sweep does) when asked to.
     */
    private static void replay(List<RunTask> tasks, ExecutorService pool, int window, Progress progress,
                               DayWatcher watcher, long done) throws IOException {
        ArrayDeque<Future<Boolean>> inFlight = new ArrayDeque<>();
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            if (progress.stopRequested()) {
                while (!inFlight.isEmpty()) {
                    take(inFlight);
                }
                throw new Stopped(done);
            }
            if (inFlight.size() >= window) {
                take(inFlight);
            }
            List<RunTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            inFlight.add(pool.submit(() -> {
                for (RunTask task : chunk) {
                    simulate(task, watcher);
                }
                return true;
            }));
        }
        while (!inFlight.isEmpty()) {
            take(inFlight);
        }
    }

    private static long write(ArrayDeque<Future<List<List<String>>>> inFlight, AppendLog log, Progress progress,
                              long done, RunListener onRow) throws IOException {
        for (List<String> row : take(inFlight)) {
            log.add(row);
            onRow.row(row);
            done++;
        }
        progress.update(done);
        return done;
    }

    /** Checks the folder and returns the runs already complete, verified. */
    private static AppendLog.Recovered prepare(Path dir, SweepPlan plan, Manifest manifest, Options options,
                                List<String> header) throws IOException {
        Path runs = dir.resolve(RUNS);
        boolean hasManifest = Files.exists(dir.resolve(Manifest.FILE));
        AppendLog.Recovered none = new AppendLog.Recovered(0, null);
        if (options.force()) {
            Files.deleteIfExists(runs);
            Files.deleteIfExists(LineDigest.fileFor(runs));
            return none;
        }
        if (!hasManifest) {
            if (Files.exists(runs)) {
                throw new ResultsFolderException(dir + " has a runs.csv but no manifest.json, so it cannot be"
                        + " checked; use --force to overwrite it or --out to choose another folder");
            }
            return none; // nothing to resume: --resume starts the sweep, so a rerun job script can always pass it
        }
        Manifest old;
        try {
            old = Manifest.read(dir);
        } catch (IOException | ResultsFolderException e) {
            throw new ResultsFolderException(dir.resolve(Manifest.FILE) + " cannot be read (" + e.getMessage()
                    + "); use --force to overwrite the folder or --out to choose another");
        }
        String difference = old.sweepDifference(manifest);
        String what = difference != null ? "its " + difference
                : !old.shard().equals(manifest.shard()) ? "it is shard " + old.shard() + ", not " + manifest.shard()
                : null;
        if (what != null) {
            throw new ResultsFolderException(dir + " holds the results of a different sweep ('" + old.sweep()
                    + "'; " + what + " differs from this one): use --force to overwrite it or --out to"
                    + " choose another folder");
        }
        if (!Files.exists(runs)) {
            return none;
        }
        if (!options.resume()) {
            if (old.finished() != null) { // the same command run again: say where the results are
                throw new ResultsFolderException(dir + " already holds this sweep's complete results ("
                        + old.runsCompleted() + " runs, finished " + old.finished() + "): " + (old.shard().count() > 1
                        ? "merge the shards with 'truce merge'"
                        : "open " + dir.resolve("index.html") + " to see them, 'truce chart " + dir + "' redraws the"
                                + " report") + "; --force runs the sweep again, --out writes to another folder");
            }
            throw new ResultsFolderException(dir + " already holds this sweep's results: use --resume to"
                    + " continue it, --force to start again, or --out to choose another folder");
        }
        try {
            AppendLog.Recovered recovered = AppendLog.recover(runs, header, options.shard()::run);
            if (recovered.digest() == null) {
                return none; // killed before its first checkpoint: the file was removed
            }
            long most = options.adaptive() == null ? options.shard().size(plan.runs())
                    : (long) plan.points().size() * options.adaptive().maxReplicates();
            if (recovered.records() > most) {
                throw new IllegalStateException(runs + " holds " + recovered.records() + " runs, more than the " + most
                        + " of this sweep");
            }
            RunsRows.checkAll(runs, manifest);
            ReplayCheck.check(plan, runs, recovered.records());
            return recovered;
        } catch (IllegalStateException e) {
            throw new ResultsFolderException("cannot resume: " + e.getMessage()
                    + "; use --force to start again");
        }
    }

    private static Manifest manifest(SweepPlan plan, Options options, Shard shard) {
        Adaptive a = options.adaptive();
        String designHash = plan.designHash(a);
        return new Manifest("truce", options.toolVersion(), plan.spec().name(), plan.spec().file(),
                plan.spec().scenario().toString(), plan.spec().design().type(),
                plan.columns(), plan.points().size(), plan.spec().replicates(), plan.runs(),
                plan.spec().masterSeed(), designHash, plan.scenarioHash(), plan.base().horizon(),
                new ArrayList<>(plan.base().states().keySet()), System.getProperty("java.version"), now(), null, 0,
                shard.index(), shard.count(), a == null ? 0 : a.targetHalfWidth(), a == null ? 0 : a.maxReplicates(),
                RunsCsv.ceasefireKeys(plan.base()));
    }

    private static <T> T take(ArrayDeque<Future<T>> inFlight) throws IOException {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "truce-worker");
            t.setDaemon(true);
            return t;
        };
    }
}
