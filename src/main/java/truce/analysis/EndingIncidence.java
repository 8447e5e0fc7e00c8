package truce.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import truce.batch.Manifest;
import truce.batch.Numbers;
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
    /** The ways a spell can end, in the model's order (in force at the horizon is censoring). */
    public static final List<Ending> ENDINGS = List.of(Ending.BREAKDOWN, Ending.SETTLEMENT, Ending.EXPIRY);

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    /**
     * Reads the endings of every run of a results folder.
     *
     * @return the incidence, or empty if {@code runs.csv} has no {@code ending} column (a folder
     *         written before endings were recorded)
     * @throws IOException if {@code runs.csv} cannot be read
     */
    public static Optional<EndingIncidence> read(Path dir, Manifest manifest) throws IOException {
        int horizon = manifest.horizon();
        Comparator<String> byIndex = Comparator.comparingInt((String id) -> Integer.parseInt(id.substring(1)));
        // a point's counts by ending and day (3 x horizon longs) are kept only while its rows come:
        // rows are in plan order except with adaptive replication, which revisits points
        boolean grouped = manifest.targetHalfWidth() == 0;
        TreeMap<String, long[][]> open = new TreeMap<>(byIndex);
        TreeMap<String, long[]> inForce = new TreeMap<>(byIndex);
        TreeMap<String, CumulativeIncidence> closed = new TreeMap<>(byIndex);
        long[][] all = new long[ENDINGS.size()][horizon];
        long[] allInForce = new long[1];
        try (Reader r = Files.newBufferedReader(dir.resolve("runs.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSV.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!parser.getHeaderMap().containsKey("ending")) {
                return Optional.empty();
            }
            for (CSVRecord rec : parser) {
                if (!rec.isConsistent()) {
                    continue; // a torn last line of an interrupted sweep
                }
                String point = rec.get("point");
                if (grouped && !open.containsKey(point)) {
                    if (closed.containsKey(point)) {
                        throw new IOException(dir.resolve("runs.csv") + ":" + (rec.getRecordNumber() + 1)
                                + ": the rows of point " + point + " are not together, as a sweep writes them");
                    }
                    close(open, inForce, closed, all, allInForce, horizon);
                }
                long[][] counts = open.computeIfAbsent(point, p -> new long[ENDINGS.size()][horizon]);
                long[] censored = inForce.computeIfAbsent(point, p -> new long[1]);
                Ending e = Ending.valueOf(rec.get("ending").toUpperCase(java.util.Locale.ROOT));
                if (e == Ending.IN_FORCE) {
                    censored[0]++;
                } else {
                    counts[ENDINGS.indexOf(e)][Integer.parseInt(rec.get("ending_day"))]++;
                }
            }
        }
        close(open, inForce, closed, all, allInForce, horizon);
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CumulativeIncidence> points = new java.util.LinkedHashMap<>(closed);
        return Optional.of(new EndingIncidence(ENDINGS, points, AalenJohansen.fromCounts(all, allInForce[0], horizon),
                horizon));
    }

    /** Estimates the open points' incidence, adds their counts to the pooled ones and forgets them. */
    private static void close(Map<String, long[][]> open, Map<String, long[]> inForce,
                              Map<String, CumulativeIncidence> closed, long[][] all, long[] allInForce, int horizon) {
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

    /**
     * Writes {@value #FILE} atomically: for each point, ending and day of
     * {@link SweepSummary#KM_DAYS} within the horizon, the incidence and its 95% interval of type
     * {@code type} ({@code NA} where the incidence is 0).
     */
    public void write(Path dir, ConfidenceType type) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, CSV);
            p.printRecord("point", "ending", "day", "incidence", "lower", "upper", "conf_type");
            for (Map.Entry<String, CumulativeIncidence> e : points.entrySet()) {
                for (int k = 1; k <= endings.size(); k++) {
                    for (int day : SweepSummary.KM_DAYS) {
                        if (day > horizon) {
                            continue;
                        }
                        CumulativeIncidence aj = e.getValue();
                        Optional<Interval> ci = aj.intervalAt(k, day, 0.95, type);
                        p.printRecord(e.getKey(), endings.get(k - 1).label(), day, Numbers.format(aj.incidenceAt(k, day)),
                                ci.map(i -> Numbers.format(i.lower())).orElse(SweepSummary.MISSING),
                                ci.map(i -> Numbers.format(i.upper())).orElse(SweepSummary.MISSING), type.rName());
                    }
                }
            }
            p.flush();
        });
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
