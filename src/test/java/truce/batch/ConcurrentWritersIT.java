package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepSummary;
import truce.files.FolderLock;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * One writer per results folder: real sweeps in separate JVMs race for one folder (two fresh
 * starts, two resumes, a resume while a sweep runs, a resume after the holder was killed). Exactly
 * one writes; the other is refused at once with exit 2 and one line naming the folder and the
 * holder; the files equal an uninterrupted sweep's.
 */
class ConcurrentWritersIT {

    private static final Path SWEEP = Path.of("src/test/resources/sweeps/small-grid.yaml");
    private static final int REPLICATES = 10_000;

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path reference;

    @BeforeAll
    static void straightThrough() throws IOException {
        reference = shared.resolve("reference");
        SweepSpec s = SweepLoader.load(SWEEP).withReplicates(REPLICATES);
        SweepRunner.run(SweepPlan.of(s), reference, new SweepRunner.Options(2, false, false, "test", Shard.ALL),
                Progress.NONE);
        SweepSummary.read(reference).write(reference);
    }

    @Test
    void twoFreshStartsAtOnceGiveOneWriter() throws Exception {
        race(false, false);
    }

    @Test
    void twoResumesAtOnceGiveOneWriter() throws Exception {
        race(true, true);
    }

    @Test
    void aResumeWhileTheSweepRunsIsRefusedAndTheSweepFinishesWhole() throws Exception {
        Path dir = tmp.resolve("results");
        Process first = sweep(dir, false, "first");
        awaitHolder(dir, first);
        Process second = sweep(dir, true, "second");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the refused process did not stop");
        assertRefused(dir, second, "second");
        assertTrue(first.waitFor(5, TimeUnit.MINUTES), "the sweep did not finish");
        assertEquals(0, first.exitValue(), stderr(dir, "first"));
        assertEqualsReference(dir);
    }

    @Test
    void aKilledHolderDoesNotBlockTheFolder() throws Exception {
        Path dir = tmp.resolve("results");
        Process first = sweep(dir, false, "first");
        awaitHolder(dir, first);
        first.destroyForcibly(); // SIGKILL: the lock file stays, the OS drops the lock
        first.waitFor();
        assertTrue(Files.exists(dir.resolve(FolderLock.FILE)));
        Process again = sweep(dir, true, "again");
        assertTrue(again.waitFor(5, TimeUnit.MINUTES), "the resume did not finish");
        assertEquals(0, again.exitValue(), stderr(dir, "again"));
        assertEqualsReference(dir);
    }

    private void race(boolean resumeA, boolean resumeB) throws Exception {
        Path dir = tmp.resolve("results");
        Process a = sweep(dir, resumeA, "a");
        Process b = sweep(dir, resumeB, "b");
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES), "a sweep did not finish");
        Process winner = a.exitValue() == 0 ? a : b;
        String loser = winner == a ? "b" : "a";
        assertEquals(0, winner.exitValue(), stderr(dir, winner == a ? "a" : "b"));
        assertRefused(dir, winner == a ? b : a, loser);
        assertEqualsReference(dir);
    }

    /** Exit 2 with one error line naming the folder and the holder, and no stack trace. */
    private void assertRefused(Path dir, Process p, String name) throws IOException {
        String err = stderr(dir, name);
        assertEquals(2, p.exitValue(), err);
        List<String> errors = err.lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), err);
        String line = errors.get(0);
        assertTrue(line.contains(dir.toAbsolutePath().normalize() + " is in use by another Truce process (pid "), line);
        assertTrue(line.contains(" on host ") && line.contains(", since "), line);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    }

    private void assertEqualsReference(Path dir) throws IOException {
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
    }

    /** Waits until a sweep holds its folder's lock and has written rows. */
    private static void awaitHolder(Path dir, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Path lock = dir.resolve(FolderLock.FILE);
            Path runs = dir.resolve(SweepRunner.RUNS);
            if (Files.exists(lock) && Files.size(lock) > 0 && Files.exists(runs) && Files.size(runs) > 10_000) {
                return;
            }
            assertTrue(p.isAlive(), "the sweep ended before it could be raced");
            Thread.sleep(20);
        }
        throw new AssertionError("the sweep never took its folder");
    }

    private Process sweep(Path dir, boolean resume, String name) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "truce.cli.TruceCommand",
                "sweep", SWEEP.toString(), "--replicates", Integer.toString(REPLICATES), "--threads", "1",
                "--out", dir.toString()));
        if (resume) {
            cmd.add("--resume");
        }
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve(name + ".stderr").toFile()).start();
    }

    private String stderr(Path dir, String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".stderr"));
    }
}
