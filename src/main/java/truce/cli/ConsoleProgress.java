package truce.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import truce.batch.Progress;

/**
 * Progress of a sweep: a live bar with runs/s and ETA on a terminal (me.tongfei:progressbar), and
 * without one (CI, SLURM logs) a plain line every few seconds.
 */
final class ConsoleProgress implements Progress {

    private static final long LINE_INTERVAL = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long total;
    private long startDone;
    private long started;
    private long lastLine;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A bar when both stdout and stderr are a terminal, plain lines otherwise. */
    static ConsoleProgress forConsole(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null);
    }

    @Override
    public void start(long total, long done) {
        this.total = total;
        this.startDone = done;
        this.started = System.nanoTime();
        this.lastLine = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" runs", 1).startsFrom(done, java.time.Duration.ZERO)
                    .build();
        } else if (done > 0) {
            err.printf(Locale.ROOT, "resuming: %d of %d runs already done%n", done, total);
            err.flush();
        }
    }

    @Override
    public void update(long done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_INTERVAL || done == total) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = (done - startDone) / Math.max(seconds, 1e-9);
            long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
            err.printf(Locale.ROOT, "%d/%d runs (%.1f%%), %.0f runs/s, ETA %s%n", done, total,
                    100.0 * done / total, rate, eta < 0 ? "?" : eta + " s");
            err.flush();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }
}
