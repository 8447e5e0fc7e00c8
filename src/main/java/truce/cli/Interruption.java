package truce.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import truce.batch.Progress;

/**
 * What a sweep does when the process is asked to terminate (SIGTERM, as SLURM and {@code kill}
 * send, or SIGINT, Ctrl-C): it stops within seconds whatever it is doing and prints one line
 * saying what is kept and how to go on. The JVM then exits with 128 + the signal's number (143
 * for SIGTERM, 130 for SIGINT).
 *
 * <ul>
 *   <li>while planning, nothing has been written: the process exits at once;</li>
 *   <li>while running, the runner is asked to stop (through {@link Progress#stopRequested()}):
 *       it finishes the runs in flight, flushes {@code runs.csv} and its digest, and the line
 *       says how many runs are kept and the command that resumes;</li>
 *   <li>while writing the summary and charts (each file written whole or not at all), the
 *       process exits at once and the line gives the {@code truce chart} command that makes them.</li>
 * </ul>
 *
 * <p>A full heap ({@link #heapFull()}) stops the runner the same way while running, without a
 * signal: the sweep then fails with one line saying how to resume with more memory.
 *
 * <p>A JVM runs its shutdown hooks on a normal exit too; {@link #finished()} marks that case.
 */
final class Interruption {

    /** The longest the hook waits for the runner to stop at a consistent point. */
    private static final long STOP_WAIT_SECONDS = 20;

    private enum Phase { PLANNING, RUNNING, REPORTING, FINISHED }

    private final PrintWriter err;
    private final String command;
    private final String resumeCommand;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Phase phase = Phase.PLANNING;
    private volatile boolean stopRequested;
    private volatile boolean heapFull;
    private volatile Path dir;
    private volatile long total;
    private volatile long done;
    private final Thread hook = new Thread(this::onShutdown, "truce-interrupt");

    private Interruption(PrintWriter err, String command, String resumeCommand) {
        this.err = err;
        this.command = command;
        this.resumeCommand = resumeCommand;
    }

    /**
     * Installs the hook for one sweep command.
     *
     * @param err where the line goes
     * @param command the command's name and arguments as given, from which the resume command is made
     */
    static Interruption install(PrintWriter err, List<String> command) {
        List<String> again = command.stream().filter(a -> !a.equals("--force")).toList(); // --force would lose the runs kept
        List<String> resume = again.contains("--resume") ? again
                : java.util.stream.Stream.concat(again.stream(), java.util.stream.Stream.of("--resume")).toList();
        Interruption i = new Interruption(err, line(command), line(resume));
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    private static String line(List<String> args) {
        return "truce " + args.stream().map(Interruption::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./=:@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * The runs are about to start.
     *
     * @param progress what the runner reports to; wrapped to count runs and to pass on a stop
     * @return the progress to give the runner
     */
    Progress running(Path folder, long runs, Progress progress) {
        this.dir = folder;
        this.total = runs;
        this.done = 0;
        this.phase = Phase.RUNNING;
        return new Progress() {
            @Override
            public void start(long all, long already) {
                total = all;
                done = already;
                progress.start(all, already);
            }

            @Override
            public void update(long now) {
                done = now;
                progress.update(now);
            }

            @Override
            public void finish() {
                progress.finish();
            }

            @Override
            public boolean stopRequested() {
                return stopRequested;
            }
        };
    }

    /**
     * The heap is nearly full ({@link HeapWatch}): while running, the runner is asked to stop as on
     * a signal, and the sweep then fails with {@link #heapFullLine()} instead of exiting.
     */
    void heapFull() {
        if (phase == Phase.RUNNING) {
            heapFull = true;
            stopRequested = true;
        }
    }

    /** Whether the runner was stopped because the heap was full. */
    boolean stoppedForMemory() {
        return heapFull;
    }

    /** What a sweep stopped for memory says: what is kept and the command that resumes with twice the heap. */
    String heapFullLine() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return String.format(java.util.Locale.ROOT, "the Java heap (%,d MB) is full: a sweep keeps statistics for"
                + " every design point it has run, and this design has too many for it; %,d of %,d runs are in %s;"
                + " resume with more memory: TRUCE_JAVA_OPTS=-Xmx%dm %s", mb, done, total, dir.resolve("runs.csv"),
                Math.max(2 * mb, 1024), resumeCommand);
    }

    /** The runner stopped on request with {@code kept} runs in the file; the hook may print and exit. */
    void stopped(long kept) {
        done = kept;
        stopped.countDown();
    }

    /** The runs are complete; the summary and charts are being written. */
    void reporting() {
        phase = Phase.REPORTING;
        stopped.countDown(); // a stop asked for as the last runs finished: they are all in the file
    }

    /** The command is ending by itself: nothing to say on the way out. */
    void finished() {
        phase = Phase.FINISHED;
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs and, seeing FINISHED, says nothing
        }
    }

    private void onShutdown() {
        Phase p = phase;
        if (p == Phase.FINISHED) {
            return;
        }
        String line;
        if (p == Phase.PLANNING) {
            line = "interrupted while planning, before anything was written; start again with: " + command;
        } else if (p == Phase.RUNNING) {
            stopRequested = true;
            boolean clean;
            try {
                clean = stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                clean = false;
            }
            line = String.format(java.util.Locale.ROOT, "interrupted: %,d of %,d runs are in %s%s; resume with: %s",
                    done, total, dir.resolve("runs.csv"), clean ? "" : " (the last may be cut; --resume repairs it)",
                    resumeCommand);
        } else {
            line = String.format(java.util.Locale.ROOT, "interrupted while writing the summary and charts: all %,d"
                    + " runs are in %s; make them with: truce chart %s", total, dir.resolve("runs.csv"), quoted(dir.toString()));
        }
        err.println();
        err.println(line);
        err.flush();
    }
}
