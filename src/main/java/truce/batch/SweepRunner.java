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

    /** Runs in flight per thread: enough to keep every thread busy while rows wait their turn. */
    private static final int WINDOW_PER_THREAD = 64;

    /**
     * How to run.
     *
     * @param threads worker threads, at least 1
     * @param resume continue the sweep already in the folder, if there is one
     * @param force overwrite whatever sweep the folder holds
     * @param toolVersion recorded in the manifest
     * @param shard the slice of the sweep to run; {@link Shard#ALL} for all of it
     */
    public record Options(int threads, boolean resume, boolean force, String toolVersion, Shard shard) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
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
        Files.createDirectories(dir);
        Path runs = dir.resolve(RUNS);
        List<String> header = RunsCsv.header(plan.columns(), new ArrayList<>(plan.base().states().keySet()));
        Shard shard = options.shard();
        Manifest manifest = manifest(plan, options.toolVersion(), shard);
        long done = prepare(dir, plan, manifest, options, header);
        manifest.write(dir);

        long total = shard.size(plan.runs());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        progress.start(total, done);
        try (AppendLog log = done > 0 ? AppendLog.append(runs) : AppendLog.create(runs, header)) {
            ArrayDeque<Future<List<String>>> inFlight = new ArrayDeque<>();
            int window = options.threads() * WINDOW_PER_THREAD;
            for (long k = done; k < total; k++) {
                if (inFlight.size() >= window) {
                    log.add(take(inFlight));
                    progress.update(++done);
                }
                RunTask task = plan.task(shard.run(k));
                inFlight.add(pool.submit(() -> RunsCsv.row(task, Simulation.run(task.scenario(), task.seed()),
                        plan.columns())));
            }
            while (!inFlight.isEmpty()) {
                log.add(take(inFlight));
                progress.update(++done);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        Manifest finished = manifest.finishedAt(now(), done);
        finished.write(dir);
        return finished;
    }

    /** Checks the folder and returns how many runs are already complete. */
    private static long prepare(Path dir, SweepPlan plan, Manifest manifest, Options options,
                                List<String> header) throws IOException {
        Path runs = dir.resolve(RUNS);
        boolean hasManifest = Files.exists(dir.resolve(Manifest.FILE));
        if (options.force()) {
            Files.deleteIfExists(runs);
            return 0;
        }
        if (!hasManifest) {
            if (Files.exists(runs)) {
                throw new ResultsFolderException(dir + " has a runs.csv but no manifest.json, so it cannot be"
                        + " checked; use --force to overwrite it or --out to choose another folder");
            }
            return 0; // nothing to resume: --resume starts the sweep, so a rerun job script can always pass it
        }
        Manifest old;
        try {
            old = Manifest.read(dir);
        } catch (IOException e) {
            throw new ResultsFolderException(dir.resolve(Manifest.FILE) + " cannot be read (" + e.getMessage()
                    + "); use --force to overwrite the folder or --out to choose another");
        }
        String what = !old.designHash().equals(manifest.designHash()) ? "its design"
                : !old.scenarioHash().equals(manifest.scenarioHash()) ? "its scenario"
                : !old.shard().equals(manifest.shard()) ? "it is shard " + old.shard() + ", not " + manifest.shard()
                : null;
        if (what != null) {
            throw new ResultsFolderException(dir + " holds the results of a different sweep ('" + old.sweep()
                    + "'; " + what + " differs from this one): use --force to overwrite it or --out to"
                    + " choose another folder");
        }
        if (!Files.exists(runs)) {
            return 0;
        }
        if (!options.resume()) {
            throw new ResultsFolderException(dir + " already holds this sweep's results: use --resume to"
                    + " continue it, --force to start again, or --out to choose another folder");
        }
        try {
            return AppendLog.recover(runs, header, options.shard()::run);
        } catch (IllegalStateException e) {
            throw new ResultsFolderException("cannot resume: " + e.getMessage()
                    + "; use --force to start again");
        }
    }

    private static Manifest manifest(SweepPlan plan, String version, Shard shard) {
        return new Manifest("truce", version, plan.spec().name(), plan.spec().file(),
                plan.spec().scenario().toString(), plan.spec().design().type().name().toLowerCase(java.util.Locale.ROOT),
                plan.columns(), plan.points().size(), plan.spec().replicates(), plan.runs(),
                plan.spec().masterSeed(), plan.designHash(), plan.scenarioHash(), plan.base().horizon(),
                new ArrayList<>(plan.base().states().keySet()), System.getProperty("java.version"), now(), null, 0,
                shard.index(), shard.count());
    }

    private static List<String> take(ArrayDeque<Future<List<String>>> inFlight) throws IOException {
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
