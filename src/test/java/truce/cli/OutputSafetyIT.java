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
        refused(r, "cannot make " + file.resolve("results") + ": " + file + " is a file, not a folder");
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


    // ---- files Truce did not write (issue 12 item 3)

    @Test
    void aFolderHoldingTheUsersIndexHtmlIsRefusedAndLeftAlone() throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.html"), "<p>mine</p>");
        for (boolean force : List.of(false, true)) {
            Cli.Result r = force ? Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString(), "--force")
                    : Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString());
            refused(r, dir + " holds a file Truce did not write (index.html), which it will not overwrite or delete");
            assertEquals("<p>mine</p>", Files.readString(dir.resolve("index.html")));
            assertFalse(Files.exists(dir.resolve("runs.csv")));
        }
    }

    @Test
    void forceDoesNotReplaceTheUsersResultsFiles() throws IOException {
        Path dir = tmp.resolve("theirs");
        Files.createDirectories(dir);
        for (String f : List.of("runs.csv", "summary.csv", "index.html")) {
            Files.writeString(dir.resolve(f), "mine");
        }
        refused(Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString(), "--force"),
                "holds 3 files Truce did not write (index.html, runs.csv, summary.csv)");
        for (String f : List.of("runs.csv", "summary.csv", "index.html")) {
            assertEquals("mine", Files.readString(dir.resolve(f)), f);
        }
    }

    @Test
    void forceRemovesStaleChartsOfAnEarlierSweepButNotTheUsersSubfolders() throws IOException {
        Path dir = tmp.resolve("again");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", dir.toString()).code());
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/mine.txt"), "mine");
        String other = "src/test/resources/sweeps/small-grid.yaml";
        Cli.Result r = Cli.execute("sweep", other, "--replicates", "5", "--out", dir.toString(), "--force");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Path fresh = tmp.resolve("fresh");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", other, "--replicates", "5", "--out", fresh.toString()).code());
        assertEquals(listing(fresh.resolve("charts")), listing(dir.resolve("charts")), "stale charts left behind");
        assertEquals("mine", Files.readString(dir.resolve("notes/mine.txt")));
    }

    @Test
    void chartOnACopiedFolderSaysWhatToCopyAndTakesAWholeCopy() throws IOException {
        Path original = tmp.resolve("original");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", original.toString()).code());
        Path bare = tmp.resolve("bare");
        Files.createDirectories(bare);
        for (String f : List.of("manifest.json", "runs.csv")) {
            Files.copy(original.resolve(f), bare.resolve(f));
        }
        refused(Cli.execute("chart", bare.toString()), "has no runs.csv.digest");
        refused(Cli.execute("chart", bare.toString()), "copy the whole folder, e.g. cp -a SRC/. DEST");
        Files.copy(original.resolve("runs.csv.digest"), bare.resolve("runs.csv.digest"));
        refused(Cli.execute("chart", bare.toString()), "it has no .truce-files, the hidden list of the files Truce"
                + " wrote there: if it is a copy of a folder Truce wrote, copy that folder whole, hidden files too");
        Path whole = tmp.resolve("whole"); // cp -a original/. whole, without the lock
        try (var files = Files.walk(original)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith(".truce.lock")).toList()) {
                Path to = whole.resolve(original.relativize(f));
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Cli.Result r = Cli.execute("chart", whole.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    @Test
    void runAndChartRefuseAFolderHoldingTheUsersFiles() throws IOException {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("chart.png"), "mine");
        refused(Cli.execute("run", "scenarios/baseline-2025.yaml", "--out", dir.toString()), "(chart.png)");
        assertEquals("mine", Files.readString(dir.resolve("chart.png")));
        Path sweep = tmp.resolve("sweep");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", sweep.toString()).code());
        Files.writeString(sweep.resolve("charts/extra.svg"), "mine");
        refused(Cli.execute("chart", sweep.toString()), "(charts/extra.svg)");
        assertEquals("mine", Files.readString(sweep.resolve("charts/extra.svg")));
    }

    @Test
    void theRootTheHomeFolderTheEmptyPathAFileAndADanglingLinkAreRefused() throws IOException {
        refused(Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", ""), "the results folder is the empty path");
        refused(Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", "/"), "/ is the root of the file system");
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            refused(Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", home.toString()), "is your home folder");
            refused(Cli.execute("merge", "--out", home.toString(), "a", "b"), "is your home folder");
        } finally {
            System.setProperty("user.home", realHome);
        }
        assertEquals(List.of(), listing(home));
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a folder");
        refused(Cli.execute("run", "scenarios/baseline-2025.yaml", "--out", file.toString()), file + " is a file, not a folder");
        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, tmp.resolve("nowhere"));
        refused(Cli.execute("sweep", SWEEP, "--replicates", "5", "--out", link.toString()),
                link + " is a symbolic link to " + tmp.resolve("nowhere") + ", which does not exist");
        assertEquals("not a folder", Files.readString(file));
    }

    private static void refused(Cli.Result r, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(List.of("error"), errors(r), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in " + r.err());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
