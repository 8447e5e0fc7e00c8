package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what SLURM and {@code kill} send) is honoured within seconds in every phase of a
 * sweep, in a real JVM: the process exits with 143 (128 + 15) and its last line says what was
 * kept and how to go on; a sweep stopped while running resumes to the same files as one run
 * straight through.
 */
class InterruptIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");
    private static final int REPLICATES = 20_000;
    /** Honoured "within seconds": generous for a loaded 2-core machine. */
    private static final long SECONDS = 15;

    @TempDir
    Path tmp;

    @Test
    void aSweepStoppedWhileRunningKeepsItsRunsAndSaysHowToResume() throws Exception {
        Path dir = tmp.resolve("running");
        Process p = sweep(dir, List.of("--replicates", Integer.toString(REPLICATES)));
        waitFor(() -> Files.exists(dir.resolve("runs.csv")) && Files.size(dir.resolve("runs.csv")) > 100_000, p);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(SECONDS, TimeUnit.SECONDS), "SIGTERM was not honoured within " + SECONDS + " s");
        assertEquals(143, p.exitValue());
        String last = lastLine(dir);
        Matcher m = Pattern.compile("interrupted: ([0-9,]+) of ([0-9,]+) runs are in (.*); resume with: truce sweep (.*) --resume")
                .matcher(last);
        assertTrue(m.matches(), last);
        long kept = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(kept > 0 && kept < 4L * REPLICATES, last);
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(kept + 1, rows.size(), "the line names the rows in the file (and none is cut)");
        assertFalse(Files.exists(dir.resolve("summary.csv")));

        Process resumed = sweep(dir, List.of("--replicates", Integer.toString(REPLICATES), "--resume"));
        assertTrue(resumed.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, resumed.exitValue(), Files.readString(stderr(dir)));
        Path whole = tmp.resolve("whole");
        Process straight = sweep(whole, List.of("--replicates", Integer.toString(REPLICATES)));
        assertTrue(straight.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, straight.exitValue());
        assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(dir.resolve("runs.csv")));
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(dir.resolve("summary.csv")));
    }

    @Test
    void aSweepStoppedWhilePlanningWritesNothingAndSaysHowToStartAgain() throws Exception {
        Path file = SweepFiles.write(tmp.resolve("huge.yaml"), 1, """
                  type: lhs
                  samples: 1000000
                  parameters:
                    horizon: {from: 100, to: 365, integer: true}
                    events[7].day: {from: 40, to: 60, integer: true}
                """);
        Path dir = tmp.resolve("planning");
        Process p = start(file, dir, List.of());
        // A rule reads an event's day with the horizon, so planning checks each of the million points
        // (minutes) rather than each parameter's range once.
        // the JVM is up (its signal handler installed) and planning a million points: waiting for
        // 1.5 s of its CPU time rather than of the clock holds on a loaded machine too
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (p.isAlive() && System.nanoTime() < end && p.info().totalCpuDuration()
                .map(d -> d.toMillis() < 1500).orElse(false)) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "planning a million points ended after 1.5 s of CPU: " + Files.readString(stderr(dir)));
        p.destroy();
        assertTrue(p.waitFor(SECONDS, TimeUnit.SECONDS), "SIGTERM was not honoured within " + SECONDS + " s");
        assertEquals(143, p.exitValue());
        assertTrue(lastLine(dir).startsWith("interrupted while planning, before anything was written; start again"
                + " with: truce sweep "), lastLine(dir));
        assertFalse(Files.exists(dir), "nothing is written while planning");
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void waitFor(Condition c, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!c.holds()) {
            assertTrue(p.isAlive() && System.nanoTime() < end, "the sweep ended or stalled before it could be stopped");
            Thread.sleep(50);
        }
    }

    private static String lastLine(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(stderr(dir)).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static Process sweep(Path dir, List<String> options) throws IOException {
        return start(SWEEP, dir, options);
    }

    private static Process start(Path file, Path dir, List<String> options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "truce.cli.TruceCommand",
                "sweep", file.toString(), "--threads", "2", "--out", dir.toString()));
        cmd.addAll(options);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr(dir).toFile()).start();
    }

    /** Where a sweep process's stderr goes, beside (not in) its results folder. */
    private static Path stderr(Path results) {
        return results.resolveSibling(results.getFileName() + ".stderr");
    }
}
