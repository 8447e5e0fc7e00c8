package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import truce.files.AtomicFiles;
import truce.batch.Numbers;
import truce.stats.KaplanMeier;
import truce.stats.LogRank;
import truce.stats.LogRankResult;
import truce.stats.PointSummary;
import truce.stats.SurvivalCurve;
import truce.stats.SurvivalStep;

/**
 * The runs of a sweep in groups for Kaplan–Meier curves, with the log-rank test across them:
 * by design point when there are at most {@value #MAX_GROUPS}; else by the level of the swept
 * parameter that splits survival most (the largest log-rank statistic), pooled over the other
 * parameters; else all runs in one group. Written as {@value #FILE} so that the test can be
 * checked against R's {@code survdiff}.
 *
 * @param column the {@code runs.csv} column the groups are levels of ({@code point} or a swept
 *        parameter's path), or null for all runs in one group
 * @param groups the groups, in level order; at least one
 * @param logRank the log-rank test across the groups, or null for a single group
 * @param pointsPerGroup design points pooled in each group (1 when grouped by point)
 */
public record SurvivalGroups(String column, List<Group> groups, LogRankResult logRank, int pointsPerGroup) {

    /** File name in a results folder. */
    public static final String FILE = "logrank.csv";
    private static final org.apache.commons.csv.CSVFormat CSV =
            org.apache.commons.csv.CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    /** The {@link #column()} of groups that are design points. */
    public static final String POINT = "point";
    /** The most curves one chart takes. */
    public static final int MAX_GROUPS = 8;

    /**
     * One group of runs.
     *
     * @param label its name on a chart, e.g. {@code militants.ttp.attackRate = 1.2}
     * @param km its Kaplan–Meier curve
     * @param points the design points it pools
     * @param curve the curve as drawn: steps with their intervals, censor marks, risk table
     * @param spread when it pools several design points, the lowest and highest of their own
     *     curves day by day; else null
     */
    public record Group(String label, SurvivalCurve km, List<SweepSummary.Point> points, KmCurve curve,
                        KmSpread spread) {
        public Group {
            points = List.copyOf(points);
        }
    }

    public SurvivalGroups {
        groups = List.copyOf(groups);
    }

    /** Whether a group pools several design points (whose spread a pooled curve hides). */
    public boolean pooled() {
        return pointsPerGroup > 1;
    }

    /** Groups the runs of a sweep (see the class comment). */
    public static SurvivalGroups of(SweepSummary summary, List<SweptParameter> parameters) {
        return of(summary, parameters, SweepSummary.Point::stats);
    }

    /**
     * Groups the runs of a sweep by the survival of one of its ceasefires (a scenario with a
     * {@code ceasefires:} section).
     *
     * @param key the ceasefire's key
     */
    public static SurvivalGroups ofCeasefire(SweepSummary summary, List<SweptParameter> parameters, String key) {
        return of(summary, parameters, p -> p.ceasefires().get(key));
    }

    private static SurvivalGroups of(SweepSummary summary, List<SweptParameter> parameters,
                                     Function<SweepSummary.Point, PointSummary> stats) {
        int horizon = summary.manifest().horizon();
        if (summary.points().size() <= MAX_GROUPS) {
            return group(summary, POINT, SurvivalGroups::pointLabel, horizon, stats);
        }
        SurvivalGroups best = null;
        for (SweptParameter x : parameters) {
            if (x.levels().size() < 2 || x.levels().size() > MAX_GROUPS) {
                continue;
            }
            SurvivalGroups g = group(summary, x.path(), p -> x.title() + " = " + p.values().get(x.path()), horizon,
                    stats);
            if (best == null || g.logRank().chiSquare() > best.logRank().chiSquare()) {
                best = g;
            }
        }
        return best != null ? best : group(summary, null, p -> "all runs", horizon, stats);
    }

    private static SurvivalGroups group(SweepSummary summary, String column, Function<SweepSummary.Point, String> key,
                                        int horizon, Function<SweepSummary.Point, PointSummary> stats) {
        Map<String, List<SweepSummary.Point>> members = new LinkedHashMap<>();
        for (SweepSummary.Point p : summary.points()) {
            members.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        List<Group> groups = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        long[] survivors = new long[members.size()];
        int most = 0;
        for (Map.Entry<String, List<SweepSummary.Point>> e : members.entrySet()) {
            long[] byDay = new long[horizon];
            long collapsed = 0;
            long n = 0;
            for (SweepSummary.Point p : e.getValue()) {
                collapsed += addCollapses(stats.apply(p).km(), byDay);
                n += stats.apply(p).n();
            }
            survivors[groups.size()] = n - collapsed;
            counts.add(byDay);
            SurvivalCurve km = KaplanMeier.fromCounts(byDay, n - collapsed, horizon);
            groups.add(new Group(e.getKey(), km, e.getValue(), KmCurve.of(e.getKey(), km, horizon, summary.ciType()),
                    e.getValue().size() > 1 ? KmSpread.of(e.getValue().stream().map(p -> stats.apply(p).km()).toList(),
                            horizon) : null));
            most = Math.max(most, e.getValue().size());
        }
        LogRankResult test = groups.size() < 2 ? null : LogRank.testCounts(counts, survivors, horizon);
        return new SurvivalGroups(column, groups, test, most);
    }

    /** Adds a curve's collapses by day into {@code counts}; returns how many runs collapsed. */
    static long addCollapses(SurvivalCurve km, long[] counts) {
        long total = 0;
        for (SurvivalStep st : km.steps()) {
            if (st.events() > 0) {
                counts[(int) st.time()] += st.events();
                total += st.events();
            }
        }
        return total;
    }

    /** A design point's values as a label, e.g. {@code a = 1, b = x}. */
    public static String pointLabel(SweepSummary.Point p) {
        return p.values().isEmpty() ? "all runs" : String.join(", ", p.values().entrySet().stream()
                .map(e -> AxisTitles.of(e.getKey()) + " = " + e.getValue()).toList());
    }

    /**
     * Writes {@value #FILE} atomically: the column the groups are levels of, their number, and the
     * log-rank chi-square, degrees of freedom and p-value ({@code NA} for a single group).
     */
    public void write(Path dir) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, CSV);
            p.printRecord("grouped_by", "groups", "chisq", "df", "p");
            String na = SweepSummary.MISSING;
            p.printRecord(column == null ? na : column, groups.size(),
                    logRank == null ? na : Numbers.format(logRank.chiSquare()),
                    logRank == null ? na : Integer.toString(logRank.degreesOfFreedom()),
                    logRank == null ? na : Double.toString(logRank.pValue()));
            p.flush();
        });
    }
}
