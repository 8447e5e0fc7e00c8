package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import truce.batch.Numbers;
import truce.batch.ResultsFolderException;
import truce.files.AtomicFiles;
import truce.files.CsvRows;
import truce.model.Ending;
import truce.stats.AalenJohansen;
import truce.stats.ConfidenceType;
import truce.stats.CumulativeIncidence;
import truce.stats.Interval;

/**
 * How the ceasefires of a sweep ended, when endings compete (breakdown, settlement, expiry; in
 * force at the horizon is censored): the Aalen–Johansen cumulative incidence of each ending, per
 * design point and for all runs pooled, from {@code runs.csv}'s {@code ending} and
 * {@code ending_day} columns. Written as {@value #FILE}, one row per point, ending and day.
 *
 * @param endings the kinds of ending, numbered from 1 in this order in the estimates
 * @param points per design point, in point order, what its rows and its share in force need
 * @param pooled all runs together
 * @param horizon days simulated per run
 */
public record EndingIncidence(List<Ending> endings, Map<String, AtDays> points,
                              CumulativeIncidence pooled, int horizon) {

    /**
     * What a sweep keeps of one design point's cumulative incidence, instead of the whole estimate
     * (it holds one a point, for up to a million points): the incidence of each ending on the days
     * {@value #FILE} reports ({@link SweepSummary#KM_DAYS} within the horizon) with its standard
     * errors, and the share of runs still in force at each time the estimate steps. Taken when the
     * point's last row has come, as the runs run.
     *
     * @param incidence {@code incidence[k * days + i]}: the incidence of ending {@code k + 1} by the
     *     {@code i}-th reported day
     * @param standardError the standard errors, likewise
     * @param times the estimate's times (the days runs ended, and the horizon if some were in force)
     * @param inForce at each of {@code times}, 1 minus the incidence of every ending: the share still
     *     in force (no run is censored before the horizon)
     */
    public record AtDays(double[] incidence, double[] standardError, double[] times, double[] inForce) {

        /** What is kept of an estimate, with the days reported. */
        static AtDays of(CumulativeIncidence aj, List<Integer> days) {
            int causes = aj.causes();
            double[] f = new double[causes * days.size()];
            double[] se = new double[f.length];
            for (int k = 1; k <= causes; k++) {
                for (int i = 0; i < days.size(); i++) {
                    f[(k - 1) * days.size() + i] = aj.incidenceAt(k, days.get(i));
                    se[(k - 1) * days.size() + i] = aj.standardErrorAt(k, days.get(i));
                }
            }
            double[] times = aj.times();
            double[] share = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                double ended = 0;
                for (int k = 1; k <= causes; k++) {
                    ended += aj.incidenceAt(k, times[i]);
                }
                share[i] = 1 - ended;
            }
            return new AtDays(f, se, times, share);
        }
    }

    /** File name in a results folder. */
    public static final String FILE = "incidence.csv";
    /** File name of each ceasefire's incidence, for a scenario with a {@code ceasefires:} section. */
    public static final String BY_CEASEFIRE = "incidence-by-ceasefire.csv";
    /** The ways a spell can end, in the model's order (in force at the horizon is censoring). */
    public static final List<Ending> ENDINGS = List.of(Ending.BREAKDOWN, Ending.SETTLEMENT, Ending.EXPIRY);

    /** Point ids ({@code p0007}) in index order. */
    private static final Comparator<String> BY_INDEX = Comparator.comparingInt((String id) -> Integer.parseInt(id.substring(1)));

    /**
     * The endings of a sweep's runs counted row by row, by {@link SummaryBuilder} as
     * {@code runs.csv} is written or read: the same rows in the same order give the same estimates
     * either way. A point's counts by ending and day (3 x horizon longs) are kept only while its
     * rows come: rows are in plan order except with adaptive replication, which revisits points.
     */
    static final class Builder {
        private final int horizon;
        private final boolean grouped;
        private final TreeMap<String, long[][]> open = new TreeMap<>(BY_INDEX);
        private final TreeMap<String, long[]> inForce = new TreeMap<>(BY_INDEX);
        private final TreeMap<String, AtDays> closed = new TreeMap<>(BY_INDEX);
        private final List<Integer> days;
        private final long[][] all;
        private final long[] allInForce = new long[1];

        /**
         * @param horizon days simulated per run
         * @param grouped whether each point's rows come together (all but adaptive replication)
         */
        Builder(int horizon, boolean grouped) {
            this.horizon = horizon;
            this.grouped = grouped;
            this.all = new long[ENDINGS.size()][horizon];
            this.days = reported(horizon);
        }

        /**
         * Counts one run's ending.
         *
         * @param where the row's file and line, for messages
         * @param point its point's id
         * @param ending its {@code ending} cell
         * @param day its {@code ending_day} cell
         * @throws ResultsFolderException if a point's rows are not together in a grouped file
         */
        void count(String where, String point, String ending, String day) {
            if (grouped && !open.containsKey(point)) {
                if (closed.containsKey(point)) {
                    throw new ResultsFolderException(where + ": the rows of point " + point
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

        /** Estimates the open points' incidence, adds their counts to the pooled ones and forgets them. */
        private void close() {
            for (Map.Entry<String, long[][]> e : open.entrySet()) {
                long survivors = inForce.get(e.getKey())[0];
                closed.put(e.getKey(), AtDays.of(AalenJohansen.fromCounts(e.getValue(), survivors, horizon), days));
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
            if (closed.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new EndingIncidence(ENDINGS, new java.util.LinkedHashMap<>(closed),
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
        for (Map.Entry<String, AtDays> e : points.entrySet()) {
            AtDays aj = e.getValue();
            for (int k = 1; k <= endings.size(); k++) {
                for (int i = 0; i < days.size(); i++) {
                    double f = aj.incidence()[(k - 1) * days.size() + i];
                    Optional<Interval> ci = type.intervalFromProbabilityScale(f,
                            aj.standardError()[(k - 1) * days.size() + i], 0.95); // as CumulativeIncidence.intervalAt
                    if (first != null) {
                        csv.cell(first);
                    }
                    csv.cell(e.getKey()).cell(endings.get(k - 1).label()).cell(days.get(i))
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
