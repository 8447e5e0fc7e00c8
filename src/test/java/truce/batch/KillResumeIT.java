package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepSummary;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * Crash safety: a real sweep in a separate JVM is killed with SIGKILL at random moments, at
 * least ten times, and resumed each time; the final files equal an uninterrupted sweep's.
 */
class KillResumeIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");
    private static final int REPLICATES = 12_000;
    private static final int KILLS = 10;

    @TempDir
    Path tmp;

    @Test
    void aSweepKilledTenTimesAndResumedEqualsOneRunStraightThrough() throws Exception {
        Path killed = tmp.resolve("killed");
        Random random = new Random(20251019); // fixed: the same kill moments on every run of the test
        int kills = 0;
        int starts = 0;
        while (true) {
            Process p = sweepProcess(killed);
            starts++;
            boolean finished = p.waitFor(300 + random.nextInt(900), TimeUnit.MILLISECONDS);
            if (finished) {
                assertEquals(0, p.exitValue(), "the sweep failed: " + Files.readString(out(killed)));
                break;
            }
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            p.waitFor();
            kills++;
            if (kills >= KILLS) {
                Process last = sweepProcess(killed);
                assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last resume did not finish");
                assertEquals(0, last.exitValue(), Files.readString(out(killed)));
                break;
            }
        }
        assertTrue(kills >= KILLS, "only " + kills + " kills in " + starts + " starts: the sweep is too short");

        Path whole = tmp.resolve("whole");
        SweepSpec s = SweepLoader.load(SWEEP);
        SweepPlan plan = SweepPlan.of(new SweepSpec(s.name(), s.file(), s.scenario(), REPLICATES, s.masterSeed(),
                s.fixed(), s.design()));
        SweepRunner.run(plan, whole, new SweepRunner.Options(2, false, false, "test", Shard.ALL), Progress.NONE);
        SweepSummary.read(whole).write(whole);
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    private static Process sweepProcess(Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "truce.cli.TruceCommand",
                "sweep", SWEEP.toString(), "--replicates", Integer.toString(REPLICATES), "--threads", "2",
                "--resume", "--out", out.toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out(out).toFile()).start();
    }

    /** Where a sweep process's stderr goes, beside (not in) its results folder. */
    private static Path out(Path results) {
        return results.resolveSibling(results.getFileName() + ".stderr");
    }
}
