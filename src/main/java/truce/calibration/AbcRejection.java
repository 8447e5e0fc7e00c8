package truce.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ABC by rejection (Pritchard et al. 1999) with regression adjustment (Beaumont, Zhang &amp;
 * Balding 2002): of parameter sets drawn from the prior and simulated, keep the share nearest the
 * observed summary, then adjust them by {@link RegressionAdjustment}.
 */
public final class AbcRejection {

    private AbcRejection() {
    }

    /**
     * The posterior sample.
     *
     * @param priors the priors, in the thetas' column order
     * @param thetas the prior draws (natural scale), one row per parameter set
     * @param summaries each draw's simulated summary
     * @param distance the distance to the observed summary
     * @param accept share of draws kept, in (0, 1]
     * @param adjust whether to adjust by regression (else the kept draws, equally weighted)
     * @return the kept (adjusted) draws
     */
    public static Population posterior(List<Prior> priors, double[][] thetas, double[][] summaries, Distance distance,
                                       double accept, boolean adjust) {
        int n = thetas.length;
        int keep = Math.max(2, (int) Math.ceil(accept * n));
        keep = Math.min(keep, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = distance.of(summaries[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // ties broken by index, so the kept set does not depend on the sort's stability
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        double[][] kept = new double[keep][];
        double[][] diffs = new double[keep][];
        double[] rho = new double[keep];
        for (int r = 0; r < keep; r++) {
            int i = order[r];
            kept[r] = thetas[i].clone();
            diffs[r] = distance.scaled(summaries[i]);
            rho[r] = Math.sqrt(d[i]);
        }
        if (!adjust) {
            double[] w = new double[keep];
            Arrays.fill(w, 1.0 / keep);
            return new Population(kept, w, rho);
        }
        return RegressionAdjustment.adjust(priors, kept, diffs, rho);
    }
}
