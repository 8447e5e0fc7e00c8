package truce.stats;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The k-sample log-rank (Mantel–Haenszel) test of equal survival across groups, such as the levels
 * of a swept parameter. Stateless.
 *
 * <p>At each distinct collapse time {@code t} of the pooled sample, with {@code N} spells at risk
 * ({@code n_j} in group {@code j}) and {@code D} collapses ({@code d_j} in group {@code j}), group
 * {@code j} is expected to have {@code D n_j / N} collapses. With
 * {@code U_j = sum_t (d_j - D n_j / N)} (observed minus expected) and the hypergeometric covariance
 * {@code V_jl = sum_t D (N - D) / (N - 1) (n_j / N) (delta_jl - n_l / N)}, the statistic is
 * {@code U' V^-1 U} over all groups but one, chi-square with {@code k - 1} degrees of freedom
 * under the null hypothesis. For two groups it is {@code (O_1 - E_1)^2 / Var(O_1 - E_1)}. Ties
 * between a collapse and a censoring count the censored spell as at risk.
 *
 * <p>Degenerate data: a group with no spell at risk at any informative collapse time (one where
 * {@code N > 1}, {@code D < N} and another group is at risk too) contributes nothing and is left
 * out, which lowers the degrees of freedom (as R's {@code survdiff} leaves out groups with no
 * expected collapses). If fewer than two groups remain (no collapse at all, say, when every run of
 * every group survives), the data say nothing against equal survival: the result is chi-square 0
 * and p-value 1, on the nominal {@code k - 1} degrees of freedom. The remaining covariance is
 * inverted through its singular value decomposition; were it still singular (which needs delayed
 * entry, impossible when every spell starts at day 0), its generalized inverse would be used, on
 * as many degrees of freedom as its rank.
 *
 * @see "Mantel, N. (1966). Evaluation of survival data and two new rank order statistics arising
 *      in its consideration. Cancer Chemotherapy Reports 50(3), 163–170"
 * @see <a href="https://doi.org/10.2307/2344317">Peto, R. &amp; Peto, J. (1972). Asymptotically
 *      efficient rank invariant test procedures. JRSS A 135(2), 185–207</a>
 * @see "Klein, J. P. &amp; Moeschberger, M. L. (2003). Survival Analysis: Techniques for Censored and
 *      Truncated Data, 2nd ed., Springer, section 7.3 (tests for two or more samples)"
 */
public final class LogRank {

    /** Singular values below this share of the largest count as zero (a singular covariance). */
    private static final double RANK_TOLERANCE = 1e-10;

    private LogRank() {
    }

    /**
     * Tests equal survival across groups of individual spells.
     *
     * @param groups the groups, in any order (the result depends on it only through rounding); not null, at
     *        least two, each not null, non-empty and without null elements
     * @return the test result, never null
     * @throws NullPointerException if {@code groups}, a group or a spell is null
     * @throws IllegalArgumentException if there are fewer than two groups
     * @throws IllegalArgumentException if a group is empty
     */
    public static LogRankResult test(List<? extends Collection<Spell>> groups) {
        Objects.requireNonNull(groups, "groups");
        checkGroupCount(groups.size());
        LifeTable[] tables = new LifeTable[groups.size()];
        for (int j = 0; j < tables.length; j++) {
            tables[j] = LifeTable.of(groups.get(j), "group " + j);
        }
        return compute(tables);
    }

    /**
     * Tests equal survival across groups given as counts by collapse day, as
     * {@link KaplanMeier#fromCounts(long[], long, int)} takes them; equal to
     * {@link #test(List)} on the same spells. Time {@code O(k horizon + k^3)}, whatever the number
     * of runs.
     *
     * @param collapsesByDay for each group, runs that collapsed on each day {@code d} in
     *        {@code [0, horizon)}; not null, at least two arrays, each not null, of length
     *        {@code horizon}, with counts {@code >= 0}; not modified or retained
     * @param survivors for each group, runs censored at the horizon; not null, one per group,
     *        each {@code >= 0}
     * @param horizon days simulated per run, {@code >= 1}
     * @return the test result, never null
     * @throws NullPointerException if {@code collapsesByDay}, one of its arrays or {@code survivors}
     *         is null
     * @throws IllegalArgumentException if there are fewer than two groups
     * @throws IllegalArgumentException if {@code survivors.length != collapsesByDay.size()}
     * @throws IllegalArgumentException if {@code horizon < 1}
     * @throws IllegalArgumentException if an array's length is not {@code horizon}
     * @throws IllegalArgumentException if a count is negative
     * @throws IllegalArgumentException if a group has no run
     * @throws ArithmeticException if a group's number of runs overflows a {@code long}
     */
    public static LogRankResult testCounts(List<long[]> collapsesByDay, long[] survivors, int horizon) {
        Objects.requireNonNull(collapsesByDay, "collapsesByDay");
        Objects.requireNonNull(survivors, "survivors");
        checkGroupCount(collapsesByDay.size());
        if (survivors.length != collapsesByDay.size()) {
            throw new IllegalArgumentException("need one survivor count per group (" + collapsesByDay.size()
                    + "), got " + survivors.length);
        }
        LifeTable[] tables = new LifeTable[collapsesByDay.size()];
        for (int j = 0; j < tables.length; j++) {
            tables[j] = LifeTable.ofCounts(collapsesByDay.get(j), survivors[j], horizon, "collapsesByDay[" + j + "]");
        }
        return compute(tables);
    }

    private static void checkGroupCount(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("the log-rank test needs at least 2 groups, got " + k);
        }
    }

    private static LogRankResult compute(LifeTable[] tables) {
        final int k = tables.length;
        final int[] next = new int[k];
        final long[] atRisk = new long[k];
        final long[] d = new long[k];
        final long[] c = new long[k];
        final double[] share = new double[k];
        final double[] u = new double[k];
        final double[][] v = new double[k][k];
        for (int j = 0; j < k; j++) {
            atRisk[j] = tables[j].n();
        }
        while (true) {
            double t = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (next[j] < tables[j].size()) {
                    t = Math.min(t, tables[j].time(next[j]));
                }
            }
            if (t == Double.POSITIVE_INFINITY) {
                break;
            }
            long total = 0;
            long deaths = 0;
            for (int j = 0; j < k; j++) {
                d[j] = 0;
                c[j] = 0;
                if (next[j] < tables[j].size() && tables[j].time(next[j]) == t) {
                    d[j] = tables[j].events(next[j]);
                    c[j] = tables[j].censored(next[j]);
                    next[j]++;
                }
                total += atRisk[j];
                deaths += d[j];
            }
            if (deaths > 0) {
                for (int j = 0; j < k; j++) {
                    share[j] = (double) atRisk[j] / total;
                    u[j] += d[j] - deaths * share[j];
                }
                if (total > 1) {
                    final double f = deaths * (double) (total - deaths) / (total - 1);
                    for (int j = 0; j < k; j++) {
                        for (int l = 0; l < k; l++) {
                            v[j][l] += f * share[j] * ((j == l ? 1.0 : 0.0) - share[l]);
                        }
                    }
                }
            }
            for (int j = 0; j < k; j++) {
                atRisk[j] -= d[j] + c[j];
            }
        }
        return statistic(u, v);
    }

    /** {@code U' V^- U} over the informative groups but the last, with its chi-square p-value. */
    private static LogRankResult statistic(double[] u, double[][] v) {
        final int k = u.length;
        int[] kept = new int[k];
        int m = 0;
        for (int j = 0; j < k; j++) {
            if (v[j][j] > 0) { // v[j][j] == 0 forces row j of v and u[j] to 0
                kept[m++] = j;
            }
        }
        final int r = m - 1; // drop one group: the rows of v sum to 0
        if (r < 1) {
            return new LogRankResult(0.0, k - 1, 1.0);
        }
        double[][] reduced = new double[r][r];
        double[] b = new double[r];
        for (int a = 0; a < r; a++) {
            b[a] = u[kept[a]];
            for (int e = 0; e < r; e++) {
                reduced[a][e] = v[kept[a]][kept[e]];
            }
        }
        // V is symmetric positive semi-definite: U' V^- U = sum over non-zero singular values
        // s_i of (w_i . b)^2 / s_i, with w_i the singular vectors.
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(reduced));
        double[] s = svd.getSingularValues();
        RealMatrix w = svd.getU();
        double chi = 0.0;
        int df = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] > RANK_TOLERANCE * s[0]) {
                double proj = w.getColumnVector(i).dotProduct(MatrixUtils.createRealVector(b));
                chi += proj * proj / s[i];
                df++;
            }
        }
        if (df == 0) {
            return new LogRankResult(0.0, k - 1, 1.0);
        }
        chi = Math.max(0.0, chi);
        double p = 1.0 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi);
        return new LogRankResult(chi, df, Math.min(1.0, Math.max(0.0, p)));
    }
}
