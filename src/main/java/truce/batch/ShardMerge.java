package truce.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.files.FolderLock;
import truce.files.OutputFolder;

/**
 * Merges the shard folders of one sweep back into a whole sweep's {@code runs.csv} and
 * manifest, after checking that every shard belongs to the same sweep (tool version, design
 * hash, scenario hash, shard count), that none is missing or given twice, and that no run is
 * missing or duplicated. The merged file lists the runs in plan order, so it, and the summary
 * computed from it, equal those of a single-process sweep byte for byte.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Merges shards into {@code out}.
     *
     * @param shardDirs the shard folders, in any order; not empty
     * @param out the merged results folder, created if needed
     * @return the merged manifest
     * @throws ResultsFolderException naming what is wrong: a folder that is no shard, shards of
     *     different sweeps, a missing or duplicated shard, an incomplete shard, or a missing or
     *     duplicated run
     * @throws IOException if a file cannot be read or written
     */
    public static Manifest merge(List<Path> shardDirs, Path out) throws IOException {
        OutputFolder.check(out);
        try (FolderLock lock = FolderLock.acquire(out, "truce merge")) {
            OutputFolder.claim(out, false);
            return mergeLocked(shardDirs, out);
        }
    }

    /**
     * The manifest of the sweep the shard folders belong to, read without writing anything: what a
     * caller checks before it takes the output folder (the heap the merged sweep needs).
     *
     * @throws ResultsFolderException if none is given, a manifest cannot be read, or the shards
     *     belong to different sweeps
     */
    public static Manifest sweepOf(List<Path> shardDirs) {
        return manifests(shardDirs).get(0);
    }

    /** Every shard's manifest, checked to be of one sweep. */
    private static List<Manifest> manifests(List<Path> shardDirs) {
        if (shardDirs.isEmpty()) {
            throw new ResultsFolderException("no shard folders given");
        }
        List<Manifest> manifests = new ArrayList<>();
        for (Path d : shardDirs) {
            manifests.add(readManifest(d));
        }
        for (int i = 1; i < manifests.size(); i++) {
            checkSameSweep(shardDirs.get(0), manifests.get(0), shardDirs.get(i), manifests.get(i));
        }
        return manifests;
    }

    private static Manifest mergeLocked(List<Path> shardDirs, Path out) throws IOException {
        List<Manifest> manifests = manifests(shardDirs);
        Manifest first = manifests.get(0);
        Path[] byIndex = byIndex(shardDirs, manifests, first.shardCount());
        List<String> header = first.runsHeader();
        for (int i = 0; i < byIndex.length; i++) {
            checkComplete(byIndex[i], new Shard(i, first.shardCount()), first, header);
        }
        checkOut(out, first);
        Files.createDirectories(out);
        interleave(byIndex, first.runs(), header, out.resolve(SweepRunner.RUNS));
        Manifest merged = first.merged(SweepRunner.now(), first.runs());
        merged.write(out);
        return merged;
    }

    private static Manifest readManifest(Path dir) {
        try {
            return Manifest.read(dir);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ResultsFolderException(dir + " is not a shard folder: it has no " + Manifest.FILE);
        } catch (IOException e) {
            throw new ResultsFolderException(dir.resolve(Manifest.FILE) + " cannot be read: " + e.getMessage());
        }
    }

    private static void checkSameSweep(Path aDir, Manifest a, Path bDir, Manifest b) {
        String difference = a.sweepDifference(b);
        String what = difference != null ? difference + " hash"
                : !a.version().equals(b.version()) ? "tool version"
                : a.shardCount() != b.shardCount() ? "shard count" : null;
        if (what != null) {
            throw new ResultsFolderException(bDir + " belongs to a different sweep than " + aDir + ": its " + what
                    + " differs (" + value(b, what) + " against " + value(a, what) + ")");
        }
    }

    private static String value(Manifest m, String what) {
        return switch (what) {
            case "design hash" -> m.designHash().substring(0, 12) + "...";
            case "scenario hash" -> m.scenarioHash().substring(0, 12) + "...";
            case "tool version" -> m.version();
            default -> Integer.toString(m.shardCount());
        };
    }

    private static Path[] byIndex(List<Path> dirs, List<Manifest> manifests, int count) {
        Path[] byIndex = new Path[count];
        for (int i = 0; i < dirs.size(); i++) {
            int index = manifests.get(i).shardIndex();
            if (byIndex[index] != null) {
                throw new ResultsFolderException("shard " + index + "/" + count + " is given twice: " + byIndex[index]
                        + " and " + dirs.get(i));
            }
            byIndex[index] = dirs.get(i);
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (byIndex[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new ResultsFolderException((missing.size() == 1 ? "shard " : "shards ")
                    + missing.stream().map(i -> i + "/" + count).toList().toString().replaceAll("[\\[\\]]", "")
                    + (missing.size() == 1 ? " is" : " are") + " missing: all " + count + " shards are needed");
        }
        return byIndex;
    }

    private static void checkComplete(Path dir, Shard shard, Manifest m, List<String> header) throws IOException {
        long want = shard.size(m.runs());
        Path runs = dir.resolve(SweepRunner.RUNS);
        String rerun = "; rerun it with truce sweep " + m.sweepFile() + " --shard " + shard + " --resume --out " + dir;
        if (!Files.exists(runs)) {
            throw new ResultsFolderException("shard " + shard + " (" + dir + ") is incomplete: 0 of " + want + " runs"
                    + rerun);
        }
        long have;
        try {
            have = ResultsCheck.runs(runs, m, shard, rerun);
        } catch (ResultsFolderException e) {
            throw new ResultsFolderException("shard " + shard + " (" + dir + "): " + e.getMessage()
                    + (e.getMessage().endsWith(rerun) ? "" : rerun.replace("--resume", "--force")));
        }
        if (have != want) {
            throw new ResultsFolderException("shard " + shard + " (" + dir + ") is incomplete: " + have + " of "
                    + want + " runs" + rerun.replace("rerun", "finish"));
        }
    }

    private static void checkOut(Path out, Manifest m) {
        if (!Files.exists(out.resolve(Manifest.FILE))) {
            return;
        }
        Manifest old = readManifest(out);
        if (old.sweepDifference(m) != null) {
            throw new ResultsFolderException(out + " holds the results of a different sweep ('" + old.sweep()
                    + "'); choose another --out folder");
        }
    }

    /** Writes the merged runs and their digest: run r comes from shard r modulo N, in plan order. */
    private static void interleave(Path[] shards, long runs, List<String> header, Path target) throws IOException {
        List<Reader> readers = new ArrayList<>();
        List<Iterator<CSVRecord>> rows = new ArrayList<>();
        try (AppendLog log = AppendLog.create(target, header)) {
            for (Path s : shards) {
                Reader r = Files.newBufferedReader(s.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
                readers.add(r);
                CSVParser p = AppendLog.FORMAT.parse(r);
                Iterator<CSVRecord> it = p.iterator();
                it.next(); // header, already verified
                rows.add(it);
            }
            for (long r = 0; r < runs; r++) {
                log.add(rows.get((int) (r % shards.length)).next().toList());
            }
        } finally {
            for (Reader r : readers) {
                r.close();
            }
        }
    }
}
