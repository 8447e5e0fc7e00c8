package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepSummary;
import truce.files.ForgedDigest;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/** Shards and their merge: equal to one process, and every way a set of shards can be wrong. */
class ShardMergeIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");

    @TempDir
    Path tmp;

    private static void run(SweepPlan plan, Path dir, Shard shard, int threads) throws IOException {
        SweepRunner.run(plan, dir, new SweepRunner.Options(threads, false, false, "test", shard), Progress.NONE);
    }

    private List<Path> shards(SweepPlan plan, String name, int n) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path d = tmp.resolve(name + "-" + i + "-of-" + n);
            run(plan, d, new Shard(i, n), 1 + i % 2);
            dirs.add(d);
        }
        return dirs;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"src/test/resources/sweeps/small-grid.yaml",
        "src/test/resources/sweeps/two-fronts.yaml"})
    void oneThreeAndEightShardsMergeToTheSingleProcessFiles(String file) throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(Path.of(file)));
        Path single = tmp.resolve("single");
        run(plan, single, Shard.ALL, 2);
        SweepSummary.read(single).write(single);
        for (int n : List.of(1, 3, 8)) {
            List<Path> dirs = shards(plan, "s", n);
            java.util.Collections.reverse(dirs); // the order given does not matter
            Path merged = tmp.resolve("merged-" + n);
            Manifest m = ShardMerge.merge(dirs, merged);
            SweepSummary.read(merged).write(merged);
            assertEquals(160, m.runsCompleted());
            for (String f : List.of("runs.csv", "summary.csv")) {
                assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(merged.resolve(f)),
                        n + " shards: " + f);
            }
        }
    }

    @Test
    void aShardOfAnotherSweepIsRefused() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(SWEEP));
        List<Path> dirs = shards(plan, "a", 2);
        SweepSpec s = SweepLoader.load(SWEEP);
        SweepPlan other = SweepPlan.of(new SweepSpec(s.name(), s.file(), s.scenario(), s.replicates(), 8,
                s.fixed(), s.design()));
        Path foreign = tmp.resolve("foreign");
        run(other, foreign, new Shard(1, 2), 1);
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> ShardMerge.merge(List.of(dirs.get(0), foreign), tmp.resolve("m")));
        assertTrue(e.getMessage().contains("belongs to a different sweep") && e.getMessage().contains("design hash"),
                e.getMessage());
    }

    @Test
    void aMissingShardIsRefused() throws IOException {
        List<Path> dirs = shards(SweepPlan.of(SweepLoader.load(SWEEP)), "b", 3);
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> ShardMerge.merge(List.of(dirs.get(0), dirs.get(2)), tmp.resolve("m")));
        assertEquals("shard 1/3 is missing: all 3 shards are needed", e.getMessage());
    }

    @Test
    void aShardGivenTwiceIsRefused() throws IOException {
        List<Path> dirs = shards(SweepPlan.of(SweepLoader.load(SWEEP)), "c", 2);
        Path copy = tmp.resolve("copy-of-0");
        Files.createDirectories(copy);
        for (String f : List.of("runs.csv", "manifest.json")) {
            Files.copy(dirs.get(0).resolve(f), copy.resolve(f));
        }
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> ShardMerge.merge(List.of(dirs.get(0), dirs.get(1), copy), tmp.resolve("m")));
        assertTrue(e.getMessage().startsWith("shard 0/2 is given twice"), e.getMessage());
    }

    @Test
    void aDuplicatedOrMissingRunIsRefused() throws IOException {
        List<Path> dirs = shards(SweepPlan.of(SweepLoader.load(SWEEP)), "d", 2);
        Path runs = dirs.get(1).resolve("runs.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(runs));
        lines.add(5, lines.get(4)); // a run written twice
        lines.remove(lines.size() - 1);
        ForgedDigest.rewrite(runs, lines); // the digest would refuse it first: check the row check
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> ShardMerge.merge(dirs, tmp.resolve("m")));
        assertTrue(e.getMessage().contains("shard 1/2") && e.getMessage().contains("missing or duplicated run")
                && e.getMessage().contains(":6: expected the record of run 9"), e.getMessage());
    }

    @Test
    void anIncompleteShardIsRefusedWithHowToFinishIt() throws IOException {
        List<Path> dirs = shards(SweepPlan.of(SweepLoader.load(SWEEP)), "e", 2);
        Path runs = dirs.get(0).resolve("runs.csv");
        List<String> lines = Files.readAllLines(runs);
        ForgedDigest.rewrite(runs, lines.subList(0, 50)); // as if interrupted after a checkpoint
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> ShardMerge.merge(dirs, tmp.resolve("m")));
        assertTrue(e.getMessage().contains("shard 0/2") && e.getMessage().contains("is incomplete: 49 of 80 runs")
                && e.getMessage().contains("--shard 0/2 --resume"), e.getMessage());
    }
}
