package truce.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.model.CollapseCause;
import truce.model.Ending;

/**
 * Strict reading of {@code runs.csv} rows against their manifest: every row has every column,
 * every value parses as its column's type, the point and replicate are those the run number
 * gives, and the outcome is possible (a run survived exactly when its collapse day is the
 * horizon). A row that fails gives one line naming the file, line and column; none is skipped.
 */
final class RunsRows {

    private final Path file;
    private final Manifest manifest;
    private final List<String> header;
    private final int outcomes;
    private final int survivedColumn;
    /** The per-ceasefire ending columns (a scenario with a ceasefires section). */
    private final java.util.Set<String> endings;

    /** Columns holding decimal numbers (by prefix); the other outcome columns are counts or days. */
    private static final List<String> NUMBERS = List.of("casualties", "peak_escalation", "final_trust", "min_trust");

    RunsRows(Path file, Manifest manifest) {
        this.file = file;
        this.manifest = manifest;
        this.header = manifest.runsHeader();
        this.outcomes = RunsCsv.KEYS.size() + manifest.parameters().size();
        this.survivedColumn = header.indexOf("survived");
        this.endings = new java.util.HashSet<>();
        for (String key : manifest.ceasefires()) {
            endings.add(RunsCsv.perCeasefire("ending", key));
        }
    }

    /** Checks every row of {@code file} (whose header was checked before). */
    static void checkAll(Path file, Manifest manifest) throws IOException {
        RunsRows rows = new RunsRows(file, manifest);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = AppendLog.FORMAT.parse(r)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (!first) {
                    rows.check(rec);
                }
                first = false;
            }
        }
    }

    /** Where a record is, for messages: {@code file:line}. */
    String where(CSVRecord rec) {
        return file + ":" + (rec.getRecordNumber());
    }

    /**
     * Checks one record.
     *
     * @throws ResultsFolderException naming file, line and column of the first bad value
     */
    void check(CSVRecord rec) {
        String where = where(rec);
        if (rec.size() != header.size()) {
            throw new ResultsFolderException(where + ": expected " + header.size() + " columns, found " + rec.size());
        }
        long run = RowValues.longValue(where, "run", rec.get(0));
        int point = RowValues.pointIndex(where, rec.get(1), manifest.points());
        int replicate = RowValues.integer(where, "replicate", rec.get(2));
        RowValues.longValue(where, "seed", rec.get(3));
        if (manifest.maxReplicates() == 0 && (point != run / manifest.replicates()
                || replicate != run % manifest.replicates())) {
            throw new ResultsFolderException(where + ": run " + run + " is replicate " + run % manifest.replicates()
                    + " of point p" + String.format(Locale.ROOT, "%04d", run / manifest.replicates()) + " by the manifest ("
                    + manifest.replicates() + " replicates a point), but the row says " + rec.get(2) + " of " + rec.get(1));
        }
        for (int c = RunsCsv.KEYS.size(); c < header.size(); c++) {
            String name = header.get(c);
            String value = rec.get(c);
            if (c < outcomes || name.equals("cause") || name.equals("ending")) {
                if (value.isEmpty()) {
                    throw RowValues.bad(where, name, c < outcomes ? "the swept value" : "a word", "");
                }
            } else if (endings.contains(name)) {
                if (Ending.fromLabel(value) == null) {
                    throw RowValues.bad(where, name, "breakdown, settlement, expiry or in_force", value);
                }
            } else if (name.equals("survived") || name.equals(RunsCsv.ALL_SURVIVED)) {
                RowValues.bool(where, name, value);
            } else if (NUMBERS.stream().anyMatch(name::startsWith)) {
                RowValues.number(where, name, value);
            } else {
                RowValues.longValue(where, name, value);
            }
        }
        boolean survived = RowValues.bool(where, "survived", rec.get(survivedColumn));
        int day = RowValues.integer(where, "collapse_day", rec.get(survivedColumn + 1));
        if (survived ? day != manifest.horizon() : day >= manifest.horizon()) {
            throw RowValues.bad(where, "collapse_day", survived ? "the horizon, " + manifest.horizon()
                    + ", for a run that survived" : "a day before the horizon (" + manifest.horizon()
                    + ") for a run that collapsed", rec.get(survivedColumn + 1));
        }
        String cause = rec.get(survivedColumn + 2);
        boolean known = false;
        for (CollapseCause k : CollapseCause.values()) {
            known |= k.name().toLowerCase(Locale.ROOT).equals(cause);
        }
        if (!known || cause.equals("none") != survived) {
            throw RowValues.bad(where, "cause", survived ? "none, for a run that survived"
                    : "the cause of a collapse", cause);
        }
    }
}
