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
    /** Per ceasefire, the columns of its start day, ending and ending day. */
    private final int[][] ceasefireColumns;
    private final int allSurvivedColumn;

    /** Columns holding decimal numbers (by prefix); the other outcome columns are counts or days. */
    private static final List<String> NUMBERS = List.of("casualties", "peak_escalation", "final_trust", "min_trust");

    RunsRows(Path file, Manifest manifest) {
        this.file = file;
        this.manifest = manifest;
        this.header = manifest.runsHeader();
        this.outcomes = RunsCsv.KEYS.size() + manifest.parameters().size();
        this.survivedColumn = header.indexOf("survived");
        this.endings = new java.util.HashSet<>();
        List<String> keys = manifest.ceasefires();
        this.ceasefireColumns = new int[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            endings.add(RunsCsv.perCeasefire("ending", keys.get(i)));
            ceasefireColumns[i] = new int[] {header.indexOf(RunsCsv.perCeasefire("start_day", keys.get(i))),
                header.indexOf(RunsCsv.perCeasefire("ending", keys.get(i))),
                header.indexOf(RunsCsv.perCeasefire("ending_day", keys.get(i)))};
        }
        this.allSurvivedColumn = header.indexOf(RunsCsv.ALL_SURVIVED);
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
            if (c < outcomes || name.equals("cause")) {
                if (value.isEmpty()) {
                    throw RowValues.bad(where, name, c < outcomes ? "the swept value" : "a word", "");
                }
            } else if (name.equals("ending") || endings.contains(name)) {
                RowValues.ending(where, name, value);
            } else if (name.equals("survived") || name.equals(RunsCsv.ALL_SURVIVED)) {
                RowValues.bool(where, name, value);
            } else if (NUMBERS.stream().anyMatch(name::startsWith)) {
                RowValues.number(where, name, value);
            } else {
                RowValues.integer(where, name, value); // counts and days: whole numbers of at least 0
            }
        }
        boolean survived = RowValues.bool(where, "survived", rec.get(survivedColumn));
        int day = RowValues.integer(where, "collapse_day", rec.get(survivedColumn + 1));
        int horizon = manifest.horizon();
        if (survived ? day != horizon : day >= horizon) {
            throw RowValues.bad(where, "collapse_day", survived ? "the horizon, " + horizon
                    + ", for a run that survived" : "a day before the horizon (" + horizon
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
        Ending ending = Ending.fromLabel(rec.get(survivedColumn + 3));
        int endingDay = RowValues.integer(where, "ending_day", rec.get(survivedColumn + 4));
        if ((ending == Ending.BREAKDOWN) == survived) {
            throw RowValues.bad(where, "ending", survived ? "an ending other than breakdown, for a run that survived"
                    : "breakdown, for a run that collapsed", ending.label());
        }
        if (!survived && endingDay != day) {
            throw RowValues.bad(where, "ending_day", "the collapse day, " + day + ", for a run that collapsed",
                    Integer.toString(endingDay));
        }
        spell(where, "ending_day", ending, endingDay, 0, horizon);
        if (!endings.isEmpty()) {
            ceasefires(rec, where, ending, endingDay, horizon);
        }
    }

    /**
     * A spell's ending day: the horizon exactly when still in force, otherwise a day from
     * {@code from} to the day before the horizon.
     */
    private static void spell(String where, String column, Ending ending, int day, int from, int horizon) {
        if (ending == Ending.IN_FORCE ? day != horizon : day < from || day >= horizon) {
            throw RowValues.bad(where, column, ending == Ending.IN_FORCE ? "the horizon, " + horizon
                    + ", for a ceasefire in force" : "a day from " + from + " to " + (horizon - 1) + " for a " + ending.label(),
                    Integer.toString(day));
        }
    }

    /**
     * The per-ceasefire columns of a scenario with a {@code ceasefires:} section: each ceasefire's
     * start day before the horizon and its ending day in its spell; {@code all_survived} exactly
     * when none broke down; and the composite (survived, ending, ending day) that of the first
     * ceasefire to end, declaration order breaking ties, as the model makes it.
     */
    private void ceasefires(CSVRecord rec, String where, Ending composite, int compositeDay, int horizon) {
        boolean none = true;
        Ending first = Ending.IN_FORCE;
        int firstDay = horizon;
        for (int[] c : ceasefireColumns) {
            int start = RowValues.integer(where, header.get(c[0]), rec.get(c[0]));
            if (start >= horizon) {
                throw RowValues.bad(where, header.get(c[0]), "a day before the horizon (" + horizon + ")", rec.get(c[0]));
            }
            Ending e = RowValues.ending(where, header.get(c[1]), rec.get(c[1]));
            int day = RowValues.integer(where, header.get(c[2]), rec.get(c[2]));
            spell(where, header.get(c[2]), e, day, start, horizon);
            none &= e != Ending.BREAKDOWN;
            if (e != Ending.IN_FORCE && day < firstDay) {
                first = e;
                firstDay = day;
            }
        }
        if (RowValues.bool(where, RunsCsv.ALL_SURVIVED, rec.get(allSurvivedColumn)) != none) {
            throw RowValues.bad(where, RunsCsv.ALL_SURVIVED, none ? "TRUE, as no ceasefire broke down by its columns"
                    : "FALSE, as a ceasefire broke down by its columns", rec.get(allSurvivedColumn));
        }
        if (first != composite || firstDay != compositeDay) {
            throw RowValues.bad(where, "ending", "the first ceasefire's ending to come, " + first.label() + " on day "
                    + firstDay + ", by the per-ceasefire columns", composite.label() + " on day " + compositeDay);
        }
    }
}
