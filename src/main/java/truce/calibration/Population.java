package truce.calibration;

/**
 * Weighted parameter sets: an ABC posterior sample, or one generation of ABC-SMC.
 *
 * @param thetas one row per particle, the parameters in the priors' order, in their natural scale
 * @param weights normalised weights (summing to 1), one per particle
 * @param distances each particle's distance to the observed summary
 */
public record Population(double[][] thetas, double[] weights, double[] distances) {

    public Population {
        if (thetas.length != weights.length || thetas.length != distances.length || thetas.length == 0) {
            throw new IllegalArgumentException("one weight and one distance per particle, at least one particle");
        }
    }

    /** Number of particles. */
    public int size() {
        return thetas.length;
    }

    /** Effective sample size, {@code 1 / sum w^2}. */
    public double effectiveSize() {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return 1 / s;
    }

    /** Weights scaled to sum to 1. */
    static double[] normalise(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    /** The weighted mean of parameter {@code j}. */
    public double mean(int j) {
        double m = 0;
        for (int i = 0; i < size(); i++) {
            m += weights[i] * thetas[i][j];
        }
        return m;
    }

    /** The weighted standard deviation of parameter {@code j}. */
    public double sd(int j) {
        double m = mean(j);
        double v = 0;
        for (int i = 0; i < size(); i++) {
            v += weights[i] * (thetas[i][j] - m) * (thetas[i][j] - m);
        }
        return Math.sqrt(v);
    }

    /** The weighted quantile {@code q} of parameter {@code j} (the smallest value with cumulative weight >= q). */
    public double quantile(int j, double q) {
        Integer[] order = new Integer[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(thetas[a][j], thetas[b][j]));
        double cum = 0;
        for (int i : order) {
            cum += weights[i];
            if (cum >= q - 1e-12) {
                return thetas[i][j];
            }
        }
        return thetas[order[order.length - 1]][j];
    }
}
