package truce.stats;

/**
 * Holm's (1979) step-down correction of p-values for multiple comparisons: it controls the
 * family-wise error rate as Bonferroni's does, and is uniformly more powerful. With the m
 * p-values sorted ascending, the i-th (from 1) is multiplied by {@code m - i + 1}, made
 * non-decreasing by a running maximum, and capped at 1 (as R's {@code p.adjust(p, "holm")}).
 *
 * @see <a href="https://www.jstor.org/stable/4615733">Holm, S. (1979). A simple sequentially
 *      rejective multiple test procedure. Scandinavian Journal of Statistics 6(2), 65-70</a>
 */
public final class Holm {

    private Holm() {
    }

    /**
     * Adjusts p-values.
     *
     * @param p the raw p-values, each in {@code [0, 1]}; not null; may be empty
     * @return the adjusted p-values, in the order given
     * @throws IllegalArgumentException if a p-value is NaN or outside {@code [0, 1]}
     */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value must be in [0, 1]: " + p[i]);
            }
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
