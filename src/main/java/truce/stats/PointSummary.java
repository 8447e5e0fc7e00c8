package truce.stats;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the runs of one design point say about the ceasefire: one row of {@code summary.csv}
 * (the README, "Sweeps"). Immutable; made by {@link PointAccumulator#snapshot()}.
 *
 * <p>A sweep keeps one for each of up to a million design points until its report is written, so
 * it holds only the point's runs counted by collapse day ({@link DayCounts}) and its means (one
 * {@code double[]}); the Wilson interval and the Kaplan–Meier curve are computed from them again
 * when asked, and equal what the counts gave when they were computed once and kept.
 */
public final class PointSummary {

    /** Confidence level of {@link #survival()} and {@link #kmIntervalAt(int, ConfidenceType)}. */
    public static final double LEVEL = 0.95;

    /** The runs by collapse day; those still in force at the horizon are the survivals. */
    private final DayCounts collapses;
    private final DoubleArrayMap means;

    /**
     * @param collapses the runs by collapse day (one way of ending), survivors going at the horizon
     * @param means mean of each other outcome over the runs, by outcome name, in the order the names
     *        were first seen; not null, no null key or value; stored as an unmodifiable copy
     * @throws NullPointerException if an argument, or a key or value of {@code means}, is null
     */
    PointSummary(DayCounts collapses, Map<String, Double> means) {
        this.collapses = Objects.requireNonNull(collapses, "collapses");
        this.means = DoubleArrayMap.copyOf(Objects.requireNonNull(means, "means"));
    }

    /** @return number of runs, {@code >= 1} */
    public long n() {
        return collapses.n();
    }

    /** @return runs whose ceasefire was still in force at the horizon, in {@code [0, n]} */
    public long survivals() {
        return collapses.going();
    }

    /**
     * @return the Wilson 95% interval of the proportion {@code survivals / n} (see
     *     {@link Proportions#wilson(long, long, double)})
     */
    public Interval survival() {
        return Proportions.wilson(survivals(), n(), LEVEL);
    }

    /**
     * @return the Kaplan–Meier curve of the collapse day, survivors censored at the horizon, with
     *     {@code km().n() == n()}
     */
    public SurvivalCurve km() {
        return collapses.kaplanMeier();
    }

    /**
     * @return mean of each other outcome over the runs, by outcome name, in the order the names were
     *     first seen; unmodifiable
     */
    public Map<String, Double> means() {
        return means;
    }

    /** @return {@code survivals / n}, the share of runs that survived to the horizon */
    public double survivalProportion() {
        return (double) survivals() / n();
    }

    /**
     * Kaplan–Meier survival at a day: the estimated share of ceasefires still in force after that
     * day's collapse check (a collapse on {@code day} counts as not surviving it). Days at or beyond
     * the horizon give the value at the horizon, which with no censoring before it equals
     * {@link #survivalProportion()}.
     *
     * @param day day since the ceasefire started (for example 30, 90, 180 or 365), {@code >= 0}
     * @return {@code S(day)} in {@code [0, 1]}, never NaN
     * @throws IllegalArgumentException if {@code day < 0}
     */
    public double kmAt(int day) {
        return km().survivalAt(checkDay(day));
    }

    /**
     * The 95% interval of {@link #kmAt(int)}, built as R's {@code survfit} builds it with
     * {@code conf.type} {@code type} (see {@link SurvivalCurve#intervalAt(double, double, ConfidenceType)}).
     *
     * @param day day since the ceasefire started, {@code >= 0}; beyond the horizon, the interval at
     *        the horizon
     * @param type how the interval is built; not null
     * @return the interval, bounds in {@code [0, 1]}; empty where the estimate is 0 (R's {@code NA})
     * @throws IllegalArgumentException if {@code day < 0}
     */
    public java.util.Optional<Interval> kmIntervalAt(int day, ConfidenceType type) {
        return km().intervalAt(checkDay(day), LEVEL, type);
    }

    /**
     * Median collapse day, by R's {@code survfit} rule (see {@link SurvivalCurve#median()}).
     *
     * @return the day, or empty if more than half survive the horizon ("not reached")
     */
    public OptionalDouble medianCollapseDay() {
        return km().median();
    }

    private static int checkDay(int day) {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0: " + day);
        }
        return day;
    }

    /** Two summaries are equal when they count the same runs by collapse day and have the same means. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PointSummary p && collapses.equals(p.collapses) && means.equals(p.means));
    }

    @Override
    public int hashCode() {
        return 31 * collapses.hashCode() + means.hashCode();
    }

    @Override
    public String toString() {
        return "PointSummary[n=" + n() + ", survivals=" + survivals() + ", means=" + means + "]";
    }
}
