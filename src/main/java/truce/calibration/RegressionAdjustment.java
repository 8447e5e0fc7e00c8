package truce.calibration;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Local-linear regression adjustment of accepted ABC samples (Beaumont, Zhang &amp; Balding 2002,
 * Genetics 162:2025): each accepted parameter is regressed on its summary's difference from the
 * observed one, with Epanechnikov weights {@code 1 - (rho / delta)^2} of the distance {@code rho}
 * ({@code delta} the largest accepted distance), and moved along the fitted line to where the
 * summary equals the observed one: {@code theta* = theta - (s - s_obs)' beta}.
 *
 * <p>The regression is done on the logit of each parameter's position in its prior range (in the
 * prior's internal scale), so adjusted values stay inside the prior's support (Hamilton et al.
 * 2005's transformation). A small ridge keeps it solvable when summaries are collinear or constant.
 */
public final class RegressionAdjustment {

    /** Ridge added to the normal equations' diagonal, relative to their mean diagonal. */
    static final double RIDGE = 1e-6;
    /** Positions are kept this far inside (0, 1) before the logit. */
    static final double EDGE = 1e-9;

    private RegressionAdjustment() {
    }

    /**
     * Adjusts accepted samples.
     *
     * @param priors the priors, in the thetas' column order
     * @param thetas accepted parameters (natural scale)
     * @param differences each sample's scaled summary difference from the observed summary
     * @param rho each sample's distance (Euclidean in the scaled summaries)
     * @return the adjusted parameters with their Epanechnikov weights (normalised) and distances
     */
    public static Population adjust(List<Prior> priors, double[][] thetas, double[][] differences, double[] rho) {
        int n = thetas.length;
        int p = differences[0].length;
        double delta = 0;
        for (double r : rho) {
            delta = Math.max(delta, r);
        }
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = delta > 0 ? Math.max(0, 1 - (rho[i] / delta) * (rho[i] / delta)) : 1;
        }
        if (sum(k) == 0) {
            java.util.Arrays.fill(k, 1);
        }
        double[] w = Population.normalise(k);
        double[] xMean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < p; c++) {
                xMean[c] += w[i] * differences[i][c];
            }
        }
        RealMatrix xtwx = new Array2DRowRealMatrix(p, p);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                double xa = differences[i][a] - xMean[a];
                for (int b = a; b < p; b++) {
                    xtwx.addToEntry(a, b, w[i] * xa * (differences[i][b] - xMean[b]));
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                xtwx.setEntry(a, b, xtwx.getEntry(b, a));
            }
            trace += xtwx.getEntry(a, a);
        }
        double ridge = RIDGE * Math.max(trace / p, 1e-12);
        for (int a = 0; a < p; a++) {
            xtwx.addToEntry(a, a, ridge);
        }
        var solver = new LUDecomposition(xtwx).getSolver();
        double[][] adjusted = new double[n][priors.size()];
        for (int j = 0; j < priors.size(); j++) {
            Prior prior = priors.get(j);
            double[] z = new double[n];
            double zMean = 0;
            for (int i = 0; i < n; i++) {
                z[i] = logit(prior, thetas[i][j]);
                zMean += w[i] * z[i];
            }
            RealVector xtwz = new ArrayRealVector(p);
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < p; a++) {
                    xtwz.addToEntry(a, w[i] * (differences[i][a] - xMean[a]) * (z[i] - zMean));
                }
            }
            RealVector beta = solver.solve(xtwz);
            for (int i = 0; i < n; i++) {
                double shift = 0;
                for (int a = 0; a < p; a++) {
                    shift += (differences[i][a] - xMean[a]) * beta.getEntry(a);
                }
                // z* = z - x'beta, with x the difference from the observed summary (uncentred)
                adjusted[i][j] = expit(prior, z[i] - shift - dot(xMean, beta));
            }
        }
        return new Population(adjusted, w, rho.clone());
    }

    private static double dot(double[] a, RealVector b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b.getEntry(i);
        }
        return s;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    static double logit(Prior prior, double x) {
        double q = (prior.internal(x) - prior.internalLower()) / (prior.internalUpper() - prior.internalLower());
        q = Math.min(1 - EDGE, Math.max(EDGE, q));
        return Math.log(q / (1 - q));
    }

    static double expit(Prior prior, double z) {
        double q = 1 / (1 + Math.exp(-z));
        return prior.natural(prior.internalLower() + q * (prior.internalUpper() - prior.internalLower()));
    }
}
