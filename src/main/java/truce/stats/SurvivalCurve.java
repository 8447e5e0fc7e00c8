package truce.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;


/**
 * A Kaplan–Meier survival curve with Greenwood variances: the product-limit estimate of
 * {@code S(t)}, the probability that a ceasefire is still in force after day {@code t}. Immutable
 * and thread-safe; made by {@link KaplanMeier}.
 *
 * <p>{@code S} is a right-continuous step function: 1 before the first collapse, dropping at each
 * collapse time, and carried forward unchanged after the last observed time (for a sweep, every
 * spell ends by the horizon, so beyond the horizon it equals its value at the horizon).
 *
 * @see KaplanMeier
 */
public final class SurvivalCurve {

    /** Tolerance for "S(t) <= 0.5" in {@link #median()}: R's {@code sqrt(.Machine$double.eps)}. */
    static final double MEDIAN_TOLERANCE = 1.4901161193847656e-8;

    // One array per column of the life table, not a list of step objects: a sweep keeps a curve
    // for each of its (up to a million) design points, and steps() is asked for rarely.
    private final double[] times;
    private final long[] collapses;
    private final long[] censored;
    private final double[] survival;
    private final double[] greenwood;
    private final long n;
    private final long events;

    /**
     * Computes the curve from a life table (events before censorings at a tied time).
     *
     * @param table the grouped spells; not null
     */
    SurvivalCurve(LifeTable table) {
        int size = table.size();
        this.times = new double[size];
        this.collapses = new long[size];
        this.censored = new long[size];
        this.survival = new double[size];
        this.greenwood = new double[size];
        long atRisk = table.n();
        long totalEvents = 0;
        double s = 1.0;
        double g = 0.0;
        for (int i = 0; i < size; i++) {
            final double t = table.time(i);
            final long d = table.events(i);
            final long c = table.censored(i);
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                // +Infinity when d == atRisk: S drops to 0 and its variance formula breaks down.
                g += (double) d / ((double) atRisk * (double) (atRisk - d));
                totalEvents += d;
            }
            new SurvivalStep(t, atRisk, d, c, s, g); // checks the step as steps() will make it
            times[i] = t;
            collapses[i] = d;
            censored[i] = c;
            survival[i] = s;
            greenwood[i] = g;
            atRisk -= d + c;
        }
        this.n = table.n();
        this.events = totalEvents;
    }

    /**
     * The life table.
     *
     * @return one step per distinct time at which a spell collapsed or was censored, in ascending
     *         time; unmodifiable, never null or empty
     */
    public List<SurvivalStep> steps() {
        List<SurvivalStep> rows = new ArrayList<>(times.length);
        long atRisk = n;
        for (int i = 0; i < times.length; i++) {
            rows.add(new SurvivalStep(times[i], atRisk, collapses[i], censored[i], survival[i], greenwood[i]));
            atRisk -= collapses[i] + censored[i];
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The Kaplan–Meier estimate {@code S(t)}.
     *
     * @param t time in days; any value that is not NaN (before the first collapse, including
     *        negative times, the estimate is 1; after the last observed time, the last value)
     * @return the share of ceasefires estimated to be still in force after day {@code t}, in
     *         {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public double survivalAt(double t) {
        int i = indexAt(t);
        return i < 0 ? 1.0 : survival[i];
    }

    /**
     * The standard error of {@code S(t)} by Greenwood's formula, {@code S(t) sqrt(G(t))}, where
     * {@code G(t)} is the sum over collapse times {@code t_i <= t} of {@code d_i / (n_i (n_i - d_i))}.
     *
     * @param t time in days, not NaN
     * @return the standard error, {@code >= 0}; 0 before the first collapse and once {@code S}
     *         has reached 0 (the estimate is then 0 with no estimable spread)
     * @throws IllegalArgumentException if {@code t} is NaN
     * @see "Greenwood, M. (1926). The natural duration of cancer. Reports on Public Health and
     *      Medical Subjects 33, HMSO, London"
     */
    public double standardErrorAt(double t) {
        int i = indexAt(t);
        if (i < 0 || survival[i] == 0.0) {
            return 0.0;
        }
        return survival[i] * Math.sqrt(greenwood[i]);
    }

    /**
     * A pointwise confidence interval for {@code S(t)}, built as R's {@code survfit} builds it
     * with {@code conf.type} {@code type} from Greenwood's standard error of {@code log S(t)},
     * {@code sqrt(G(t))} (see {@link ConfidenceType}). Before the first collapse ({@code S = 1})
     * the interval is {@code [1, 1]}; once every spell at risk has collapsed ({@code S = 0}) there
     * is none, as R gives {@code NA}.
     *
     * @param t time in days, not NaN
     * @param level confidence level, strictly between 0 and 1 (0.95 for 95%)
     * @param type how the interval is built; not null
     * @return the interval, with both bounds in {@code [0, 1]} and containing {@code S(t)}; empty
     *         where {@code S(t) = 0}
     * @throws IllegalArgumentException if {@code t} is NaN
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     * @see <a href="https://doi.org/10.1007/978-1-4419-6646-9">Kleinbaum, D. G. &amp; Klein, M. (2012).
     *      Survival Analysis: A Self-Learning Text, 3rd ed., Springer, chapter 2 (Greenwood's
     *      formula and the pointwise interval)</a>
     */
    public Optional<Interval> intervalAt(double t, double level, ConfidenceType type) {
        Interval.checkLevel(level);
        java.util.Objects.requireNonNull(type, "type");
        int i = indexAt(t);
        if (i < 0) {
            return Optional.of(new Interval(1.0, 1.0, level));
        }
        return type.interval(survival[i], Math.sqrt(greenwood[i]), level);
    }

    /**
     * The median survival time as R's {@code survfit} reports it: the first time {@code t} with
     * {@code S(t) <= 0.5} (up to a tolerance of {@value #MEDIAN_TOLERANCE}, R's
     * {@code sqrt(.Machine$double.eps)}); but if {@code S} sits at exactly 0.5 from there and
     * drops later, the average of that time and the time of the next drop.
     *
     * @return the median in days, or empty if the curve never falls to 0.5 ("not reached", as
     *         when more than half of the ceasefires outlast the horizon; R's {@code NA})
     */
    public OptionalDouble median() {
        for (int i = 0; i < survival.length; i++) {
            if (survival[i] < 0.5 + MEDIAN_TOLERANCE) {
                if (Math.abs(survival[i] - 0.5) < MEDIAN_TOLERANCE) {
                    for (int j = i + 1; j < survival.length; j++) {
                        if (survival[j] < survival[i]) {
                            return OptionalDouble.of((times[i] + times[j]) / 2.0);
                        }
                    }
                }
                return OptionalDouble.of(times[i]);
            }
        }
        return OptionalDouble.empty();
    }

    /** @return number of spells the curve was estimated from, {@code >= 1} */
    public long n() {
        return n;
    }

    /** @return number of collapses (events) among them, in {@code [0, n()]} */
    public long events() {
        return events;
    }

    /**
     * The times at which spells were censored, for censoring marks on charts.
     *
     * @return the distinct censoring times in days, ascending; unmodifiable, never null, empty if no
     *         spell was censored
     */
    public List<Double> censorTimes() {
        List<Double> censoring = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (censored[i] > 0) {
                censoring.add(times[i]);
            }
        }
        return Collections.unmodifiableList(censoring);
    }

    /** Index of the last step with time {@code <= t}, or -1 if none. */
    private int indexAt(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time must not be NaN");
        }
        int i = Arrays.binarySearch(times, t + 0.0); // -0.0 searches as 0.0
        return i >= 0 ? i : -i - 2;
    }

    /** Two curves are equal when they have the same steps (and hence the same estimates). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SurvivalCurve other && n == other.n && steps().equals(other.steps()));
    }

    @Override
    public int hashCode() {
        return steps().hashCode();
    }

    @Override
    public String toString() {
        OptionalDouble m = median();
        return "SurvivalCurve[n=" + n + ", events=" + events + ", steps=" + times.length + ", median="
                + (m.isPresent() ? m.getAsDouble() : "not reached") + "]";
    }
}
