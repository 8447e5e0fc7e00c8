package truce.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import truce.batch.Manifest;
import truce.batch.ResultsFolderException;
import truce.batch.RowValues;
import truce.batch.RunListener;
import truce.batch.RunsCsv;
import truce.batch.SweepRunner;
import truce.model.Ending;
import truce.stats.ArrayMap;
import truce.stats.ConfidenceType;
import truce.stats.PointAccumulator;
import truce.stats.PointSummary;

/**
 * Per-point statistics accumulated row by row, as {@code runs.csv} is written (as a
 * {@link RunListener} of the sweep runner) or read ({@link SweepSummary#read}): the summary and
 * the cumulative incidence of each ending ({@link EndingIncidence}), everything the report needs
 * from the rows, so a fresh sweep's report never reads {@code runs.csv} again. The same rows in
 * the same order give the same sums, so the same {@code summary.csv} and {@code incidence.csv}
 * either way.
 *
 * <p>Memory: a point's counts by collapse day are kept only while its rows come; once a row of
 * another point arrives the point is reduced to its summary. That holds for every results file
 * written in plan order (a sweep, a resumed one, merged shards). Adaptive replication revisits
 * points round by round, so its points stay open to the end ({@code grouped = false}). A closed
 * point's summary is kept until the report is written, for up to a million points: its
 * {@link SweepSummary.Point} in an array by index, holding the swept values (repeated ones
 * shared: {@link SharedTexts}), the runs counted by day ({@code DayCounts}), the means as one
 * {@code double[]}. A closed point never
 * gets another row (that is an error), so its hazard counts are handed over, not copied.
 */
public final class SummaryBuilder implements RunListener {

    private final List<String> parameters;
    private final String[] parameterKeys;
    private final List<String> means;
    private final int horizon;
    private final int points;
    private final boolean grouped;
    private final int pointColumn;
    private final int survivedColumn;
    private final int dayColumn;
    private final int[] parameterColumns;
    private final SharedTexts texts;
    private final int[] meanColumns;
    private final List<String> ceasefires;
    /** Per ceasefire: its start day, ending and ending day columns. */
    private final int[][] ceasefireColumns;
    private final int endingColumn;
    private final int endingDayColumn;
    private final EndingIncidence.Builder endings;
    /** Per ceasefire: the endings of its own, by its own ending day. */
    private final EndingIncidence.Builder[] ceasefireEndings;
    private final String[] ceasefireKeys;
    /** The names of {@link #means}, shared by every point's means. */
    private final String[] meanKeys;
    /** A ceasefire's summary has no means. */
    private static final String[] NO_MEANS = {};
    /** The points whose rows are still coming (one in a grouped file), by index. */
    private final TreeMap<Integer, Open> open = new TreeMap<>();
    /**
     * The points whose rows have all come, by index (null for those not seen): an array, not a
     * map, as it holds up to a million points until the report is written.
     */
    private final SweepSummary.Point[] closed;
    private long rows;

    /**
     * @param header the columns of {@code runs.csv}
     * @param parameters the swept key paths, in column order
     * @param means the outcome columns whose means are reported
     * @param horizon days simulated per run
     * @param points the design's points; a row's point must be one of them
     * @param grouped whether each point's rows come together (all but adaptive replication)
     * @param ceasefires the keys of the scenario's {@code ceasefires:} section, empty without one
     * @throws IllegalArgumentException if a needed column is missing from the header
     */
    SummaryBuilder(List<String> header, List<String> parameters, List<String> means, int horizon, int points,
                   boolean grouped, List<String> ceasefires) {
        this.points = points;
        this.closed = new SweepSummary.Point[points];
        this.parameters = List.copyOf(parameters);
        this.parameterKeys = parameters.toArray(new String[0]);
        this.means = List.copyOf(means);
        this.meanKeys = means.toArray(new String[0]);
        this.horizon = horizon;
        this.grouped = grouped;
        this.pointColumn = column(header, "point");
        this.survivedColumn = column(header, "survived");
        this.dayColumn = column(header, "collapse_day");
        this.parameterColumns = RunsCsv.columnNames(parameters).stream().mapToInt(c -> column(header, c)).toArray();
        this.texts = new SharedTexts(parameterColumns.length);
        this.meanColumns = means.stream().mapToInt(c -> column(header, c)).toArray();
        this.ceasefires = List.copyOf(ceasefires);
        this.ceasefireKeys = ceasefires.toArray(new String[0]);
        this.ceasefireColumns = new int[ceasefires.size()][];
        for (int k = 0; k < ceasefires.size(); k++) {
            String key = ceasefires.get(k);
            ceasefireColumns[k] = new int[] {column(header, RunsCsv.perCeasefire("start_day", key)),
                column(header, RunsCsv.perCeasefire("ending", key)), column(header, RunsCsv.perCeasefire("ending_day", key))};
        }
        this.endingColumn = header.indexOf("ending"); // absent from files written before endings were recorded
        this.endingDayColumn = header.indexOf("ending_day");
        this.endings = new EndingIncidence.Builder(horizon, grouped, points);
        this.ceasefireEndings = new EndingIncidence.Builder[ceasefires.size()];
        for (int k = 0; k < ceasefires.size(); k++) {
            ceasefireEndings[k] = new EndingIncidence.Builder(horizon, grouped, points);
        }
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("runs.csv has no column '" + name + "'");
        }
        return i;
    }

    /**
     * Adds one run's row, read strictly.
     *
     * @param where the row's file and line, for messages
     * @param cell the row's cells by column index
     * @throws ResultsFolderException naming {@code where} if a value is not what a run writes, or
     *     a point's rows are not together in a grouped file
     */
    void add(String where, IntFunction<String> cell) {
        String id = cell.apply(pointColumn);
        int point = RowValues.pointIndex(where, id, points);
        Open acc = open.get(point);
        if (acc == null) {
            if (closed[point] != null) {
                throw new ResultsFolderException(where + ": the rows of point " + id + " are not together, as a"
                        + " sweep writes them");
            }
            if (grouped) {
                closeAll();
            }
            List<String> v = new ArrayList<>(parameterColumns.length);
            for (int i = 0; i < parameterColumns.length; i++) {
                v.add(texts.share(i, cell.apply(parameterColumns[i])));
            }
            acc = new Open(ArrayMap.of(parameterKeys, v)); // kept for every point: arrays, names and repeated values shared
            open.put(point, acc);
        }
        if (!ceasefires.isEmpty()) {
            addCeasefires(where, cell, acc, point, id);
        }
        Map<String, Double> other = new LinkedHashMap<>();
        for (int k = 0; k < meanColumns.length; k++) {
            other.put(means.get(k), RowValues.number(where, means.get(k), cell.apply(meanColumns[k])));
        }
        try {
            acc.stats.add(RowValues.bool(where, "survived", cell.apply(survivedColumn)),
                    RowValues.integer(where, "collapse_day", cell.apply(dayColumn)), other);
        } catch (IllegalArgumentException e) {
            throw new ResultsFolderException(where + ": " + e.getMessage());
        }
        if (endingColumn >= 0 && endingDayColumn >= 0) {
            endings.count(where, point, id, cell.apply(endingColumn), cell.apply(endingDayColumn));
        }
        rows++;
    }

    /** Every ordered pair of ceasefires (B given A), B in declaration order, then A. */
    private HazardCounts[] emptyHazards() {
        List<HazardCounts> pairs = new ArrayList<>();
        for (String b : ceasefires) {
            for (String a : ceasefires) {
                if (!a.equals(b)) {
                    pairs.add(HazardCounts.empty(b, a, horizon));
                }
            }
        }
        return pairs.toArray(new HazardCounts[0]);
    }

    /**
     * Each ceasefire's survival (a breakdown on its ending day, else censored), its ending for the
     * cumulative incidence, and the hazards of each pair.
     */
    private void addCeasefires(String where, IntFunction<String> cell, Open acc, int point, String id) {
        int n = ceasefires.size();
        int[] start = new int[n];
        int[] end = new int[n];
        boolean[] broke = new boolean[n];
        PointAccumulator[] each = acc.ceasefires;
        for (int k = 0; k < n; k++) {
            String key = ceasefires.get(k);
            start[k] = RowValues.integer(where, RunsCsv.perCeasefire("start_day", key), cell.apply(ceasefireColumns[k][0]));
            String ending = cell.apply(ceasefireColumns[k][1]);
            broke[k] = RowValues.ending(where, RunsCsv.perCeasefire("ending", key), ending) == Ending.BREAKDOWN;
            end[k] = RowValues.integer(where, RunsCsv.perCeasefire("ending_day", key), cell.apply(ceasefireColumns[k][2]));
            ceasefireEndings[k].count(where, point, id, ending, cell.apply(ceasefireColumns[k][2]));
            try {
                each[k].add(!broke[k], broke[k] ? end[k] : horizon, Map.of());
            } catch (IllegalArgumentException e) {
                throw new ResultsFolderException(where + ": " + RunsCsv.perCeasefire("ending_day", key) + ": "
                        + e.getMessage());
            }
        }
        for (HazardCounts pair : acc.hazards) {
            int b = ceasefires.indexOf(pair.ceasefire());
            int a = ceasefires.indexOf(pair.other());
            pair.add(start[b], end[b], broke[b], horizon, broke[a] ? end[a] : -1);
        }
    }

    /** Adds one run's row as this process wrote it, in header order. */
    @Override
    public void row(List<String> row) {
        add(SweepRunner.RUNS + " row " + (rows + 1), row::get);
    }

    /** Rows added so far. */
    public long rows() {
        return rows;
    }

    /** Reduces the open points to their statistics: nothing of them changes after this. */
    private void closeAll() {
        open.forEach((point, acc) -> closed[point] = acc.close(point));
        open.clear();
    }

    /** What is kept of a point while its rows come. */
    private final class Open {
        final Map<String, String> values;
        final PointAccumulator stats = new PointAccumulator(horizon, meanKeys);
        /** Each ceasefire's, and the hazards of each pair of them; none without a ceasefires: section. */
        final PointAccumulator[] ceasefires = new PointAccumulator[ceasefireKeys.length];
        final HazardCounts[] hazards;

        Open(Map<String, String> values) {
            this.values = values;
            for (int k = 0; k < ceasefires.length; k++) {
                ceasefires[k] = new PointAccumulator(horizon, NO_MEANS);
            }
            this.hazards = ceasefires.length == 0 ? new HazardCounts[0] : emptyHazards();
        }

        /** The point's statistics, once its rows have all come. */
        SweepSummary.Point close(int point) {
            List<PointSummary> each = new ArrayList<>(ceasefires.length);
            for (PointAccumulator c : ceasefires) {
                each.add(c.snapshot());
            }
            return new SweepSummary.Point(point, values, stats.snapshot(), ArrayMap.of(ceasefireKeys, each),
                    List.of(hazards));
        }
    }

    /**
     * The cumulative incidence of each ending over every row added, or empty if there were none
     * or the rows record no endings.
     */
    public java.util.Optional<EndingIncidence> incidence() {
        return endingColumn >= 0 && endingDayColumn >= 0 ? endings.build() : java.util.Optional.empty();
    }

    /**
     * Each ceasefire's cumulative incidence of its own endings over every row added, by key in
     * declaration order; empty without a {@code ceasefires:} section or rows.
     */
    public Map<String, EndingIncidence> ceasefireIncidence() {
        Map<String, EndingIncidence> out = new LinkedHashMap<>();
        for (int k = 0; k < ceasefires.size(); k++) {
            String key = ceasefires.get(k);
            ceasefireEndings[k].build().ifPresent(e -> out.put(key, e));
        }
        return out;
    }

    /** The summary of every row added, points in index order. */
    public SweepSummary build(Manifest manifest, ConfidenceType ciType) {
        closeAll();
        List<SweepSummary.Point> points = new ArrayList<>();
        for (SweepSummary.Point p : closed) {
            if (p != null) {
                points.add(p);
            }
        }
        return SweepSummary.of(manifest, points, means, ciType);
    }
}
