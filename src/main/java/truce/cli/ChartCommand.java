package truce.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.analysis.DailySums;
import truce.analysis.SummaryBuilder;
import truce.analysis.SweepAnalysis;
import truce.analysis.SweepSummary;
import truce.batch.Manifest;
import truce.batch.ResultsCheck;
import truce.chart.SweepReport;
import truce.files.FolderLock;
import truce.files.OutputFolder;
import truce.stats.ConfidenceType;

/**
 * {@code truce chart DIR}: regenerates {@code summary.csv}, the charts and {@code index.html} of
 * a results folder from its {@code manifest.json} and {@code runs.csv} alone.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Regenerate a sweep's summary, charts and report from its CSV files.")
final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results folder of a sweep.")
    Path dir;

    @picocli.CommandLine.Option(names = "--day", paramLabel = "D",
            description = "For a Saltelli design: the day at which Kaplan-Meier survival is analysed (default: ${DEFAULT-VALUE}).")
    int day = SweepAnalysis.DEFAULT_SENSITIVITY_DAY;

    @picocli.CommandLine.Mixin
    CiOption ci;

    @picocli.CommandLine.Mixin
    HeapCheckOption heap;

    @Override
    public Integer call() throws IOException {
        OutputFolder.check(dir);
        try (FolderLock lock = FolderLock.acquire(dir, "truce chart")) {
            ResultsCheck.folder(dir);
            Manifest m = Manifest.read(dir);
            heap.check("chart " + dir, HeapBudget.of(m, Math.min(m.points(), m.runsCompleted()))); // before any file
            OutputFolder.claim(dir, false);
            render(dir, day, ci.type());
        }
        spec.commandLine().getOut().println("Wrote " + dir.resolve(SweepSummary.FILE) + " and " + dir.resolve("index.html"));
        return ExitCodes.OK;
    }

    /** Writes summary.csv, charts and index.html for a results folder. */
    static void render(Path dir, ConfidenceType ciType) throws IOException {
        render(dir, SweepAnalysis.DEFAULT_SENSITIVITY_DAY, ciType);
    }

    /** Same, analysing KM survival at {@code day} when the design is a Saltelli design. */
    static void render(Path dir, int day, ConfidenceType ciType) throws IOException {
        render(dir, null, null, day, ciType);
    }

    /**
     * Same, from the rows accumulated as the sweep ran (null: read them from {@code runs.csv}) and
     * the days of its runs as it summed them (null: keep the folder's daily means, if any).
     */
    static void render(Path dir, SummaryBuilder heard, DailySums days, int day, ConfidenceType ciType)
            throws IOException {
        SweepAnalysis analysis = heard == null ? SweepAnalysis.read(dir, days, day, ciType)
                : SweepAnalysis.of(dir, heard, Manifest.read(dir), days, day, ciType);
        // The CSV files, and the charts with the page, read the analysis only and each file is written
        // by one thread: written side by side (for a sweep of 50,000 points each takes seconds), the same
        // bytes. A failure of the CSV files is reported first, as when they were written first.
        java.util.concurrent.FutureTask<Void> csv = new java.util.concurrent.FutureTask<>(() -> {
            analysis.write(dir);
            return null;
        });
        Thread writer = new Thread(csv, "truce-csv-files");
        writer.setDaemon(true);
        writer.start();
        Throwable failed = null;
        try {
            SweepReport.write(dir, analysis);
        } catch (IOException | RuntimeException | Error e) {
            failed = e;
        }
        Throwable csvFailed = null;
        try {
            csv.get();
        } catch (java.util.concurrent.ExecutionException e) {
            csvFailed = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            csvFailed = new IOException("interrupted while writing the CSV files of " + dir, e);
        }
        if (csvFailed != null && failed != null) {
            csvFailed.addSuppressed(failed);
        }
        Throwable first = csvFailed != null ? csvFailed : failed;
        if (first instanceof IOException e) {
            throw e;
        } else if (first instanceof RuntimeException e) {
            throw e;
        } else if (first instanceof Error e) {
            throw e;
        } else if (first != null) {
            throw new IOException(first);
        }
    }
}
