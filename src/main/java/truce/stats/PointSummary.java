package truce.stats;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the runs of one design point say about the ceasefire: one row of {@code summary.csv}
 * (the README, "Sweeps"). Immutable; made by {@link PointAccumulator#snapshot()}.
 *
 * @param n number of runs, {@code >= 1}
 * @param survivals runs whose ceasefire was still in force at the horizon, in {@code [0, n]}
 * @param survival Wilson 95% interval of the proportion {@code survivals / n} (see
 *        {@link Proportions#wilson(long, long, double)}); not null
 * @param km Kaplan–Meier curve of the collapse day, survivors censored at the horizon; not null,
 *        with {@code km.n() == n}
 * @param means mean of each other outcome over the runs, by outcome name, in the order the names
 *        were first seen; not null, no null key or value; stored as an unmodifiable copy
 */
public record PointSummary(long n, long survivals, Interval survival, SurvivalCurve km, Map<String, Double> means) {

    /** Confidence level of {@link #survival()} and {@link #kmIntervalAt(int, ConfidenceType)}. */
    public static final double LEVEL = 0.95;

    /**
     * Checks the counts and copies the means.
     *
     * @throws NullPointerException if {@code survival}, {@code km} or {@code means}, or a key or
     *         value of {@code means}, is null
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws IllegalArgumentException if {@code survivals} is not in {@code [0, n]}
     * @throws IllegalArgumentException if {@code km.n() != n}
     */
    public PointSummary {
        Objects.requireNonNull(survival, "survival");
        Objects.requireNonNull(km, "km");
        Objects.requireNonNull(means, "means");
        if (n < 1) {
            throw new IllegalArgumentException("number of runs must be >= 1: " + n);
        }
        if (survivals < 0 || survivals > n) {
            throw new IllegalArgumentException("survivals must be in [0, " + n + "]: " + survivals);
        }
        if (km.n() != n) {
            throw new IllegalArgumentException("Kaplan-Meier curve has " + km.n() + " runs, summary has " + n);
        }
        means = ArrayMap.copyOf(means); // a sweep keeps one a design point: arrays, not a LinkedHashMap
    }

    /** @return {@code survivals / n}, the share of runs that survived to the horizon */
    public double survivalProportion() {
        return (double) survivals / n;
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
        return km.survivalAt(checkDay(day));
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
        return km.intervalAt(checkDay(day), LEVEL, type);
    }

    /**
     * Median collapse day, by R's {@code survfit} rule (see {@link SurvivalCurve#median()}).
     *
     * @return the day, or empty if more than half survive the horizon ("not reached")
     */
    public OptionalDouble medianCollapseDay() {
        return km.median();
    }

    private static int checkDay(int day) {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0: " + day);
        }
        return day;
    }
}
