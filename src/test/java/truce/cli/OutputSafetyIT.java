package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unwritable results folder gives a clear one-line error and a non-zero exit, and leaves what
 * was already written intact. As root, permissions do not stop writes, so the folder is made
 * immutable with {@code chattr +i} (which stops root too); otherwise it is made read-only.
 */
class OutputSafetyIT {

    private static final String SWEEP = "scenarios/sweeps/agreement-x-monitoring.yaml";

    @TempDir
    Path tmp;

    @Test
    void aReadOnlyFolderHoldingASweepIsLeftIntact() throws Exception {
        Path dir = tmp.resolve("results");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString()).code());
        List<String> files = List.of("runs.csv", "summary.csv", "manifest.json", "index.html");
        byte[][] before = new byte[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            before[i] = Files.readAllBytes(dir.resolve(files.get(i)));
        }
        assumeTrue(readOnly(dir, true), "cannot make a folder read-only here");
        try {
            Cli.Result r = Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString(), "--force");
            assertEquals(ExitCodes.FAILURE, r.code());
            assertEquals(List.of("error"), errors(r), r.err());
            assertTrue(r.err().contains("error: cannot write or read " + dir), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        } finally {
            readOnly(dir, false);
        }
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(before[i], Files.readAllBytes(dir.resolve(files.get(i))), files.get(i));
        }
    }

    @Test
    void aReadOnlyFolderForANewSweepGivesOneLine() throws Exception {
        Path dir = tmp.resolve("empty");
        Files.createDirectories(dir);
        assumeTrue(readOnly(dir, true), "cannot make a folder read-only here");
        try {
            Cli.Result r = Cli.execute("run", "scenarios/baseline-2025.yaml", "--out", dir.toString());
            assertEquals(ExitCodes.FAILURE, r.code());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(dir.toString()), r.err());
        } finally {
            readOnly(dir, false);
        }
        try (var list = Files.list(dir)) {
            assertEquals(0, list.count(), "no stray temporary files");
        }
    }

    @Test
    void anOutputPathThroughAFileGivesOneLine() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a folder");
        Cli.Result r = Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", file.resolve("results").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertEquals(List.of("error"), errors(r), r.err());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertEquals("not a folder", Files.readString(file));
    }

    /** Makes a folder read-only (or writable again); returns whether a write into it now fails. */
    private static boolean readOnly(Path dir, boolean on) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                return false;
            }
        } else {
            dir.toFile().setWritable(!on);
        }
        if (!on) {
            return true;
        }
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            readOnly(dir, false);
            return false;
        } catch (IOException expected) {
            return true;
        }
    }

    /** The error lines (besides the sweep's one-line announcement), and no stack trace. */
    private static List<String> errors(Cli.Result r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err().lines().filter(l -> !l.startsWith("sweep ")).map(l -> l.startsWith("error: ") ? "error" : l).toList();
    }

}
