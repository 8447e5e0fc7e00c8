package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import truce.batch.Designs;

/**
 * The Sobol estimators on the Ishigami function (Ishigami &amp; Homma 1990), whose indices are known
 * analytically: f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i ~ U(-pi, pi), a = 7, b = 0.1 (values
 * from Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, section 4.3). A fourth input
 * that f ignores must get indices near zero.
 */
class SobolIndicesTest {

    private static final double A = 7;
    private static final double B = 0.1;
    private static final double[] FIRST = {0.3139, 0.4424, 0.0, 0.0};
    private static final double[] TOTAL = {0.5576, 0.4424, 0.2437, 0.0};
    private static final int N = 8192; // base samples: 8192 x 6 = 49,152 evaluations

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesAreWithinTheirBootstrapIntervals() {
        int k = 4;
        double[][] rows = Designs.saltelli(k, N);
        double[] yA = new double[N];
        double[] yB = new double[N];
        double[][] yAB = new double[k][N];
        for (int j = 0; j < N; j++) {
            int base = j * (k + 2);
            yA[j] = ishigami(rows[base]);
            yB[j] = ishigami(rows[base + 1]);
            for (int i = 0; i < k; i++) {
                yAB[i][j] = ishigami(rows[base + 2 + i]);
            }
        }
        List<SobolIndices.Index> s = SobolIndices.estimate(yA, yB, yAB, 500, 0.95, 42);
        for (int i = 0; i < k; i++) {
            SobolIndices.Index x = s.get(i);
            // The interval must contain the analytic value, up to the analytic values' 4 decimals.
            assertTrue(x.firstInterval().lower() - 1e-4 <= FIRST[i] && FIRST[i] <= x.firstInterval().upper() + 1e-4,
                    "S" + (i + 1) + " = " + x.first() + " " + x.firstInterval() + ", analytic " + FIRST[i]);
            assertTrue(x.totalInterval().lower() - 1e-4 <= TOTAL[i] && TOTAL[i] <= x.totalInterval().upper() + 1e-4,
                    "ST" + (i + 1) + " = " + x.total() + " " + x.totalInterval() + ", analytic " + TOTAL[i]);
            assertTrue(x.firstInterval().width() < 0.1 && x.totalInterval().width() < 0.1, "decisive intervals");
        }
        assertEquals(0.0, s.get(3).first(), 0.01, "an ignored input: first-order near zero");
        assertEquals(0.0, s.get(3).total(), 1e-12, "an ignored input: total-order exactly zero (f(A) = f(AB_4))");
    }

    @Test
    void aConstantOutputHasNoIndices() {
        double[] c = {1, 1, 1};
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(c, c, new double[][] {c}, 100, 0.95, 1));
    }
}
