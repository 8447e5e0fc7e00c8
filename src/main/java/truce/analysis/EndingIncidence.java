package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import truce.batch.Numbers;
import truce.batch.ResultsFolderException;
import truce.files.AtomicFiles;
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
 * @param points per design point, in point order
 * @param pooled all runs together
 * @param horizon days simulated per run
 */
public record EndingIncidence(List<Ending> endings, Map<String, CumulativeIncidence> points,
                              CumulativeIncidence pooled, int horizon) {

    /** File name in a results folder. */
    public static final String FILE = "incidence.csv";
    /** File name of each ceasefire's incidence, for a scenario with a {@code ceasefires:} section. */
    public static final String BY_CEASEFIRE = "incidence-by-ceasefire.csv";
    /** The ways a spell can end, in the model's order (in force at the horizon is censoring). */
    public static final List<Ending> ENDINGS = List.of(Ending.BREAKDOWN, Ending.SETTLEMENT, Ending.EXPIRY);

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
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
        private final TreeMap<String, CumulativeIncidence> closed = new TreeMap<>(BY_INDEX);
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
                closed.put(e.getKey(), AalenJohansen.fromCounts(e.getValue(), survivors, horizon));
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
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, CSV);
            p.printRecord(COLUMNS);
            print(p, type, List.of());
            p.flush();
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
            CSVPrinter p = new CSVPrinter(w, CSV);
            List<String> header = new ArrayList<>(List.of("ceasefire"));
            header.addAll(COLUMNS);
            p.printRecord(header);
            for (Map.Entry<String, EndingIncidence> e : byCeasefire.entrySet()) {
                e.getValue().print(p, type, List.of(e.getKey()));
            }
            p.flush();
        });
    }

    private static final List<String> COLUMNS = List.of("point", "ending", "day", "incidence", "lower", "upper",
            "conf_type");

    /** For each point, ending and day of {@link SweepSummary#KM_DAYS} within the horizon, a row after {@code first}. */
    private void print(CSVPrinter p, ConfidenceType type, List<String> first) throws IOException {
        for (Map.Entry<String, CumulativeIncidence> e : points.entrySet()) {
            for (int k = 1; k <= endings.size(); k++) {
                for (int day : SweepSummary.KM_DAYS) {
                    if (day > horizon) {
                        continue;
                    }
                    CumulativeIncidence aj = e.getValue();
                    Optional<Interval> ci = aj.intervalAt(k, day, 0.95, type);
                    for (String f : first) {
                        p.print(f);
                    }
                    p.printRecord(e.getKey(), endings.get(k - 1).label(), day, Numbers.format(aj.incidenceAt(k, day)),
                            ci.map(i -> Numbers.format(i.lower())).orElse(SweepSummary.MISSING),
                            ci.map(i -> Numbers.format(i.upper())).orElse(SweepSummary.MISSING), type.rName());
                }
            }
        }
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
