package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.files.ForgedDigest;

/**
 * Verified files: a results folder changed after Truce wrote it (an edited outcome, a forged,
 * moved, deleted or duplicated row, a malformed value, a truncated manifest, an impossible shard
 * index) is refused by {@code sweep --resume}, {@code merge} and {@code chart} with exit 2 and one
 * line naming the file and line, and nothing is written. "Forged" cases also rewrite the digest
 * to match, as a careful forger would; the row checks and the replay of sampled rows catch them.
 */
class TamperedResultsIT {

    private static final String SWEEP = "src/test/resources/sweeps/small-grid.yaml";
    /** 4 points x 8 replicates: 32 runs, so every row is in the replayed sample. */
    private static final String REPLICATES = "8";
    /** Two ceasefires (eastern, western), with their per-ceasefire columns; 8 points x 4 replicates. */
    private static final String REGION = "scenarios/sweeps/south-asia-spillover.yaml";
    private static final String REGION_REPLICATES = "4";

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path whole;
    private static Path shard0;
    private static Path shard1;
    private static Path region;
    private static Path region0;
    private static Path region1;

    @BeforeAll
    static void sweeps() {
        whole = shared.resolve("whole");
        shard0 = shared.resolve("s0");
        shard1 = shared.resolve("s1");
        assertEquals(0, Cli.execute("sweep", SWEEP, "-r", REPLICATES, "-t", "1", "--out", whole.toString()).code());
        assertEquals(0, Cli.execute("sweep", SWEEP, "-r", REPLICATES, "-t", "1", "--shard", "0/2", "--out",
                shard0.toString()).code());
        assertEquals(0, Cli.execute("sweep", SWEEP, "-r", REPLICATES, "-t", "1", "--shard", "1/2", "--out",
                shard1.toString()).code());
        region = shared.resolve("region");
        region0 = shared.resolve("r0");
        region1 = shared.resolve("r1");
        assertEquals(0, Cli.execute("sweep", REGION, "-r", REGION_REPLICATES, "-t", "1", "--out", region.toString()).code());
        assertEquals(0, Cli.execute("sweep", REGION, "-r", REGION_REPLICATES, "-t", "1", "--shard", "0/2", "--out",
                region0.toString()).code());
        assertEquals(0, Cli.execute("sweep", REGION, "-r", REGION_REPLICATES, "-t", "1", "--shard", "1/2", "--out",
                region1.toString()).code());
    }

    // ---- resume

    @Test
    void resumeRefusesAnEditedOutcome() throws IOException {
        Path dir = copy(whole, "a");
        edit(dir, 5, 6, flip(dir, 5, 6), false);
        refused(resume(dir), dir.resolve("runs.csv") + ": lines 1-33 do not match runs.csv.digest");
    }

    @Test
    void resumeRefusesAnEditedOutcomeWithAForgedDigestBecauseTheRowDoesNotReproduce() throws IOException {
        Path dir = copy(whole, "b");
        bump(dir, 5, "attacks");
        refused(resume(dir), dir.resolve("runs.csv") + ":5: run 3 does not reproduce: its attacks is");
    }

    @Test
    void resumeRefusesAMovedRowWithAForgedDigest() throws IOException {
        Path dir = copy(whole, "c");
        edit(dir, 4, 1, "p0002", true);
        refused(resume(dir), dir.resolve("runs.csv") + ":4: run 2 is replicate 2 of point p0000 by the manifest");
    }

    @Test
    void resumeRefusesARowAppendedWithAForgedDigest() throws IOException {
        Path dir = copy(whole, "d");
        List<String> lines = lines(dir);
        lines.add(lines.get(lines.size() - 1).replaceFirst("^31,p0003", "32,p0004"));
        write(dir, lines, true);
        refused(resume(dir), "holds 33 runs, more than the 32 of this sweep");
    }

    @Test
    void resumeCutsRowsWrittenAfterTheLastCheckpointAndRunsThemAgain() throws IOException {
        Path dir = copy(whole, "e");
        List<String> lines = lines(dir);
        lines.add(lines.get(lines.size() - 1).replaceFirst("^31,", "32,")); // no digest covers it
        write(dir, lines, false);
        Files.writeString(dir.resolve("runs.csv"), "33,p0004,1", StandardOpenOption.APPEND); // and a torn line
        Cli.Result r = resume(dir);
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(dir.resolve("runs.csv")));
    }

    @Test
    void resumeRefusesDeletedAndDuplicatedRows() throws IOException {
        Path deleted = copy(whole, "f");
        List<String> lines = lines(deleted);
        lines.remove(7);
        write(deleted, lines, false);
        refused(resume(deleted), "runs.csv: lines 1-33 do not match runs.csv.digest");
        Path doubled = copy(whole, "g");
        lines = lines(doubled);
        lines.add(8, lines.get(7));
        write(doubled, lines, true);
        refused(resume(doubled), "runs.csv:9: expected the record of run 7");
    }

    @Test
    void resumeRefusesATruncatedManifestNamingIt() throws IOException {
        Path dir = copy(whole, "h");
        truncate(dir.resolve("manifest.json"));
        refused(resume(dir), dir.resolve("manifest.json") + " cannot be read (" + dir.resolve("manifest.json") + ":");
    }

    // ---- merge

    @Test
    void mergeRefusesAnEditedOutcome() throws IOException {
        Path s0 = copy(shard0, "m1");
        edit(s0, 3, 6, flip(s0, 3, 6), false);
        refused(merge(s0, shard1), "shard 0/2 (" + s0 + "): " + s0.resolve("runs.csv") + ": lines 1-17 do not match");
        Path f0 = copy(shard0, "m2");
        bump(f0, 3, "casualties");
        refused(merge(f0, shard1), f0.resolve("runs.csv") + ":3: run 2 does not reproduce: its casualties is");
    }

    @Test
    void mergeRefusesAMovedRowWithAForgedDigest() throws IOException {
        Path s0 = copy(shard0, "m3");
        edit(s0, 3, 1, "p0003", true);
        refused(merge(s0, shard1), s0.resolve("runs.csv") + ":3: run 2 is replicate 2 of point p0000 by the manifest");
    }

    @Test
    void mergeRefusesAnImpossibleShardIndexNamingTheManifest() throws IOException {
        for (String index : List.of("7", "-1")) {
            Path s1 = copy(shard1, "m4" + index);
            Path manifest = s1.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"shardIndex\" : 1", "\"shardIndex\" : " + index));
            refused(merge(shard0, s1), manifest + ": not a Truce manifest: shard " + index + " of 2 is impossible");
        }
    }

    @Test
    void mergeRefusesATruncatedManifestAndADeletedRow() throws IOException {
        Path s1 = copy(shard1, "m5");
        truncate(s1.resolve("manifest.json"));
        refused(merge(shard0, s1), s1.resolve("manifest.json") + ":");
        refused(merge(shard0, s1), "not a whole Truce manifest");
        Path d1 = copy(shard1, "m6");
        List<String> lines = lines(d1);
        lines.remove(4);
        write(d1, lines, false);
        refused(merge(shard0, d1), d1.resolve("runs.csv") + ": lines 1-17 do not match runs.csv.digest");
    }

    // ---- chart

    @Test
    void chartRefusesDeletedDuplicatedAndMalformedRows() throws IOException {
        Path deleted = copy(whole, "c1");
        List<String> lines = lines(deleted);
        lines.remove(4);
        write(deleted, lines, false);
        refused(chart(deleted), "runs.csv: lines 1-33 do not match runs.csv.digest");
        Path doubled = copy(whole, "c2");
        lines = lines(doubled);
        lines.add(lines.get(4));
        write(doubled, lines, false);
        refused(chart(doubled), "runs.csv: the lines after line 33 were written after its last checkpoint");
        Path malformed = copy(whole, "c3");
        edit(malformed, 10, 7, "abc", true);
        refused(chart(malformed), malformed.resolve("runs.csv") + ":10: column 'collapse_day': expected a whole"
                + " number, found 'abc'");
        Path short1 = copy(whole, "c4");
        lines = lines(short1);
        lines.set(10, lines.get(10).substring(0, 20));
        write(short1, lines, true);
        refused(chart(short1), short1.resolve("runs.csv") + ":11: expected the record of run 9 with");
    }

    @Test
    void chartRefusesAnEditedOutcomeWithAForgedDigestAndATruncatedManifest() throws IOException {
        Path dir = copy(whole, "c5");
        bump(dir, 20, "talks_held");
        refused(chart(dir), dir.resolve("runs.csv") + ":20: run 18 does not reproduce: its talks_held is");
        Path m = copy(whole, "c6");
        truncate(m.resolve("manifest.json"));
        refused(chart(m), m.resolve("manifest.json") + ":");
    }

    @Test
    void chartOfAFolderThatIsNoSweepSaysSo() throws IOException {
        Path dir = tmp.resolve("nothing");
        Files.createDirectories(dir);
        refused(chart(dir), dir + " holds no sweep results: it has no manifest.json");
    }

    // ---- two ceasefires: the per-ceasefire columns are read as strictly as the others

    @Test
    void perCeasefireColumnsThatContradictEachOtherAreRefusedByAllThreeCommands() throws IOException {
        // a ceasefire in force whose ending day is not the horizon
        Path a = copy(region, "x1");
        int inForce = firstRow(a, "western_ending", "in_force");
        set(a, inForce, "western_ending_day", "200");
        refused(chart(a), a.resolve("runs.csv") + ":" + inForce + ": column 'western_ending_day': expected the horizon");
        refused(regionResume(a), a.resolve("runs.csv") + ":" + inForce + ": column 'western_ending_day'");
        // all_survived that its ceasefires' endings contradict
        Path b = copy(region, "x2");
        int broke = firstRow(b, "all_survived", "FALSE");
        set(b, broke, "all_survived", "TRUE");
        refused(chart(b), b.resolve("runs.csv") + ":" + broke + ": column 'all_survived': expected FALSE");
        // the composite must be the first ceasefire to end: a breakdown edited away leaves it contradicted
        Path c = copy(region, "x3");
        int eastFirst = -1;
        List<String> rows = lines(c);
        List<String> header = List.of(rows.get(0).split(","));
        for (int i = 1; i < rows.size() && eastFirst < 0; i++) {
            String[] cells = rows.get(i).split(",");
            if (cells[header.indexOf("eastern_ending")].equals("breakdown")
                    && cells[header.indexOf("western_ending")].equals("in_force")) {
                eastFirst = i + 1;
            }
        }
        assertTrue(eastFirst > 0, "no row with an eastern breakdown alone");
        set(c, eastFirst, "eastern_ending", "in_force");
        set(c, eastFirst, "eastern_ending_day", lines(c).get(eastFirst - 1).split(",")[header.indexOf("ending_day")]);
        refused(chart(c), c.resolve("runs.csv") + ":" + eastFirst + ": column 'eastern_ending_day'");
        // a shard's row with a negative count, and a malformed ending
        Path s0 = copy(region0, "x4");
        set(s0, 3, "western_talks", "-1");
        refused(merge(s0, region1), s0.resolve("runs.csv") + ":3: column 'western_talks': expected a whole number of at"
                + " least 0, found '-1'");
        Path s1 = copy(region1, "x5");
        set(s1, 4, "eastern_ending", "abc");
        refused(merge(region0, s1), s1.resolve("runs.csv") + ":4: column 'eastern_ending': expected breakdown,"
                + " settlement, expiry or in_force, found 'abc'");
    }

    @Test
    void perCeasefireValuesEditedWithAForgedDigestAreCaughtByTheReplay() throws IOException {
        Path a = copy(region, "y1");
        set(a, 6, "eastern_talks", Integer.toString(Integer.parseInt(cell(a, 6, "eastern_talks")) + 1));
        refused(regionResume(a), a.resolve("runs.csv") + ":6: run 4 does not reproduce: its eastern_talks is");
        Path s0 = copy(region0, "y2");
        set(s0, 5, "western_violations", Integer.toString(Integer.parseInt(cell(s0, 5, "western_violations")) + 1));
        refused(merge(s0, region1), s0.resolve("runs.csv") + ":5: run 6 does not reproduce: its western_violations is");
        Path m = copy(region0, "y3");
        edit(m, 3, 1, "p0005", true);
        refused(merge(m, region1), m.resolve("runs.csv") + ":3: run 2 is replicate 2 of point p0000 by the manifest");
    }

    @Test
    void anotherSweepsRunsCsvIsRefusedNamingItsHeader() throws IOException {
        Path dir = copy(region, "z1");
        Files.copy(whole.resolve("runs.csv"), dir.resolve("runs.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(whole.resolve("runs.csv.digest"), dir.resolve("runs.csv.digest"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        refused(chart(dir), dir.resolve("runs.csv") + ":1: its header does not match this sweep's columns (column 5 is"
                + " 'mediators.all.leverage', expected 'spillover.collapseEscalation'");
        refused(regionResume(dir), dir.resolve("runs.csv") + ":1: its header does not match");
    }

    // ---- helpers

    private static Cli.Result resume(Path dir) {
        return Cli.execute("sweep", SWEEP, "-r", REPLICATES, "-t", "1", "--resume", "--out", dir.toString());
    }

    private static Cli.Result regionResume(Path dir) {
        return Cli.execute("sweep", REGION, "-r", REGION_REPLICATES, "-t", "1", "--resume", "--out", dir.toString());
    }

    /** The first line (1-based) whose {@code column} holds {@code value}. */
    private static int firstRow(Path dir, String column, String value) throws IOException {
        List<String> rows = lines(dir);
        int c = List.of(rows.get(0).split(",")).indexOf(column);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).split(",")[c].equals(value)) {
                return i + 1;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }

    private static String cell(Path dir, int line, String column) throws IOException {
        List<String> rows = lines(dir);
        return rows.get(line - 1).split(",")[List.of(rows.get(0).split(",")).indexOf(column)];
    }

    /** Sets a named column of a line (1-based), with a forged digest. */
    private static void set(Path dir, int line, String column, String value) throws IOException {
        edit(dir, line, List.of(lines(dir).get(0).split(",")).indexOf(column), value, true);
    }

    private Cli.Result merge(Path s0, Path s1) {
        return Cli.execute("merge", "--out", tmp.resolve("merged").toString(), s0.toString(), s1.toString());
    }

    private static Cli.Result chart(Path dir) {
        return Cli.execute("chart", dir.toString());
    }

    /** Exit 2, one error line containing {@code expected}, no stack trace; merge wrote nothing. */
    private void refused(Cli.Result r, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).contains(expected), "expected '" + expected + "' in: " + errors.get(0));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("merged").resolve("runs.csv")), "merge wrote a runs.csv");
    }

    /** The opposite outcome for {@code survived} at line {@code line} (1-based). */
    private static String flip(Path dir, int line, int column) throws IOException {
        return lines(dir).get(line - 1).split(",")[column].equals("true") ? "false" : "true";
    }

    /** Adds 1 to a whole-number column of a line (1-based), with a forged digest: still a valid row. */
    private static void bump(Path dir, int line, String column) throws IOException {
        int c = lines(dir).get(0).lastIndexOf(',') < 0 ? -1 : List.of(lines(dir).get(0).split(",")).indexOf(column);
        String old = lines(dir).get(line - 1).split(",")[c];
        String bumped = old.contains(".") ? new java.math.BigDecimal(old).add(java.math.BigDecimal.ONE).toPlainString()
                : Long.toString(Long.parseLong(old) + 1);
        edit(dir, line, c, bumped, true);
    }

    /** Sets column {@code column} (0-based, after the run, point, replicate, seed and 2 swept ones) of a line. */
    private static void edit(Path dir, int line, int column, String value, boolean forgeDigest) throws IOException {
        List<String> lines = lines(dir);
        String[] cells = lines.get(line - 1).split(",", -1);
        cells[column] = value;
        lines.set(line - 1, String.join(",", cells));
        write(dir, lines, forgeDigest);
    }

    private static List<String> lines(Path dir) throws IOException {
        return new ArrayList<>(Files.readAllLines(dir.resolve("runs.csv")));
    }

    /** Rewrites runs.csv; with {@code forgeDigest}, also its digest, to match. */
    private static void write(Path dir, List<String> lines, boolean forgeDigest) throws IOException {
        if (forgeDigest) {
            ForgedDigest.rewrite(dir.resolve("runs.csv"), lines);
        } else {
            Files.write(dir.resolve("runs.csv"), lines);
        }
    }

    private static void truncate(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = tmp.resolve(name);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
