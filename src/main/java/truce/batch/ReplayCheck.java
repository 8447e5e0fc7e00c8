package truce.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.commons.csv.CSVParser;
import truce.model.Simulation;

/**
 * The second, independent check of a results file: because a run is a pure function of its
 * scenario and seed, a sample of rows (chosen by the master seed, so the same sample every time)
 * is run again and compared with the file column by column. It catches a row changed in a way
 * that its digest was rewritten to match, and a model that has changed since the file was
 * written.
 */
final class ReplayCheck {

    /** Rows replayed per check. */
    static final int SAMPLE = 32;

    private ReplayCheck() {
    }

    /**
     * Replays a sample of the first {@code records} rows of {@code file}.
     *
     * @throws ResultsFolderException naming the first row (file and line) that does not
     *     reproduce, and its first differing column
     * @throws IOException if the file cannot be read
     */
    static void check(SweepPlan plan, Path file, long records) throws IOException {
        TreeSet<Long> sample = sample(records, plan.spec().masterSeed());
        if (sample.isEmpty()) {
            return;
        }
        List<String> header = RunsCsv.header(plan.columns(), List.copyOf(plan.base().states().keySet()),
                RunsCsv.ceasefireKeys(plan.base()));
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine(); // header, checked before
            long row = 0;
            for (long want : sample) {
                String line = null;
                while (row <= want) {
                    line = r.readLine();
                    row++;
                }
                if (line == null) {
                    return; // shorter than said: the caller's row check reports it
                }
                compare(plan, file, want + 2, header, CSVParser.parse(line, AppendLog.FORMAT).getRecords().get(0).toList());
            }
        }
    }

    private static void compare(SweepPlan plan, Path file, long lineNo, List<String> header, List<String> recorded) {
        String where = file + ":" + lineNo;
        if (recorded.size() != header.size()) {
            throw new ResultsFolderException(where + ": expected " + header.size() + " columns, found " + recorded.size());
        }
        int point = RowValues.pointIndex(where, recorded.get(1), plan.points().size());
        int replicate = RowValues.integer(where, "replicate", recorded.get(2));
        long run = RowValues.longValue(where, "run", recorded.get(0));
        RunTask task = plan.task(point, replicate, run);
        List<String> replayed = RunsCsv.row(task, Simulation.run(task.scenario(), task.seed()), plan.columns());
        for (int c = 0; c < header.size(); c++) {
            if (!replayed.get(c).equals(recorded.get(c))) {
                throw new ResultsFolderException(where + ": run " + run + " does not reproduce: its " + header.get(c)
                        + " is '" + abbreviate(recorded.get(c)) + "' in the file but '" + abbreviate(replayed.get(c))
                        + "' when run again (the file was changed, or the model differs from the one that wrote it)");
            }
        }
    }

    /**
     * The plan of the sweep a manifest describes, if its sweep file can still be read and still
     * gives the same design and scenario; otherwise null (and rows cannot be replayed).
     */
    static SweepPlan planOf(Manifest m) {
        try {
            SweepPlan plan = SweepPlan.of(truce.scenario.SweepLoader.load(Path.of(m.sweepFile()))
                    .withReplicates(m.replicates()));
            return plan.designHash(Adaptive.of(m)).equals(m.designHash())
                    && plan.scenarioHash().equals(m.scenarioHash()) ? plan : null;
        } catch (RuntimeException e) {
            return null; // moved, changed or no longer valid: only the digest and row checks apply
        }
    }

    /** Up to {@link #SAMPLE} distinct row indices in [0, records), fixed by the seed. */
    static TreeSet<Long> sample(long records, long seed) {
        TreeSet<Long> rows = new TreeSet<>();
        if (records <= SAMPLE) {
            for (long i = 0; i < records; i++) {
                rows.add(i);
            }
            return rows;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x7275636552504c59L);
        while (rows.size() < SAMPLE) {
            rows.add(random.nextLong(records));
        }
        return rows;
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }
}
