package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepSummary;
import truce.scenario.SweepLoader;
import truce.stats.PointSummary;

/** Adaptive replication: deterministic across thread counts and resumes, and it meets its target. */
class AdaptiveIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");
    private static final Adaptive TARGET = new Adaptive(0.04, 640);

    @TempDir
    Path tmp;

    private static void sweep(Path dir, int threads, boolean resume) throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(SWEEP)); // 40 replicates to start
        SweepRunner.run(plan, dir, new SweepRunner.Options(threads, resume, false, "test", Shard.ALL, TARGET),
                Progress.NONE);
        SweepSummary.read(dir).write(dir);
    }

    @Test
    void everyPointMeetsTheTargetOrTheCapTheSameWayAtAnyThreadCount() throws IOException {
        sweep(tmp.resolve("one"), 1, false);
        sweep(tmp.resolve("four"), 4, false);
        for (String f : new String[] {"runs.csv", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("four").resolve(f)), f);
        }
        boolean someGrew = false;
        for (SweepSummary.Point p : SweepSummary.read(tmp.resolve("one")).points()) {
            PointSummary s = p.stats();
            assertTrue(s.survival().width() / 2 <= 0.04 || s.n() == 640, p.id() + ": " + s.n() + " " + s.survival());
            someGrew |= s.n() > 40;
        }
        assertTrue(someGrew, "the target needed more than the first 40 replicates somewhere");
    }

    @Test
    void anAdaptiveSweepCutShortAndResumedEqualsOneStraightThrough() throws IOException {
        Path whole = tmp.resolve("whole");
        sweep(whole, 2, false);
        byte[] runs = Files.readAllBytes(whole.resolve("runs.csv"));
        for (int cut : new int[] {runs.length / 5, runs.length / 2 + 11, runs.length - 2}) {
            Path part = tmp.resolve("cut" + cut);
            Files.createDirectories(part);
            Files.copy(whole.resolve("manifest.json"), part.resolve("manifest.json"));
            Files.copy(whole.resolve(".truce-files"), part.resolve(".truce-files")); // what Truce wrote there
            Files.write(part.resolve("runs.csv"), Arrays.copyOf(runs, cut));
            truce.files.ForgedDigest.checkpoint(part.resolve("runs.csv")); // as a kill leaves it
            sweep(part, 2, true);
            assertArrayEquals(runs, Files.readAllBytes(part.resolve("runs.csv")), "cut at " + cut);
        }
    }
}
