package truce.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Aalen–Johansen estimator of cumulative incidence under competing risks: the probability
 * {@code F_k(t)} that a ceasefire has ended by day {@code t} in way {@code k} (breakdown,
 * settlement, expiry), when the ways compete (an ending of one kind prevents the others).
 * Stateless.
 *
 * <p>At each distinct time {@code t_i} with {@code n_i} spells at risk, {@code d_ki} endings of
 * kind {@code k} and {@code d_i = sum_k d_ki}: {@code S(t) = prod_{t_i <= t} (1 - d_i / n_i)} (the
 * all-cause Kaplan–Meier estimate, the probability of being still in force) and
 * {@code F_k(t) = sum_{t_i <= t} S(t_i-) d_ki / n_i}; so {@code S + sum_k F_k = 1}. Censored spells
 * are at risk at their own time. For one kind of ending, {@code F = 1 - S}. This is what R's
 * {@code survfit(Surv(time, factor(status)) ~ 1)} computes for a single starting state.
 *
 * <p>Variance: the infinitesimal jackknife, as R's multi-state {@code survfit} gives it (its
 * only method there): {@code Var F_k(t) = sum_j U_jk(t)^2}, where {@code U_jk(t)} is the
 * derivative of {@code F_k(t)} with respect to the weight of spell {@code j}. Spells with the same
 * time and ending have the same influence, and after its own time a spell's influence moves
 * linearly with {@code S} and {@code F_k}, so the sum takes {@code O(times x kinds)} whatever the
 * number of spells.
 *
 * @see <a href="https://www.jstor.org/stable/4615704">Aalen, O. O. &amp; Johansen, S. (1978). An
 *      empirical transition matrix for non-homogeneous Markov chains based on censored
 *      observations. Scandinavian Journal of Statistics 5(3), 141–150</a>
 * @see <a href="https://doi.org/10.1002/sim.2712">Putter, H., Fiocco, M. &amp; Geskus, R. B. (2007).
 *      Tutorial in biostatistics: competing risks and multi-state models. Statistics in Medicine
 *      26, 2389–2430</a>
 * @see "Therneau, T. M. (2023). The survival package: multi-state models and competing risks
 *      (vignette 'compete'), and the survfit documentation on the infinitesimal jackknife"
 */
public final class AalenJohansen {

    private AalenJohansen() {
    }

    /**
     * Estimates the cumulative incidence of each kind of ending from individual spells.
     *
     * @param spells one spell per run, in any order; not null, no null element, at least one
     * @param causes the number of kinds of ending, {@code K >= 1}; every spell's cause is in
     *        {@code [0, K]}
     * @return the estimate, never null
     * @throws NullPointerException if {@code spells} or one of its elements is null
     * @throws IllegalArgumentException if {@code spells} is empty, {@code causes < 1}, or a cause
     *         exceeds {@code causes}
     */
    public static CumulativeIncidence estimate(Collection<CompetingSpell> spells, int causes) {
        Objects.requireNonNull(spells, "spells");
        checkCauses(causes);
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("spells must hold at least one spell");
        }
        List<CompetingSpell> sorted = new ArrayList<>(spells);
        for (CompetingSpell s : sorted) {
            Objects.requireNonNull(s, "spells must not contain null");
            if (s.cause() > causes) {
                throw new IllegalArgumentException("cause " + s.cause() + " beyond the " + causes + " kinds of ending");
            }
        }
        sorted.sort(Comparator.comparingDouble(CompetingSpell::time));
        int size = sorted.size();
        double[] t = new double[size];
        long[][] d = new long[causes + 1][size];
        int k = -1;
        for (CompetingSpell s : sorted) {
            if (k < 0 || s.time() != t[k]) {
                t[++k] = s.time();
            }
            d[s.cause()][k]++;
        }
        int distinct = k + 1;
        long[][] counts = new long[causes + 1][];
        for (int c = 0; c <= causes; c++) {
            counts[c] = Arrays.copyOf(d[c], distinct);
        }
        return new CumulativeIncidence(Arrays.copyOf(t, distinct), counts);
    }

    /**
     * Estimates from counts of runs by day and kind of ending, as a sweep accumulates them:
     * {@code endingsByDay[k - 1][d]} runs ended in way {@code k} on day {@code d}, and
     * {@code inForce} runs were still in force at the horizon (censored there). Equal to
     * {@link #estimate(Collection, int)} on the same spells. Time and memory
     * {@code O(K horizon)}, whatever the number of runs.
     *
     * @param endingsByDay for each kind of ending, runs that ended that way on each day
     *        {@code [0, horizon)}; not null, at least one array, each of length {@code horizon} with
     *        counts {@code >= 0}; not modified or retained
     * @param inForce runs still in force at the horizon, {@code >= 0}
     * @param horizon days simulated per run, {@code >= 1}
     * @return the estimate, never null
     * @throws NullPointerException if {@code endingsByDay} or one of its arrays is null
     * @throws IllegalArgumentException if there is no kind of ending, an array's length is not
     *         {@code horizon}, a count is negative, or there is no run at all
     */
    public static CumulativeIncidence fromCounts(long[][] endingsByDay, long inForce, int horizon) {
        Objects.requireNonNull(endingsByDay, "endingsByDay");
        checkCauses(endingsByDay.length);
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day: " + horizon);
        }
        if (inForce < 0) {
            throw new IllegalArgumentException("runs in force must be >= 0: " + inForce);
        }
        int causes = endingsByDay.length;
        long total = inForce;
        boolean[] used = new boolean[horizon];
        for (int c = 0; c < causes; c++) {
            long[] a = Objects.requireNonNull(endingsByDay[c], "endingsByDay[" + c + "]");
            if (a.length != horizon) {
                throw new IllegalArgumentException("endingsByDay[" + c + "] must have one count per day of the horizon ("
                        + horizon + "), has " + a.length);
            }
            for (int day = 0; day < horizon; day++) {
                if (a[day] < 0) {
                    throw new IllegalArgumentException("endingsByDay[" + c + "][" + day + "] must be >= 0: " + a[day]);
                }
                if (a[day] > 0) {
                    used[day] = true;
                    total = Math.addExact(total, a[day]);
                }
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("endingsByDay must count at least one run");
        }
        int distinct = inForce > 0 ? 1 : 0;
        for (boolean u : used) {
            distinct += u ? 1 : 0;
        }
        double[] t = new double[distinct];
        long[][] counts = new long[causes + 1][distinct];
        int i = 0;
        for (int day = 0; day < horizon; day++) {
            if (used[day]) {
                t[i] = day;
                for (int c = 0; c < causes; c++) {
                    counts[c + 1][i] = endingsByDay[c][day];
                }
                i++;
            }
        }
        if (inForce > 0) {
            t[i] = horizon;
            counts[0][i] = inForce;
        }
        return new CumulativeIncidence(t, counts);
    }

    private static void checkCauses(int causes) {
        if (causes < 1) {
            throw new IllegalArgumentException("need at least one kind of ending, got " + causes);
        }
    }
}
