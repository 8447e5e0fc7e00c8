package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import truce.batch.DesignPoint;
import truce.batch.Numbers;
import truce.batch.ResultsFolderException;
import truce.files.AtomicFiles;
import truce.files.CsvRows;
import truce.model.Ending;
import truce.stats.AalenJohansen;
import truce.stats.ConfidenceType;
import truce.stats.CumulativeIncidence;
import truce.stats.DayCounts;
import truce.stats.Interval;

/**
 * How the ceasefires of a sweep ended, when endings compete (breakdown, settlement, expiry; in
 * force at the horizon is censored): the Aalen–Johansen cumulative incidence of each ending, per
 * design point and for all runs pooled, from {@code runs.csv}'s {@code ending} and
 * {@code ending_day} columns. Written as {@value #FILE}, one row per point, ending and day.
 *
 * <p>A sweep keeps this for up to a million design points until its report is written, so of each
 * point it keeps only its runs counted by ending and day ({@link DayCounts}: a few ints), and
 * estimates its incidence again when {@value #FILE} or the spread of shares in force is made.
 */
public final class EndingIncidence {

    /** File name in a results folder. */
    public static final String FILE = "incidence.csv";
    /** File name of each ceasefire's incidence, for a scenario with a {@code ceasefires:} section. */
    public static final String BY_CEASEFIRE = "incidence-by-ceasefire.csv";
    /** The ways a spell can end, in the model's order (in force at the horizon is censoring). */
    public static final List<Ending> ENDINGS = List.of(Ending.BREAKDOWN, Ending.SETTLEMENT, Ending.EXPIRY);

    /** The kinds of ending, numbered from 1 in this order in the estimates. */
    private final List<Ending> endings;
    /** By point index: the point's runs by ending and day, null for a point with no rows (another shard's). */
    private final DayCounts[] points;
    private final CumulativeIncidence pooled;
    private final int horizon;

    private EndingIncidence(List<Ending> endings, DayCounts[] points, CumulativeIncidence pooled, int horizon) {
        this.endings = endings;
        this.points = points;
        this.pooled = pooled;
        this.horizon = horizon;
    }

    /** @return the kinds of ending, numbered from 1 in this order in the estimates */
    public List<Ending> endings() {
        return endings;
    }

    /** @return the incidence of all runs together */
    public CumulativeIncidence pooled() {
        return pooled;
    }

    /** @return days simulated per run */
    public int horizon() {
        return horizon;
    }

    /**
     * A design point's runs by ending and day.
     *
     * @param point the point's index
     * @return its counts, from which {@link DayCounts#aalenJohansen()} estimates its incidence
     * @throws IllegalArgumentException if no row of that point was counted
     */
    public DayCounts point(int point) {
        if (point < 0 || point >= points.length || points[point] == null) {
            throw new IllegalArgumentException("no run of point " + DesignPoint.id(point));
        }
        return points[point];
    }

    /**
     * The endings of a sweep's runs counted row by row, by {@link SummaryBuilder} as
     * {@code runs.csv} is written or read: the same rows in the same order give the same estimates
     * either way. A point's counts by ending and day (3 x horizon longs) are kept only while its
     * rows come: rows are in plan order except with adaptive replication, which revisits points.
     */
    static final class Builder {
        private final int horizon;
        private final boolean grouped;
        private final TreeMap<Integer, long[][]> open = new TreeMap<>();
        private final TreeMap<Integer, long[]> inForce = new TreeMap<>();
        /** By point index, once its rows have all come; an array, not a map: a pointer a point. */
        private final DayCounts[] closed;
        private boolean any;
        private final long[][] all;
        private final long[] allInForce = new long[1];

        /**
         * @param horizon days simulated per run
         * @param grouped whether each point's rows come together (all but adaptive replication)
         * @param points the design's points; a row's point index is below it
         */
        Builder(int horizon, boolean grouped, int points) {
            this.horizon = horizon;
            this.grouped = grouped;
            this.all = new long[ENDINGS.size()][horizon];
            this.closed = new DayCounts[points];
        }

        /**
         * Counts one run's ending.
         *
         * @param where the row's file and line, for messages
         * @param point its point's index
         * @param id its point's id, for messages
         * @param ending its {@code ending} cell
         * @param day its {@code ending_day} cell
         * @throws ResultsFolderException if a point's rows are not together in a grouped file
         */
        void count(String where, int point, String id, String ending, String day) {
            if (grouped && !open.containsKey(point)) {
                if (closed[point] != null) {
                    throw new ResultsFolderException(where + ": the rows of point " + id
                            + " are not together, as a sweep writes them");
                }
                close();
            }
            long[][] counts = open.computeIfAbsent(point, p -> new long[ENDINGS.size()][horizon]);
            long[] censored = inForce.computeIfAbsent(point, p -> new long[1]);
            Ending e = Ending.valueOf(ending.toUpperCase(java.util.Locale.ROOT));
            if (e == Ending.IN_FORCE) {
                censored[0]++;
            } else {
                counts[ENDINGS.indexOf(e)][Integer.parseInt(day)]++;
            }
        }

        /** Keeps the open points' counts compactly, adds them to the pooled ones and forgets them. */
        private void close() {
            for (Map.Entry<Integer, long[][]> e : open.entrySet()) {
                long survivors = inForce.get(e.getKey())[0];
                closed[e.getKey()] = DayCounts.of(e.getValue(), survivors, horizon);
                any = true;
                for (int k = 0; k < ENDINGS.size(); k++) {
                    for (int d = 0; d < horizon; d++) {
                        all[k][d] += e.getValue()[k][d];
                    }
                }
                allInForce[0] += survivors;
            }
            open.clear();
            inForce.clear();
        }

        /** The incidence of every row counted, or empty if there were none. */
        Optional<EndingIncidence> build() {
            close();
            if (!any) {
                return Optional.empty();
            }
            return Optional.of(new EndingIncidence(ENDINGS, closed.clone(),
                    AalenJohansen.fromCounts(all, allInForce[0], horizon), horizon));
        }
    }

    /**
     * Writes {@value #FILE} atomically: for each point, ending and day of
     * {@link SweepSummary#KM_DAYS} within the horizon, the incidence and its 95% interval of type
     * {@code type} ({@code NA} where the incidence is 0).
     */
    public void write(Path dir, ConfidenceType type) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> { // 12 rows a point: CsvRows, not CSVPrinter's per-cell calls
            CsvRows csv = new CsvRows(w);
            csv.record(COLUMNS);
            print(csv, type, null);
        });
    }

    /**
     * Writes {@value #BY_CEASEFIRE} atomically: the rows of {@value #FILE} for each ceasefire's own
     * ending and ending day, after a first column {@code ceasefire} (its key).
     *
     * @param byCeasefire each ceasefire's incidence by key, in declaration order; not empty
     */
    public static void write(Path dir, Map<String, EndingIncidence> byCeasefire, ConfidenceType type)
            throws IOException {
        AtomicFiles.writeText(dir.resolve(BY_CEASEFIRE), w -> {
            CsvRows csv = new CsvRows(w);
            List<String> header = new ArrayList<>(List.of("ceasefire"));
            header.addAll(COLUMNS);
            csv.record(header);
            for (Map.Entry<String, EndingIncidence> e : byCeasefire.entrySet()) {
                e.getValue().print(csv, type, e.getKey());
            }
        });
    }

    private static final List<String> COLUMNS = List.of("point", "ending", "day", "incidence", "lower", "upper",
            "conf_type");

    /**
     * For each point, ending and day of {@link SweepSummary#KM_DAYS} within the horizon, a row,
     * after {@code first} unless it is null.
     */
    private void print(CsvRows csv, ConfidenceType type, String first) throws IOException {
        List<Integer> days = reported(horizon);
        for (int p = 0; p < points.length; p++) {
            if (points[p] == null) {
                continue;
            }
            CumulativeIncidence aj = points[p].aalenJohansen();
            String id = DesignPoint.id(p);
            for (int k = 1; k <= endings.size(); k++) {
                for (int day : days) {
                    double f = aj.incidenceAt(k, day);
                    Optional<Interval> ci = type.intervalFromProbabilityScale(f, aj.standardErrorAt(k, day), 0.95);
                    if (first != null) {
                        csv.cell(first);
                    }
                    csv.cell(id).cell(endings.get(k - 1).label()).cell(day)
                            .cell(Numbers.format(f))
                            .cell(ci.isPresent() ? Numbers.format(ci.get().lower()) : SweepSummary.MISSING)
                            .cell(ci.isPresent() ? Numbers.format(ci.get().upper()) : SweepSummary.MISSING)
                            .cell(type.rName()).end();
                }
            }
        }
    }

    /** The days of {@link SweepSummary#KM_DAYS} within the horizon: those {@value #FILE} reports. */
    private static List<Integer> reported(int horizon) {
        return SweepSummary.KM_DAYS.stream().filter(d -> d <= horizon).toList();
    }

    /**
     * The pooled incidence of each ending that happened at least once, as curves to draw: a step at
     * each day it rises, with its 95% interval of type {@code type}.
     */
    public List<IncidenceCurve> pooledCurves(ConfidenceType type) {
        List<IncidenceCurve> out = new ArrayList<>();
        double[] times = pooled.times();
        for (int k = 1; k <= endings.size(); k++) {
            if (pooled.count(k) == 0) {
                continue;
            }
            List<KmStep> steps = new ArrayList<>();
            double last = 0;
            for (double t : times) {
                double f = pooled.incidenceAt(k, t);
                if (f > last) {
                    steps.add(pooled.intervalAt(k, t, 0.95, type)
                            .map(ci -> new KmStep(t, f, ci.lower(), ci.upper()))
                            .orElseGet(() -> new KmStep(t, f)));
                    last = f;
                }
            }
            out.add(new IncidenceCurve(endings.get(k - 1).label(), pooled.count(k), steps));
        }
        return out;
    }

    /**
     * One ending's pooled cumulative incidence as drawn.
     *
     * @param ending its name, e.g. {@code breakdown}
     * @param runs runs that ended this way
     * @param steps where the incidence rises, with intervals (a {@link KmStep}'s survival is here the incidence)
     */
    public record IncidenceCurve(String ending, long runs, List<KmStep> steps) {
        public IncidenceCurve {
            steps = List.copyOf(steps);
        }
    }
}
