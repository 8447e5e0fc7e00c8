package truce.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.batch.AppendLog;
import truce.batch.Codebook;
import truce.batch.DesignPoint;
import truce.batch.Manifest;
import truce.batch.Numbers;
import truce.batch.ResultsFolderException;
import truce.batch.RunsCsv;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.files.AtomicFiles;
import truce.files.CsvRows;
import truce.files.FolderLock;
import truce.stats.ConfidenceType;
import truce.stats.Interval;
import truce.stats.PointSummary;
import truce.stats.SurvivalCurve;

/**
 * The per-point statistics of a sweep, computed from {@code runs.csv} alone (with the manifest
 * for its columns) and written as {@code summary.csv}: n, survivals, the survival proportion with
 * its Wilson 95% interval, Kaplan–Meier survival at days 30, 90, 180 and 365 with Greenwood 95%
 * intervals, the median collapse day, and the means of the other outcomes.
 *
 * <p>Memory grows with the number of design points (counts by collapse day for each), not with
 * the number of runs; rows come in plan order, so sums (and so the file) are the same whatever
 * the thread count.
 */
public final class SweepSummary {

    /** File name in a results folder. */
    public static final String FILE = "summary.csv";
    /** Days at which Kaplan–Meier survival is reported. */
    public static final List<Integer> KM_DAYS = List.of(30, 90, 180, 365);

    /**
     * One design point's statistics. A sweep keeps one for each of up to a million points until its
     * report is written: the index, not the id's text, is kept.
     *
     * @param index the point's index in the design ({@link #id()} is made from it)
     * @param values swept key path to value, in column order
     * @param stats the statistics of its runs
     * @param ceasefires each ceasefire's survival statistics by key (a sweep of a scenario with a
     *        {@code ceasefires:} section), else empty; only survival and Kaplan–Meier are kept
     * @param hazards each ordered pair of ceasefires' breakdowns and days at risk, else empty
     */
    public record Point(int index, Map<String, String> values, PointSummary stats, Map<String, PointSummary> ceasefires,
                        List<HazardCounts> hazards) {
        public Point {
            ceasefires = ceasefires.isEmpty() ? Map.of() // a sweep keeps a point's: nothing for none, arrays for some
                    : truce.stats.ArrayMap.copyOf(ceasefires);
            hazards = List.copyOf(hazards);
        }

        /** A point of a sweep of one ceasefire. */
        public Point(int index, Map<String, String> values, PointSummary stats) {
            this(index, values, stats, Map.of(), List.of());
        }

        /** @return the point id, as {@code runs.csv} writes it ({@code p0007}) */
        public String id() {
            return DesignPoint.id(index);
        }
    }

    /** What an R user's {@code read.csv} reads as missing: no interval, median not reached. */
    public static final String MISSING = "NA";

    private final Manifest manifest;
    private final List<Point> points;
    private final List<String> means;
    private final ConfidenceType ciType;

    private SweepSummary(Manifest manifest, List<Point> points, List<String> means, ConfidenceType ciType) {
        this.manifest = manifest;
        this.points = List.copyOf(points);
        this.means = List.copyOf(means);
        this.ciType = ciType;
    }

    /**
     * Reads a results folder's {@code manifest.json} and {@code runs.csv}.
     *
     * @throws IOException if either is missing or unreadable
     */
    public static SweepSummary read(Path dir) throws IOException {
        return read(dir, ConfidenceType.LOG);
    }

    /**
     * Same, with Kaplan–Meier intervals of the given type (R's {@code conf.type}).
     *
     * @throws IOException if either is missing or unreadable
     */
    public static SweepSummary read(Path dir, ConfidenceType ciType) throws IOException {
        Manifest m = Manifest.read(dir);
        return readRows(dir, m).build(m, ciType);
    }

    /**
     * Every row of a results folder's {@code runs.csv}, read strictly and accumulated.
     *
     * @param m the folder's manifest
     * @throws IOException if the file is missing or unreadable
     * @throws ResultsFolderException naming the file and line of a row that is not what a sweep writes
     */
    static SummaryBuilder readRows(Path dir, Manifest m) throws IOException {
        Path file = dir.resolve(SweepRunner.RUNS);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = AppendLog.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            SummaryBuilder builder;
            try {
                builder = builder(m, parser.getHeaderNames());
            } catch (IllegalArgumentException e) {
                throw new ResultsFolderException(file + ":1: " + e.getMessage());
            }
            for (CSVRecord rec : parser) {
                String where = file + ":" + (rec.getRecordNumber() + 1);
                if (!rec.isConsistent()) { // strict: a torn or malformed row stops the summary, naming it
                    throw new ResultsFolderException(where + ": expected " + parser.getHeaderNames().size()
                            + " columns, found " + rec.size());
                }
                builder.add(where, rec::get);
            }
            return builder;
        }
    }

    /** Accumulates the summary of the sweep described by {@code m} from rows with these columns. */
    static SummaryBuilder builder(Manifest m, List<String> header) {
        return new SummaryBuilder(header, m.parameters(), meanColumns(m.states()), m.horizon(), m.points(),
                m.targetHalfWidth() == 0, m.ceasefires());
    }

    /**
     * Accumulates the summary of {@code plan} as the sweep runner writes its rows (it is told of
     * them when it writes the whole file with fixed replication: see {@link SweepRunner.Finished}).
     */
    public static SummaryBuilder builder(SweepPlan plan) {
        List<String> states = new ArrayList<>(plan.base().states().keySet());
        List<String> ceasefires = RunsCsv.ceasefireKeys(plan.base());
        return new SummaryBuilder(RunsCsv.header(plan.columns(), states, ceasefires), plan.columns(), meanColumns(states),
                plan.base().horizon(), plan.points().size(), true, ceasefires);
    }

    static SweepSummary of(Manifest m, List<Point> points, List<String> means, ConfidenceType ciType) {
        return new SweepSummary(m, points, means, ciType);
    }

    private static List<String> meanColumns(List<String> states) {
        List<String> c = new ArrayList<>(List.of("attacks", "mass_casualty_attacks", "casualties", "violations",
                "talks_held", "talks_succeeded", "peak_escalation"));
        for (String s : states) {
            c.add(RunsCsv.perState("min_trust", s));
            c.add(RunsCsv.perState("final_trust", s));
        }
        return c;
    }

    /**
     * A per-point output that sensitivity analyses study.
     *
     * @param name what it is, e.g. {@code survival to day 365}
     * @param value its value at a point
     */
    public record Measure(String name, java.util.function.ToDoubleFunction<Point> value) {
    }

    /** Survival to the horizon, and Kaplan–Meier survival at {@code day} (at most the last day). */
    public List<Measure> survivalMeasures(int day) {
        int kmDay = Math.min(day, manifest.horizon() - 1);
        return List.of(new Measure("survival to day " + manifest.horizon(), p -> p.stats().survivalProportion()),
                new Measure("Kaplan-Meier survival at day " + kmDay, p -> p.stats().kmAt(kmDay)));
    }

    /** @return how the Kaplan–Meier intervals are built (R's {@code conf.type}) */
    public ConfidenceType ciType() {
        return ciType;
    }

    public Manifest manifest() {
        return manifest;
    }

    public List<Point> points() {
        return points;
    }

    /** The header of {@code summary.csv}. */
    public List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(manifest.parameters());
        h.addAll(List.of("n", "survivals", "survival", "survival_lo95", "survival_hi95"));
        for (int d : KM_DAYS) {
            h.addAll(List.of("km" + d, "km" + d + "_lo95", "km" + d + "_hi95"));
        }
        h.add("km_conf_type");
        h.add("median_collapse_day");
        h.add("median_reached");
        for (String c : means) {
            h.add("mean_" + c);
        }
        for (String key : manifest.ceasefires()) {
            for (String c : CEASEFIRE_COLUMNS) {
                h.add(RunsCsv.perCeasefire(c, key));
            }
            for (int d : KM_DAYS) {
                h.addAll(List.of(RunsCsv.perCeasefire("km" + d, key), RunsCsv.perCeasefire("km" + d + "_lo95", key),
                        RunsCsv.perCeasefire("km" + d + "_hi95", key)));
            }
            h.add(RunsCsv.perCeasefire("median_collapse_day", key));
            h.add(RunsCsv.perCeasefire("median_reached", key));
        }
        return h;
    }

    /** A point's row of {@code summary.csv}. */
    public List<String> row(Point p) {
        PointSummary s = p.stats();
        List<String> r = new ArrayList<>();
        r.add(p.id());
        r.addAll(p.values().values());
        r.add(Long.toString(s.n()));
        r.add(Long.toString(s.survivals()));
        r.add(Numbers.format(s.survivalProportion()));
        Interval survival = s.survival(); // computed on each call
        r.add(Numbers.format(survival.lower()));
        r.add(Numbers.format(survival.upper()));
        SurvivalCurve km = s.km(); // made from the point's counts on each call: once a row
        addKm(r, km);
        r.add(ciType.rName());
        addMedian(r, km);
        for (String c : means) {
            r.add(Numbers.format(s.means().get(c)));
        }
        for (PointSummary c : p.ceasefires().values()) {
            r.add(Long.toString(c.survivals()));
            r.add(Numbers.format(c.survivalProportion()));
            Interval each = c.survival();
            r.add(Numbers.format(each.lower()));
            r.add(Numbers.format(each.upper()));
            addSurvival(r, c);
        }
        return r;
    }

    /** Kaplan–Meier survival at {@link #KM_DAYS} with its intervals; NA beyond the horizon. */
    private void addKm(List<String> r, SurvivalCurve km) {
        for (int d : KM_DAYS) {
            if (d > manifest.horizon()) {
                r.addAll(List.of(MISSING, MISSING, MISSING)); // beyond the horizon nothing is known
            } else {
                Optional<Interval> ci = km.intervalAt(d, PointSummary.LEVEL, ciType); // as PointSummary.kmIntervalAt
                r.add(Numbers.format(km.survivalAt(d)));
                r.add(ci.map(i -> Numbers.format(i.lower())).orElse(MISSING));
                r.add(ci.map(i -> Numbers.format(i.upper())).orElse(MISSING));
            }
        }
    }

    /** The median day of breakdown and whether it was reached. */
    private static void addMedian(List<String> r, SurvivalCurve km) {
        OptionalDouble median = km.median();
        r.add(median.isPresent() ? Numbers.format(median.getAsDouble()) : MISSING);
        r.add(median.isPresent() ? "TRUE" : "FALSE");
    }

    /** A ceasefire's Kaplan–Meier columns and median, after its survival columns. */
    private void addSurvival(List<String> r, PointSummary c) {
        SurvivalCurve km = c.km();
        addKm(r, km);
        addMedian(r, km);
    }

    /** Per-ceasefire columns of {@code summary.csv} before its Kaplan–Meier ones, each prefixed {@code <key>_}. */
    static final List<String> CEASEFIRE_COLUMNS = List.of("survivals", "survival", "survival_lo95", "survival_hi95");

    /** Writes {@code summary.csv} and {@code codebook.csv} into {@code dir}, each atomically. */
    public void write(Path dir) throws IOException {
        try (FolderLock lock = FolderLock.acquire(dir, "truce chart")) { // re-entrant: free under a command's lock
            writeLocked(dir);
        }
    }

    private void writeLocked(Path dir) throws IOException {
        Codebook.write(dir, manifest);
        AtomicFiles.writeText(dir.resolve(FILE), w -> { // row by row: 50,000 rows held at once filled the old generation
            CsvRows csv = new CsvRows(w);
            csv.record(header());
            for (Point p : points) {
                csv.record(row(p));
            }
        });
    }
}
