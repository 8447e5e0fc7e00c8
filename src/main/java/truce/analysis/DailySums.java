package truce.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import truce.batch.DayWatcher;
import truce.batch.DesignPoint;
import truce.batch.RunTask;
import truce.batch.SweepPlan;
import truce.model.DayObserver;

/**
 * The days of a sweep's runs, summed as the runs run (a {@link DayWatcher} of the sweep runner),
 * for {@link DailyMeans}: per series and day, the runs simulated that day (in force at its start),
 * those still in force at its end, and the sums and sums of squares of each state's trust and
 * escalation. No run's trajectory is kept: memory is series × days × (2 + 4 × states) numbers.
 *
 * <p>The series are those the report's Kaplan–Meier chart can group by ({@link SurvivalGroups}),
 * known before any run: each design point when there are at most {@value SurvivalGroups#MAX_GROUPS};
 * else each level of every swept parameter with 2 to {@value SurvivalGroups#MAX_GROUPS} levels,
 * or, if there is none, all runs together. Each run is added to one series per such parameter:
 * summing costs about 2% of a run's time per series, the watching itself 4% (see the README's
 * Performance section). Once the groups are chosen (from the runs' survival), {@link #means}
 * keeps theirs.
 *
 * <p>Order-free, so the same whatever the thread count or the order runs finish in: each value
 * is added as a whole number of 2<sup>-{@value #BITS}</sup> (trust and escalation lie in [0, 1],
 * so the rounding is below 3·10<sup>-8</sup>, under the 6 decimals written), and whole numbers
 * add exactly in any order. Each worker thread adds into its own sums; they are merged at the end.
 */
public final class DailySums implements DayWatcher {

    /** Fractional bits of the fixed-point sums. */
    static final int BITS = 24;
    private static final double SCALE = 1L << BITS;
    /** Sums fields per day before the per-state ones: runs simulated that day, and in force at its end. */
    private static final int AT_RISK = 0;
    private static final int IN_FORCE = 1;
    private static final int PER_STATE = 4;

    /**
     * One series' key: the {@code runs.csv} column it is a level of ({@code point}, a swept
     * parameter's path, or null for all runs) and the level.
     */
    record Key(String column, String level) {
    }

    private final List<String> states;
    private final int horizon;
    private final List<Key> keys;
    private final int[][] seriesOfPoint;
    private final List<Sums> all = new ArrayList<>();
    private final ThreadLocal<Sums> local = ThreadLocal.withInitial(this::newSums);

    /** One thread's sums. */
    private final class Sums {
        final long[] runs = new long[keys.size()];
        final long[][] days = new long[keys.size()][fields() * horizon];
        /** Today's values as whole numbers of 2^-BITS: per state, trust, its square, escalation, its square. */
        final long[] quantized = new long[PER_STATE * states.size()];
    }

    private Sums newSums() {
        Sums s = new Sums();
        synchronized (all) {
            all.add(s);
        }
        return s;
    }

    /** Sums for the runs of {@code plan}, in the series its report can group by. */
    public DailySums(SweepPlan plan) {
        this.states = List.copyOf(plan.base().states().keySet());
        this.horizon = plan.base().horizon();
        List<DesignPoint> points = plan.points();
        Map<Key, Integer> index = new LinkedHashMap<>();
        List<List<Key>> ofPoint = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            ofPoint.add(new ArrayList<>());
        }
        if (points.size() <= SurvivalGroups.MAX_GROUPS) {
            for (int p = 0; p < points.size(); p++) {
                ofPoint.get(p).add(new Key(SurvivalGroups.POINT, points.get(p).id()));
            }
        } else {
            for (String column : plan.columns()) {
                Set<String> levels = new LinkedHashSet<>();
                for (DesignPoint p : points) {
                    levels.add(p.values().getOrDefault(column, ""));
                    if (levels.size() > SurvivalGroups.MAX_GROUPS) {
                        break; // too many to group by: a sampled range has as many levels as points
                    }
                }
                if (levels.size() >= 2 && levels.size() <= SurvivalGroups.MAX_GROUPS) {
                    for (int p = 0; p < points.size(); p++) {
                        ofPoint.get(p).add(new Key(column, points.get(p).values().getOrDefault(column, "")));
                    }
                }
            }
            if (ofPoint.get(0).isEmpty()) { // no parameter to group by: the groups will be all runs together
                for (List<Key> k : ofPoint) {
                    k.add(new Key(null, ""));
                }
            }
        }
        this.seriesOfPoint = new int[points.size()][];
        Map<String, int[]> distinct = new java.util.HashMap<>(); // few distinct lists: one array each, not one a point
        for (int p = 0; p < points.size(); p++) {
            int[] series = ofPoint.get(p).stream().mapToInt(k -> index.computeIfAbsent(k, x -> index.size())).toArray();
            seriesOfPoint[p] = distinct.computeIfAbsent(java.util.Arrays.toString(series), k -> series);
        }
        this.keys = List.copyOf(index.keySet());
    }

    @Override
    public DayObserver watch(RunTask task) {
        Sums s = local.get();
        int[] series = seriesOfPoint[task.point().index()];
        for (int k : series) {
            s.runs[k]++;
        }
        int n = states.size();
        int fields = fields();
        return (day, trust, escalation, inForce) -> {
            if (day < 0 || day >= horizon) {
                return;
            }
            long[] q = s.quantized;
            for (int i = 0; i < n; i++) { // values in [0, 1]: adding 0.5 and truncating rounds to nearest
                double t = trust[i];
                double e = escalation[i];
                q[PER_STATE * i] = (long) (t * SCALE + 0.5);
                q[PER_STATE * i + 1] = (long) (t * t * SCALE + 0.5);
                q[PER_STATE * i + 2] = (long) (e * SCALE + 0.5);
                q[PER_STATE * i + 3] = (long) (e * e * SCALE + 0.5);
            }
            int at = day * fields;
            long force = inForce ? 1 : 0;
            for (int k : series) {
                long[] d = s.days[k]; // a day's fields are together: one or two cache lines per series
                d[at + AT_RISK]++;
                d[at + IN_FORCE] += force;
                for (int f = 0; f < q.length; f++) {
                    d[at + 2 + f] += q[f];
                }
            }
        };
    }

    /** Numbers summed per series and day. */
    private int fields() {
        return 2 + PER_STATE * states.size();
    }

    /**
     * The daily means of the Kaplan–Meier groups' runs, in the groups' order.
     *
     * @param groups the report's groups
     * @return the means, or null if the groups are not among the series summed (they always are
     *     when the groups were made from the same sweep's runs)
     */
    public DailyMeans means(SurvivalGroups groups) {
        long[] runs = new long[keys.size()];
        long[][] days = new long[keys.size()][fields() * horizon];
        synchronized (all) { // every run has finished: its thread's sums are complete
            for (Sums s : all) {
                for (int k = 0; k < keys.size(); k++) {
                    runs[k] += s.runs[k];
                    for (int j = 0; j < days[k].length; j++) {
                        days[k][j] += s.days[k][j];
                    }
                }
            }
        }
        List<DailyMeans.Series> series = new ArrayList<>();
        for (SurvivalGroups.Group g : groups.groups()) {
            SweepSummary.Point first = g.points().get(0);
            String level = groups.column() == null ? "" : SurvivalGroups.POINT.equals(groups.column()) ? first.id()
                    : first.values().get(groups.column());
            int k = keys.indexOf(new Key(groups.column(), level));
            if (k < 0) {
                return null;
            }
            series.add(series(g.label(), runs[k], days[k]));
        }
        return new DailyMeans(states, series);
    }

    private DailyMeans.Series series(String label, long runs, long[] d) {
        int fields = fields();
        int first = 0;
        while (first < horizon - 1 && d[first * fields + AT_RISK] == 0) {
            first++;
        }
        List<DailyMeans.Day> out = new ArrayList<>();
        for (int day = first; day < horizon; day++) {
            int at = day * fields;
            long atRisk = d[at + AT_RISK];
            List<DailyMeans.Mean> trust = new ArrayList<>();
            List<DailyMeans.Mean> escalation = new ArrayList<>();
            for (int i = 0; i < states.size(); i++) {
                int v = at + 2 + PER_STATE * i;
                trust.add(DailyMeans.Mean.of(atRisk, d[v] / SCALE, d[v + 1] / SCALE));
                escalation.add(DailyMeans.Mean.of(atRisk, d[v + 2] / SCALE, d[v + 3] / SCALE));
            }
            out.add(new DailyMeans.Day(day, runs, d[at + IN_FORCE], atRisk, trust, escalation));
        }
        return new DailyMeans.Series(label, out);
    }
}
