package truce.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * Streaming accumulator of one design point's run outcomes, for sweeps of any size: it keeps
 * counts of runs by collapse day and running moments of the other outcomes, so its memory is
 * {@code O(horizon + number of outcomes)} whatever the number of runs. Not thread-safe (one
 * accumulator per design point, fed by one thread, or guarded by the caller);
 * {@link #snapshot()} returns an immutable summary that later additions do not change.
 */
public final class PointAccumulator {

    private final int horizon;
    private final long[] collapsesByDay;
    private long survivors;
    private long n;
    /** Outcome names in first-seen order, fixed by the first run; null before it. */
    private List<String> names;
    private final Map<String, Mean> stats = new LinkedHashMap<>();
    /** The names as an array, shared by every snapshot's means; null before the first run. */
    private String[] keys;

    /**
     * An empty accumulator.
     *
     * @param horizon days simulated per run ({@code 0 .. horizon-1}), {@code >= 1}
     * @throws IllegalArgumentException if {@code horizon < 1}
     */
    public PointAccumulator(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day: " + horizon);
        }
        this.horizon = horizon;
        this.collapsesByDay = new long[horizon];
    }

    /**
     * An empty accumulator whose runs carry these outcome names: the snapshots' means share the
     * array, so a sweep's design points (an accumulator each) share one, not one a point.
     *
     * @param horizon days simulated per run ({@code 0 .. horizon-1}), {@code >= 1}
     * @param names the outcome names every run must carry, distinct, in the order of the means;
     *     shared, not copied: the caller must not change the array
     * @throws IllegalArgumentException if {@code horizon < 1}
     * @throws NullPointerException if {@code names} or a name is null
     */
    public PointAccumulator(int horizon, String[] names) {
        this(horizon);
        fixNames(names);
    }

    /** Fixes the outcome names every run must carry: the array is shared by every snapshot's means. */
    private void fixNames(String[] fixed) {
        names = List.of(fixed);
        for (String name : fixed) {
            stats.put(name, new Mean());
        }
        keys = fixed;
    }

    /** @return days simulated per run, as given to the constructor */
    public int horizon() {
        return horizon;
    }

    /** @return runs added so far, {@code >= 0} */
    public long n() {
        return n;
    }

    /**
     * Adds one run. The run is validated in full before anything is recorded, so a rejected run
     * leaves the accumulator unchanged.
     *
     * @param survived whether the ceasefire was still in force at the horizon
     * @param collapseDay day of collapse, in {@code [0, horizon)} if it collapsed; equal to the
     *        horizon if it survived (as in {@code truce.model.RunOutcome})
     * @param otherOutcomes other outcomes of the run by name (attacks, casualties, ...); not null,
     *        no null value, finite values; every run must carry the same names as the first (in
     *        any order); may be empty; not retained
     * @throws IllegalArgumentException if {@code survived} and {@code collapseDay != horizon}
     * @throws IllegalArgumentException if not {@code survived} and {@code collapseDay} is not in
     *         {@code [0, horizon)}
     * @throws NullPointerException if {@code otherOutcomes}, one of its names or one of its values is null
     * @throws IllegalArgumentException if the outcome names differ from those of the first run
     * @throws IllegalArgumentException if an outcome value is NaN or infinite
     */
    public void add(boolean survived, int collapseDay, Map<String, Double> otherOutcomes) {
        if (survived && collapseDay != horizon) {
            throw new IllegalArgumentException("a run that survived must report the horizon (" + horizon
                    + ") as its collapse day, got " + collapseDay);
        }
        if (!survived && (collapseDay < 0 || collapseDay >= horizon)) {
            throw new IllegalArgumentException("collapse day must be in [0, " + horizon + "): " + collapseDay);
        }
        Objects.requireNonNull(otherOutcomes, "otherOutcomes");
        for (Map.Entry<String, Double> e : otherOutcomes.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "outcome name");
            Double value = Objects.requireNonNull(e.getValue(), () -> "outcome " + name);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("outcome " + name + " must be finite: " + value);
            }
        }
        if (names == null) {
            fixNames(otherOutcomes.keySet().toArray(new String[0]));
        } else if (otherOutcomes.size() != names.size() || !stats.keySet().containsAll(otherOutcomes.keySet())) {
            throw new IllegalArgumentException("every run must report the outcomes " + names + ", got "
                    + otherOutcomes.keySet());
        }
        for (Map.Entry<String, Double> e : otherOutcomes.entrySet()) {
            stats.get(e.getKey()).increment(e.getValue());
        }
        if (survived) {
            survivors++;
        } else {
            collapsesByDay[collapseDay]++;
        }
        n++;
    }

    /**
     * The summary of the runs added so far: Wilson 95% interval of survival to the horizon,
     * Kaplan–Meier curve (survivors censored at the horizon) and the mean of each other outcome.
     * Time {@code O(horizon + number of outcomes)}.
     *
     * @return an immutable summary, never null; unaffected by later calls to {@link #add}
     * @throws IllegalStateException if no run has been added
     * @throws IllegalArgumentException if more than {@code Integer.MAX_VALUE} runs were added (the
     *         limit of the Wilson interval in Commons Math)
     */
    public PointSummary snapshot() {
        if (n == 0) {
            throw new IllegalStateException("no run added yet");
        }
        if (n > Integer.MAX_VALUE) { // the limit of the Wilson interval the summary gives
            throw new IllegalArgumentException("number of runs must be <= " + Integer.MAX_VALUE + ": " + n);
        }
        double[] means = new double[stats.size()];
        int i = 0;
        for (Mean s : stats.values()) {
            means[i++] = s.getResult();
        }
        return new PointSummary(DayCounts.of(new long[][] {collapsesByDay}, survivors, horizon),
                DoubleArrayMap.of(keys, means));
    }
}
