package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepSummary;
import truce.scenario.SweepLoader;

/** The sweep runner end to end: thread-count independence, resume, and folder safety. */
class SweepRunnerIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");
    /** The same tests on a sweep of a scenario with two ceasefires (per-ceasefire columns). */
    private static final String TWO_FRONTS = "src/test/resources/sweeps/two-fronts.yaml";

    @TempDir
    Path tmp;

    private static Manifest sweep(Path dir, int threads, boolean resume, boolean force) throws IOException {
        return sweep(SWEEP, dir, threads, resume, force);
    }

    private static Manifest sweep(Path file, Path dir, int threads, boolean resume, boolean force) throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(file));
        Manifest m = SweepRunner.run(plan, dir, new SweepRunner.Options(threads, resume, force, "test", Shard.ALL), Progress.NONE);
        SweepSummary.read(dir).write(dir);
        return m;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"src/test/resources/sweeps/small-grid.yaml", TWO_FRONTS})
    void oneTwoAndFourThreadsGiveByteIdenticalRunsAndSummary(String file) throws IOException {
        for (int threads : List.of(1, 2, 4)) {
            sweep(Path.of(file), tmp.resolve("t" + threads), threads, false, false);
        }
        for (String f : List.of("runs.csv", "summary.csv")) {
            byte[] one = Files.readAllBytes(tmp.resolve("t1").resolve(f));
            assertArrayEquals(one, Files.readAllBytes(tmp.resolve("t2").resolve(f)), f);
            assertArrayEquals(one, Files.readAllBytes(tmp.resolve("t4").resolve(f)), f);
        }
        assertEquals(4 * 40 + 1, Files.readAllLines(tmp.resolve("t1/runs.csv")).size());
        assertEquals(4 + 1, Files.readAllLines(tmp.resolve("t1/summary.csv")).size());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"src/test/resources/sweeps/small-grid.yaml", TWO_FRONTS})
    void aSweepCutShortWithATornLineAndResumedEqualsOneRunStraightThrough(String file) throws IOException {
        Path sweepFile = Path.of(file);
        Path whole = tmp.resolve("whole");
        sweep(sweepFile, whole, 2, false, false);
        byte[] runs = Files.readAllBytes(whole.resolve("runs.csv"));
        for (int cut : List.of(0, 5, runs.length / 3, runs.length / 2 + 7, runs.length - 3)) {
            Path part = tmp.resolve("cut" + cut);
            Files.createDirectories(part);
            Files.copy(whole.resolve("manifest.json"), part.resolve("manifest.json"));
            Files.copy(whole.resolve(".truce-files"), part.resolve(".truce-files")); // what Truce wrote there
            Files.write(part.resolve("runs.csv"), java.util.Arrays.copyOf(runs, cut)); // ends mid-line
            truce.files.ForgedDigest.checkpoint(part.resolve("runs.csv")); // as a kill leaves it
            Manifest m = sweep(sweepFile, part, 2, true, false);
            assertEquals(160, m.runsCompleted());
            assertArrayEquals(runs, Files.readAllBytes(part.resolve("runs.csv")), "cut at byte " + cut);
            assertArrayEquals(Files.readAllBytes(whole.resolve("summary.csv")),
                    Files.readAllBytes(part.resolve("summary.csv")));
        }
    }

    @Test
    void aFolderWithThisSweepNeedsResumeOrForce() throws IOException {
        Path dir = tmp.resolve("again");
        sweep(dir, 1, false, false);
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> sweep(dir, 1, false, false));
        assertTrue(e.getMessage().contains("already holds this sweep's complete results (160 runs, finished ")
                && e.getMessage().contains("--force runs the sweep again"), e.getMessage()); // finished: nothing to resume
        assertEquals(160, sweep(dir, 1, false, true).runsCompleted(), "--force starts again");
    }

    @Test
    void aFolderWithAnotherSweepIsRefused() throws IOException {
        Path dir = tmp.resolve("other");
        sweep(dir, 1, false, false);
        String changed = Files.readString(SWEEP).replace("replicates: 40", "replicates: 41");
        Path sweepFile = tmp.resolve("changed.yaml");
        Files.writeString(sweepFile, changed.replace("../scenarios/generic.yaml",
                Path.of("src/test/resources/scenarios/generic.yaml").toAbsolutePath().toString()));
        SweepPlan plan = SweepPlan.of(SweepLoader.load(sweepFile));
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> SweepRunner.run(plan, dir,
                new SweepRunner.Options(1, true, false, "test", Shard.ALL), Progress.NONE));
        assertTrue(e.getMessage().contains("different sweep") && e.getMessage().contains("design"), e.getMessage());
    }
}
