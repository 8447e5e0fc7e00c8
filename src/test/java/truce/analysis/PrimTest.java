package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PRIM recovers a planted box: 3,000 points uniform on [0, 1]^4 (seed 17); a point is of
 * interest with probability 0.9 inside {@code 0.2 <= x0 <= 0.6, 0.5 <= x1 <= 0.9} (mass 0.16) and
 * 0.05 outside. The suggested box must have each planted limit within 0.05 (a peel moves a limit
 * by about 5% of the box's points), restrict only x0 and x1, and have density above 0.8 and
 * coverage above 0.7; its quasi-p-values for x0 and x1 must be tiny.
 */
class PrimTest {

    private static final double TOLERANCE = 0.05;

    static double[][] points(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextDouble();
            }
        }
        return x;
    }

    static boolean[] planted(double[][] x, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean inBox = x[i][0] >= 0.2 && x[i][0] <= 0.6 && x[i][1] >= 0.5 && x[i][1] <= 0.9;
            y[i] = r.nextDouble() < (inBox ? 0.9 : 0.05);
        }
        return y;
    }

    @Test
    void recoversAPlantedBoxWithinTolerance() {
        double[][] x = points(3000, 4, 17);
        boolean[] y = planted(x, 18);
        List<Prim.Box> boxes = Prim.trajectory(x, y);
        Prim.Box b = boxes.get(Prim.suggested(boxes));
        assertEquals(0.2, b.lower()[0], TOLERANCE, "x0 lower");
        assertEquals(0.6, b.upper()[0], TOLERANCE, "x0 upper");
        assertEquals(0.5, b.lower()[1], TOLERANCE, "x1 lower");
        assertEquals(0.9, b.upper()[1], TOLERANCE, "x1 upper");
        assertTrue(b.restricted()[0] && b.restricted()[1] && !b.restricted()[2] && !b.restricted()[3],
                java.util.Arrays.toString(b.restricted()));
        assertTrue(b.density() > 0.8, "density " + b.density());
        assertTrue(b.coverage() > 0.7, "coverage " + b.coverage());
        assertTrue(b.qp()[0] < 1e-6 && b.qp()[1] < 1e-6, java.util.Arrays.toString(b.qp()));
    }

    @Test
    void theTrajectoryStartsWithEveryRunAndStopsAtTheMinimumMass() {
        double[][] x = points(1000, 3, 5);
        boolean[] y = planted(x, 6);
        List<Prim.Box> boxes = Prim.trajectory(x, y);
        assertEquals(1.0, boxes.get(0).mass(), 0);
        assertEquals(1.0, boxes.get(0).coverage(), 0);
        assertEquals(0, boxes.get(0).restrictedCount());
        for (Prim.Box b : boxes) {
            assertTrue(b.mass() >= Prim.MIN_MASS, "mass " + b.mass());
        }
        for (int i = 1; i < boxes.size() - 1; i++) {
            assertTrue(boxes.get(i).mass() < boxes.get(i - 1).mass(), "peeling shrinks the box");
        }
    }

    @Test
    void onAGridAPeelRemovesAWholeLevel() {
        double[][] x = new double[400][2];
        boolean[] y = new boolean[400];
        for (int i = 0; i < 400; i++) {
            x[i][0] = i % 4;          // four levels
            x[i][1] = (i / 4) % 5;    // five levels
            y[i] = x[i][0] == 3 && i % 3 != 0;
        }
        List<Prim.Box> boxes = Prim.trajectory(x, y);
        Prim.Box b = boxes.get(Prim.suggested(boxes));
        assertEquals(3, b.lower()[0], 0);
        assertEquals(3, b.upper()[0], 0);
        assertTrue(!b.restricted()[1], "the second parameter does not matter");
    }

    @Test
    void anOutcomeThatNeverOrAlwaysHoldsIsRefused() {
        double[][] x = points(50, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> Prim.trajectory(x, new boolean[50]));
        boolean[] all = new boolean[50];
        java.util.Arrays.fill(all, true);
        assertThrows(IllegalArgumentException.class, () -> Prim.trajectory(x, all));
    }
}
