package truce.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import truce.batch.AppendLog;
import truce.batch.Manifest;
import truce.batch.Numbers;
import truce.batch.ResultsFolderException;
import truce.batch.RowValues;
import truce.batch.RunsCsv;
import truce.files.AtomicFiles;
import truce.files.FolderLock;
import truce.stats.Interval;
import truce.stats.Proportions;

/**
 * Averaged trajectories of a sweep: for each group of its runs (the Kaplan–Meier chart's groups:
 * design points, or the levels of one swept parameter, or all runs) and each day, the share of
 * ceasefires still in force at the end of the day (Wilson 95% interval), and the mean trust and
 * escalation of each state among the runs still simulated that day — those whose ceasefire was in
 * force at its start (with several ceasefires, some ceasefire; the share in force counts runs with
 * every ceasefire in force, as a run's outcome does) — with a normal 95% interval of the mean, mean ± 1.96 · sd / √n. Summed
 * while the sweep ran ({@link DailySums}) and written as {@value #FILE}; {@code truce chart} reads
 * it back, since {@code runs.csv} has no daily values.
 *
 * @param states the state names, in declaration order
 * @param series one per group, in the groups' order
 */
public record DailyMeans(List<String> states, List<Series> series) {

    /** File name in a results folder. */
    public static final String FILE = "daily-means.csv";
    /** The standard normal quantile of a two-sided 95% interval. */
    private static final double Z95 = 1.959963984540054;

    public DailyMeans {
        states = List.copyOf(states);
        series = List.copyOf(series);
    }

    /**
     * A mean over runs with its 95% interval.
     *
     * @param mean the mean; NaN when no run was simulated that day
     * @param lower the interval's lower end; NaN with fewer than 2 runs
     * @param upper its upper end; NaN with fewer than 2 runs
     */
    public record Mean(double mean, double lower, double upper) {

        /** The mean of {@code n} values with this sum and sum of squares, and its normal 95% interval. */
        static Mean of(long n, double sum, double sumOfSquares) {
            if (n == 0) {
                return new Mean(Double.NaN, Double.NaN, Double.NaN);
            }
            double mean = sum / n;
            if (n == 1) {
                return new Mean(mean, Double.NaN, Double.NaN);
            }
            double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
            double half = Z95 * Math.sqrt(variance / n);
            return new Mean(mean, mean - half, mean + half);
        }
    }

    /**
     * One day of one group.
     *
     * @param day the day
     * @param runs the group's runs
     * @param inForce how many of them were still in force at the end of the day
     * @param atRisk how many were simulated that day (in force at its start)
     * @param share {@code inForce / runs}
     * @param shareInterval its Wilson 95% interval
     * @param trust each state's mean trust among the runs simulated that day
     * @param escalation each state's mean escalation among them
     */
    public record Day(int day, long runs, long inForce, long atRisk, double share, Interval shareInterval,
                      List<Mean> trust, List<Mean> escalation) {

        public Day {
            trust = List.copyOf(trust);
            escalation = List.copyOf(escalation);
        }

        Day(int day, long runs, long inForce, long atRisk, List<Mean> trust, List<Mean> escalation) {
            this(day, runs, inForce, atRisk, (double) inForce / runs, Proportions.wilson(inForce, runs, 0.95), trust,
                    escalation);
        }
    }

    /**
     * One group's days.
     *
     * @param label the group, as the Kaplan–Meier chart names it
     * @param days from the first simulated day to the last day of the horizon
     */
    public record Series(String label, List<Day> days) {
        public Series {
            days = List.copyOf(days);
        }
    }

    /** The header of {@value #FILE} for these states. */
    static List<String> header(List<String> states) {
        List<String> h = new ArrayList<>(List.of("group", "day", "runs", "in_force_runs", "in_force", "in_force_lo95",
                "in_force_hi95", "at_risk"));
        for (String s : states) {
            for (String v : List.of("trust", "escalation")) {
                String c = RunsCsv.perState("mean_" + v, s);
                h.addAll(List.of(c, c + "_lo95", c + "_hi95"));
            }
        }
        return h;
    }

    /** The runs of every group, once each (a group's first day counts them all). */
    long runs() {
        return series.stream().mapToLong(s -> s.days().get(0).runs()).sum();
    }

    /**
     * These means with every real number as {@value #FILE} holds it ({@link Numbers#format}, read
     * back), so that a report drawn as the sweep ends equals one drawn from the file.
     */
    DailyMeans rounded() {
        List<Series> out = new ArrayList<>(series.size());
        for (Series s : series) {
            List<Day> days = new ArrayList<>(s.days().size());
            for (Day d : s.days()) {
                days.add(new Day(d.day(), d.runs(), d.inForce(), d.atRisk(), round(d.share()),
                        new Interval(round(d.shareInterval().lower()), round(d.shareInterval().upper()), 0.95),
                        d.trust().stream().map(DailyMeans::round).toList(),
                        d.escalation().stream().map(DailyMeans::round).toList()));
            }
            out.add(new Series(s.label(), days));
        }
        return new DailyMeans(states, out);
    }

    private static Mean round(Mean m) {
        return new Mean(round(m.mean()), round(m.lower()), round(m.upper()));
    }

    /** {@code x} as written and read back; NaN (written {@code NA}) stays NaN. */
    private static double round(double x) {
        return Double.isNaN(x) ? x : Double.parseDouble(Numbers.format(x));
    }

    /** Writes {@value #FILE} atomically, holding the folder's lock (so that it is listed as Truce's). */
    public void write(Path dir) throws IOException {
        try (FolderLock lock = FolderLock.acquire(dir, "truce chart")) { // re-entrant: free under a command's lock
            writeLocked(dir);
        }
    }

    private void writeLocked(Path dir) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, AppendLog.FORMAT);
            p.printRecord(header(states));
            for (Series s : series) {
                for (Day d : s.days()) {
                    List<String> r = new ArrayList<>(List.of(s.label(), Integer.toString(d.day()), Long.toString(d.runs()),
                            Long.toString(d.inForce()), Numbers.format(d.share()),
                            Numbers.format(d.shareInterval().lower()), Numbers.format(d.shareInterval().upper()),
                            Long.toString(d.atRisk())));
                    for (int i = 0; i < states.size(); i++) {
                        for (Mean m : List.of(d.trust().get(i), d.escalation().get(i))) {
                            r.add(text(m.mean()));
                            r.add(text(m.lower()));
                            r.add(text(m.upper()));
                        }
                    }
                    p.printRecord(r);
                }
            }
            p.flush();
        });
    }

    private static String text(double x) {
        return Double.isNaN(x) ? SweepSummary.MISSING : Numbers.format(x);
    }

    /**
     * Reads a results folder's {@value #FILE}, strictly.
     *
     * @return the means, or empty if the folder has no such file, or one that does not cover the
     *     manifest's runs (then it is not this sweep's)
     * @throws ResultsFolderException naming the file and line if it is malformed
     * @throws IOException if it cannot be read
     */
    public static Optional<DailyMeans> read(Path dir, Manifest manifest) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> states = manifest.states();
        Map<String, List<Day>> groups = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = AppendLog.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!parser.getHeaderNames().equals(header(states))) {
                throw new ResultsFolderException(file + ":1: expected the columns " + header(states) + ", found "
                        + parser.getHeaderNames());
            }
            for (CSVRecord rec : parser) {
                String where = file + ":" + (rec.getRecordNumber() + 1);
                if (!rec.isConsistent()) {
                    throw new ResultsFolderException(where + ": expected " + header(states).size() + " columns, found "
                            + rec.size());
                }
                groups.computeIfAbsent(rec.get(0), g -> new ArrayList<>()).add(day(where, rec, header(states)));
            }
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<Day>> e : groups.entrySet()) {
            series.add(new Series(e.getKey(), e.getValue()));
        }
        DailyMeans means = new DailyMeans(states, series);
        return means.runs() == manifest.runsCompleted() ? Optional.of(means) : Optional.empty();
    }

    private static Day day(String where, CSVRecord rec, List<String> columns) {
        int states = (columns.size() - 8) / 6;
        int day = RowValues.integer(where, "day", rec.get(1));
        long runs = RowValues.longValue(where, "runs", rec.get(2));
        long inForce = RowValues.longValue(where, "in_force_runs", rec.get(3));
        Interval share = new Interval(RowValues.number(where, "in_force_lo95", rec.get(5)),
                RowValues.number(where, "in_force_hi95", rec.get(6)), 0.95);
        long atRisk = RowValues.longValue(where, "at_risk", rec.get(7));
        List<Mean> trust = new ArrayList<>();
        List<Mean> escalation = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            int at = 8 + 6 * i;
            trust.add(mean(where, rec, columns, at));
            escalation.add(mean(where, rec, columns, at + 3));
        }
        return new Day(day, runs, inForce, atRisk, RowValues.number(where, "in_force", rec.get(4)), share, trust,
                escalation);
    }

    private static Mean mean(String where, CSVRecord rec, List<String> columns, int at) {
        return new Mean(number(where, rec, columns, at), number(where, rec, columns, at + 1),
                number(where, rec, columns, at + 2));
    }

    private static double number(String where, CSVRecord rec, List<String> columns, int at) {
        String text = rec.get(at);
        return SweepSummary.MISSING.equals(text) ? Double.NaN : RowValues.number(where, columns.get(at), text);
    }
}
