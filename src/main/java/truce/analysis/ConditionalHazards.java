package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import truce.batch.AppendLog;
import truce.batch.Numbers;
import truce.files.AtomicFiles;
import truce.stats.Interval;
import truce.stats.PoissonRates;
import truce.stats.PointSummary;

/**
 * Does a breakdown of one ceasefire raise the hazard of another of the same runs? For each
 * ordered pair of ceasefires (B given A) and each group of runs (a design point when there are at
 * most {@value SurvivalGroups#MAX_GROUPS}, else the levels of the first swept parameter with 2 to
 * {@value SurvivalGroups#MAX_GROUPS} levels, pooled over the others, else all runs): B's breakdowns
 * per day at risk while A had not broken down and after it did, each with its exact (Garwood)
 * 95% interval, and their crude ratio with its exact conditional interval and p-value, as R's
 * {@code poisson.test(c(after, before), c(days after, days before))} gives them. The crude ratio
 * takes the hazard as constant within each condition, so it mixes early and late days, and the days
 * after A's breakdown are later days, when a ceasefire's hazard is lower; the
 * <b>day-stratified</b> Mantel–Haenszel rate ratio compares the conditions within each
 * {@value HazardCounts#STRATUM_DAYS}-day period of the calendar and is the one the chart shows. A
 * ratio above 1 says B breaks down faster once A has (spillover between fronts: Bara &amp; Clayton
 * 2022). Written as {@value #FILE}.
 *
 * @param column the {@code runs.csv} column the groups are levels of ({@code point} or a swept
 *        path), or null for all runs in one group
 * @param groupTitle what the groups are, in words: the swept parameters' titles (a point's label is
 *        its values, in that order), one parameter's title, or {@code all runs}
 * @param pairs one entry per ordered pair of ceasefires, in declaration order
 */
public record ConditionalHazards(String column, String groupTitle, List<Pair> pairs) {

    /** File name in a results folder. */
    public static final String FILE = "hazard.csv";

    /**
     * A hazard: breakdowns per day at risk.
     *
     * @param breakdowns breakdowns counted
     * @param days days at risk
     * @param interval its exact 95% interval, empty with no days at risk
     */
    public record Rate(long breakdowns, long days, Optional<Interval> interval) {
        /** Breakdowns per day at risk, NaN with none. */
        public double perDay() {
            return days == 0 ? Double.NaN : breakdowns / (double) days;
        }

        /** Breakdowns per 1,000 days at risk, as the chart shows it; NaN with no days at risk. */
        public double perThousandDays() {
            return 1000 * perDay();
        }

        /** The interval per 1,000 days at risk. */
        public Optional<Interval> perThousandDaysInterval() {
            return interval.map(i -> new Interval(1000 * i.lower(), 1000 * i.upper(), i.level()));
        }
    }

    /**
     * One group of runs.
     *
     * @param label its name on the chart
     * @param before the hazard while the other ceasefire had not broken down
     * @param after the hazard after the other broke down
     * @param ratio after / before with its interval and p-value, empty when it cannot be computed
     *        (no breakdowns, or no days at risk on one side)
     * @param stratified the day-stratified (Mantel–Haenszel) rate ratio with its interval and p-value,
     *        empty when no period has breakdowns and days at risk on both sides
     */
    public record Row(String label, Rate before, Rate after, Optional<PoissonRates.Ratio> ratio,
                      Optional<PoissonRates.Ratio> stratified) {
    }

    /**
     * The hazard of {@code ceasefire} given the state of {@code other}.
     *
     * @param ceasefire whose hazard
     * @param other whose breakdown splits the days
     * @param rows one per group
     */
    public record Pair(String ceasefire, String other, List<Row> rows) {
        public Pair {
            rows = List.copyOf(rows);
        }
    }

    public ConditionalHazards {
        pairs = List.copyOf(pairs);
    }

    /** Whether there is anything to show: a sweep of several ceasefires. */
    public boolean applies() {
        return !pairs.isEmpty();
    }

    /** Computes the hazards of a summary's ceasefires (none for a sweep of one ceasefire). */
    public static ConditionalHazards of(SweepSummary summary, List<SweptParameter> parameters) {
        List<SweepSummary.Point> points = summary.points();
        if (points.isEmpty() || points.get(0).hazards().isEmpty()) {
            return new ConditionalHazards(null, "all runs", List.of());
        }
        String column = null;
        String title = "all runs";
        Function<SweepSummary.Point, String> key = p -> "all runs";
        if (points.size() <= SurvivalGroups.MAX_GROUPS && !parameters.isEmpty()) {
            column = "point";
            title = "design point: " + String.join("; ", parameters.stream().map(SweptParameter::title).toList());
            key = p -> String.join(", ", p.values().values());
        } else {
            for (SweptParameter x : parameters) {
                if (x.levels().size() >= 2 && x.levels().size() <= SurvivalGroups.MAX_GROUPS) {
                    column = x.path();
                    title = x.title() + " (pooled over the other parameters)";
                    key = p -> p.values().get(x.path());
                    break;
                }
            }
        }
        int pairCount = points.get(0).hazards().size();
        List<Pair> pairs = new ArrayList<>();
        for (int k = 0; k < pairCount; k++) {
            Map<String, HazardCounts> byGroup = new LinkedHashMap<>();
            for (SweepSummary.Point p : points) {
                HazardCounts c = p.hazards().get(k);
                byGroup.merge(key.apply(p), c.copy(), HazardCounts::plus);
            }
            List<Row> rows = new ArrayList<>();
            byGroup.forEach((label, c) -> rows.add(row(label, c)));
            HazardCounts first = points.get(0).hazards().get(k);
            pairs.add(new Pair(first.ceasefire(), first.other(), rows));
        }
        return new ConditionalHazards(column, title, pairs);
    }

    static Row row(String label, HazardCounts c) {
        Rate before = rate(c.breakdownsBefore(), c.daysBefore());
        Rate after = rate(c.breakdownsAfter(), c.daysAfter());
        Optional<PoissonRates.Ratio> ratio = c.daysBefore() > 0 && c.daysAfter() > 0
                && c.breakdownsBefore() + c.breakdownsAfter() > 0
                ? Optional.of(PoissonRates.ratio(c.breakdownsAfter(), c.daysAfter(), c.breakdownsBefore(),
                        c.daysBefore(), PointSummary.LEVEL))
                : Optional.empty();
        return new Row(label, before, after, ratio, Optional.ofNullable(PoissonRates.mantelHaenszel(
                c.breakdownsAfterByStratum(), c.daysAfterByStratum(), c.breakdownsBeforeByStratum(),
                c.daysBeforeByStratum(), PointSummary.LEVEL)));
    }

    private static Rate rate(long breakdowns, long days) {
        return new Rate(breakdowns, days, days == 0 ? Optional.empty()
                : Optional.of(PoissonRates.rateInterval(breakdowns, days, PointSummary.LEVEL)));
    }

    /** The header of {@value #FILE}. */
    static List<String> header() {
        return List.of("grouped_by", "group", "ceasefire", "given", "breakdowns_before", "days_before",
                "hazard_before", "hazard_before_lo95", "hazard_before_hi95", "breakdowns_after", "days_after",
                "hazard_after", "hazard_after_lo95", "hazard_after_hi95", "rate_ratio", "rate_ratio_lo95",
                "rate_ratio_hi95", "p", "rate_ratio_mh", "rate_ratio_mh_lo95", "rate_ratio_mh_hi95", "p_mh");
    }

    /**
     * Writes {@value #FILE} atomically: per ordered pair and group, the breakdowns, days at risk and
     * hazard (per day) of {@code ceasefire} before and after {@code given} broke down, with 95%
     * intervals, their crude rate ratio (after / before) with its exact interval and p-value, and the
     * day-stratified Mantel–Haenszel rate ratio with its interval and p-value; {@code NA} where a value
     * cannot be computed, {@code Inf} for an unbounded one.
     */
    public void write(Path dir) throws IOException {
        String na = SweepSummary.MISSING;
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, AppendLog.FORMAT);
            p.printRecord(header());
            for (Pair pair : pairs) {
                for (Row r : pair.rows()) {
                    List<String> cells = new ArrayList<>(List.of(column == null ? na : column, r.label(),
                            pair.ceasefire(), pair.other()));
                    for (Rate rate : List.of(r.before(), r.after())) {
                        cells.add(Long.toString(rate.breakdowns()));
                        cells.add(Long.toString(rate.days()));
                        cells.add(rate.days() == 0 ? na : Numbers.format(rate.perDay()));
                        cells.add(rate.interval().map(i -> Numbers.format(i.lower())).orElse(na));
                        cells.add(rate.interval().map(i -> Numbers.format(i.upper())).orElse(na));
                    }
                    for (Optional<PoissonRates.Ratio> ratio : List.of(r.ratio(), r.stratified())) {
                        if (ratio.isPresent()) {
                            PoissonRates.Ratio q = ratio.get();
                            cells.add(finite(q.ratio()));
                            cells.add(finite(q.interval().lower()));
                            cells.add(finite(q.interval().upper()));
                            cells.add(Double.toString(q.p()));
                        } else {
                            cells.addAll(List.of(na, na, na, na));
                        }
                    }
                    p.printRecord(cells);
                }
            }
            p.flush();
        });
    }

    /** A number, or {@code Inf} as R writes an infinite one. */
    private static String finite(double x) {
        return Double.isInfinite(x) ? "Inf" : Numbers.format(x);
    }
}
