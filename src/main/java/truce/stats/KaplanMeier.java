package truce.stats;

import java.util.Collection;

/**
 * The Kaplan–Meier (product-limit) estimator of ceasefire survival, with Greenwood's variance.
 * Stateless.
 *
 * <p>At each distinct time {@code t_i} with {@code n_i} spells at risk (time {@code >= t_i}) and
 * {@code d_i} collapses, {@code S(t) = prod_{t_i <= t} (1 - d_i / n_i)}. At a time with both
 * collapses and censorings, the collapses come first: the spells censored at {@code t_i} are
 * still at risk at {@code t_i}.
 *
 * @see <a href="https://doi.org/10.1080/01621459.1958.10501452">Kaplan, E. L. &amp; Meier, P. (1958).
 *      Nonparametric estimation from incomplete observations. JASA 53(282), 457–481</a>
 * @see "Greenwood, M. (1926). The natural duration of cancer. Reports on Public Health and Medical
 *      Subjects 33, HMSO, London"
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * Estimates the survival curve from individual spells. Time {@code O(n log n)}, memory
     * {@code O(n)}; for millions of runs use {@link #fromCounts(long[], long, int)}.
     *
     * @param spells one spell per run, in any order; not null, no null element, at least one
     * @return the curve, never null
     * @throws NullPointerException if {@code spells} or one of its elements is null
     * @throws IllegalArgumentException if {@code spells} is empty
     */
    public static SurvivalCurve estimate(Collection<Spell> spells) {
        return new SurvivalCurve(LifeTable.of(spells, "spells"));
    }

    /**
     * Estimates the survival curve from counts of runs by collapse day, as a sweep accumulates
     * them: for each day {@code d} in {@code [0, horizon)}, {@code collapsesByDay[d]} runs collapsed
     * on day {@code d} (events at time {@code d}), and {@code survivors} runs were still in force at
     * the horizon (censored at time {@code horizon}). Equal to {@link #estimate(Collection)} on the
     * same spells. Time and memory {@code O(horizon)}, whatever the number of runs.
     *
     * @param collapsesByDay runs that collapsed on each day; not null, length {@code horizon},
     *        every count {@code >= 0}; not modified or retained
     * @param survivors runs that survived to the horizon, {@code >= 0}
     * @param horizon days simulated per run ({@code 0 .. horizon-1}), {@code >= 1}
     * @return the curve, never null
     * @throws NullPointerException if {@code collapsesByDay} is null
     * @throws IllegalArgumentException if {@code horizon < 1}
     * @throws IllegalArgumentException if {@code collapsesByDay.length != horizon}
     * @throws IllegalArgumentException if a count or {@code survivors} is negative
     * @throws IllegalArgumentException if there is no run at all (all counts and {@code survivors} 0)
     * @throws ArithmeticException if the number of runs overflows a {@code long}
     */
    public static SurvivalCurve fromCounts(long[] collapsesByDay, long survivors, int horizon) {
        return new SurvivalCurve(LifeTable.ofCounts(collapsesByDay, survivors, horizon, "collapsesByDay"));
    }
}
