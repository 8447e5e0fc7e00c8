package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.Manifest;
import truce.batch.Progress;
import truce.batch.RunListener;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.SweepLoader;
import truce.stats.ConfidenceType;

/**
 * A sweep's averaged trajectories ({@value DailyMeans#FILE}) are the same file whatever the
 * thread count, and after an interrupted sweep is resumed (its runs already written are run
 * again to be watched). A sweep of more than 8 points is grouped by a parameter's levels.
 */
class DailyMeansIT {

    private static final Path GRID = Path.of("scenarios/sweeps/leverage-x-attacks.yaml"); // 20 points

    @TempDir
    Path tmp;

    /** Stops the sweep once {@code after} runs are written. */
    private static Progress stoppingAfter(long after) {
        return new Progress() {
            private long done;

            @Override
            public void start(long total, long already) {
                done = already;
            }

            @Override
            public void update(long now) {
                done = now;
            }

            @Override
            public void finish() {
            }

            @Override
            public boolean stopRequested() {
                return done >= after;
            }
        };
    }

    private static byte[] sweep(SweepPlan plan, Path dir, int threads, boolean resume, Progress progress)
            throws IOException {
        SummaryBuilder summary = SweepSummary.builder(plan);
        DailySums days = new DailySums(plan);
        SweepRunner.Finished f = SweepRunner.run(plan, dir, new SweepRunner.Options(threads, resume, false, "test",
                Shard.ALL), progress, RunListener.of(summary, days));
        assertTrue(f.watchedAll());
        Manifest m = Manifest.read(dir);
        SweepAnalysis.of(dir, f.heardAll() ? summary : SweepSummary.readRows(dir, m), m, days, 90, ConfidenceType.LOG)
                .daily().write(dir);
        return Files.readAllBytes(dir.resolve(DailyMeans.FILE));
    }

    @Test
    void oneAndFourThreadsAndAResumeGiveTheSameFile() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(GRID).withReplicates(100));
        byte[] one = sweep(plan, tmp.resolve("t1"), 1, false, Progress.NONE);
        assertArrayEquals(one, sweep(plan, tmp.resolve("t4"), 4, false, Progress.NONE));
        Path resumed = tmp.resolve("resumed");
        SweepRunner.Stopped stopped = assertThrows(SweepRunner.Stopped.class,
                () -> sweep(plan, resumed, 1, false, stoppingAfter(500)));
        assertTrue(stopped.done() >= 500 && stopped.done() < plan.runs(), "stopped after " + stopped.done());
        assertFalse(Files.exists(resumed.resolve(DailyMeans.FILE)));
        assertArrayEquals(one, sweep(plan, resumed, 2, true, Progress.NONE));
        // a finished sweep resumed runs nothing, not even to watch: its file stays, and is still read
        SweepRunner.Finished again = SweepRunner.run(plan, resumed, new SweepRunner.Options(2, true, false, "test",
                Shard.ALL), Progress.NONE, RunListener.of(SweepSummary.builder(plan), new DailySums(plan)));
        assertFalse(again.watchedAll() || again.heardAll());
        SweepAnalysis kept = SweepAnalysis.read(resumed, 90, ConfidenceType.LOG);
        assertTrue(kept.daily() != null);
        assertArrayEquals(one, Files.readAllBytes(resumed.resolve(DailyMeans.FILE)));
        String text = new String(one, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.lines().skip(1).allMatch(l -> l.startsWith("TTP attack rate") || l.startsWith("\"")),
                "grouped by a parameter's levels, as the Kaplan-Meier chart: " + text.lines().skip(1).findFirst());
    }
}
