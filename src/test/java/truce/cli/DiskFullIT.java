package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk names the file that could not be written: a sweep writes into a small tmpfs (mounted
 * for the test; it needs root, as in CI, and is skipped with the reason where mounting is not
 * allowed) until it runs out of space, while writing runs.csv or while writing the charts, and
 * fails with one line naming the file and exit 1.
 */
class DiskFullIT {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskNamesTheFile() throws Exception {
        fullDisk("2m", "src/test/resources/sweeps/small-grid.yaml", "20000");
    }

    /**
     * The disk fills while the report is written (runs.csv and the CSV files fit, the charts do
     * not): ImageIO's PNG writer wrapped the error as "I/O error writing PNG file!" without the
     * file's name, and its shutdown hook then printed a NullPointerException.
     */
    @Test
    void aDiskThatFillsWhileTheChartsAreWrittenNamesTheChart() throws Exception {
        fullDisk("1500k", "scenarios/sweeps/south-asia-spillover.yaml", "20");
    }

    private void fullDisk(String size, String sweep, String replicates) throws Exception {
        Path disk = tmp.resolve("small-disk");
        Files.createDirectories(disk);
        String why = mount(disk, size);
        if (why != null) {
            System.out.println("DiskFullIT skipped: " + why);
        }
        assumeTrue(why == null, why);
        try {
            Path out = disk.resolve("results");
            Cli.Result r = Cli.execute("sweep", sweep, "--replicates", replicates, "--threads", "2", "--out", out.toString());
            assertEquals(ExitCodes.FAILURE, r.code(), r.err());
            List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
            assertEquals(1, errors.size(), r.err());
            assertTrue(errors.get(0).matches("error: cannot write or read " + java.util.regex.Pattern.quote(out.toString())
                    + "/\\S+: No space left on device"), errors.get(0));
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Mounts a tmpfs of {@code size} on {@code dir}; returns why it could not, or null. */
    private static String mount(Path dir, String size) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            return "cannot run mount: " + e.getMessage();
        }
        String output = new String(p.getInputStream().readAllBytes()).strip();
        return p.waitFor() == 0 ? null : "mount -t tmpfs failed (needs root): " + output;
    }
}
