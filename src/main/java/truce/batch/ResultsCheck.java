package truce.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import truce.files.LineDigest;

/**
 * Checks a results folder before its {@code runs.csv} is used (by {@code chart} and
 * {@code merge}): the file matches its digest to the last byte, every run is there once and in
 * order, every row parses strictly, and a sample of rows reproduces when run again (if the sweep
 * file is still there and unchanged).
 */
public final class ResultsCheck {

    private ResultsCheck() {
    }

    /**
     * Reads and checks the manifest and {@code runs.csv} of a sweep's results folder.
     *
     * @return the manifest
     * @throws ResultsFolderException in one line, naming the file, line and what is wrong
     * @throws IOException if a file cannot be read
     */
    public static Manifest folder(Path dir) throws IOException {
        Manifest m;
        try {
            m = Manifest.read(dir);
        } catch (NoSuchFileException e) {
            throw new ResultsFolderException(dir + " holds no sweep results: it has no " + Manifest.FILE);
        }
        Path runs = dir.resolve(SweepRunner.RUNS);
        if (!Files.exists(runs)) {
            throw new ResultsFolderException(dir + " holds no runs yet: it has no " + SweepRunner.RUNS);
        }
        runs(runs, m, m.shard(), "; resume the sweep with truce sweep " + m.sweepFile() + " --resume --out " + dir);
        return m;
    }

    /**
     * Checks a {@code runs.csv} against its digest, its manifest and the model.
     *
     * @param shard the slice of the sweep the file holds
     * @param hint what to do, appended to the message about a file whose last lines were written
     *     after its last checkpoint (an interrupted sweep)
     * @return the number of runs in it
     */
    static long runs(Path runs, Manifest m, Shard shard, String hint) throws IOException {
        LineDigest.Verified v;
        try {
            v = LineDigest.verify(runs);
        } catch (NoSuchFileException e) {
            throw new ResultsFolderException(runs + " cannot be checked: it has no "
                    + LineDigest.fileFor(runs).getFileName() + " (written by an older Truce, or removed; a copy of a"
                    + " results folder needs it, and the hidden " + truce.files.OutputFolder.LEDGER + ", beside runs.csv:"
                    + " copy the whole folder, e.g. cp -a SRC/. DEST)");
        } catch (LineDigest.MismatchException e) {
            throw new ResultsFolderException(e.getMessage());
        }
        if (v.extraBytes() > 0) {
            throw new ResultsFolderException(runs + ": the lines after line " + v.digest().lines()
                    + " were written after its last checkpoint (the sweep was interrupted)" + hint);
        }
        long records;
        try {
            records = AppendLog.verify(runs, m.runsHeader(), shard::run);
        } catch (AppendLog.HeaderMismatch e) {
            throw new ResultsFolderException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ResultsFolderException("a missing or duplicated run: " + e.getMessage());
        }
        RunsRows.checkAll(runs, m);
        SweepPlan plan = ReplayCheck.planOf(m);
        if (plan != null) {
            ReplayCheck.check(plan, runs, records);
        }
        return records;
    }
}
