package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import truce.batch.Designs;

/** Morris elementary effects on a function whose effects are known exactly. */
class ElementaryEffectsTest {

    @Test
    void linearIgnoredAndCurvedInputsAreToldApart() {
        // y = 3 x1 + 0 x2 + x3^2 on [0, 1]^3: EE1 = 3 always, EE2 = 0, EE3 = 2 x3 + delta varies.
        int k = 3;
        int r = 50;
        double[][] x = Designs.morris(k, r, 7);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i][0] + x[i][2] * x[i][2];
        }
        List<ElementaryEffects.Effect> e = ElementaryEffects.estimate(x, y, new double[] {1, 1, 1}, 500, 1);
        assertEquals(3.0, e.get(0).muStar(), 1e-9);
        assertEquals(0.0, e.get(0).sigma(), 1e-9, "a linear input has no spread of effects");
        assertEquals(0.0, e.get(1).muStar(), 1e-12, "an ignored input has no effect");
        assertTrue(e.get(2).sigma() > 0.1, "a curved input's effects vary: " + e.get(2));
        assertTrue(e.get(2).muStarInterval().contains(e.get(2).muStar()));
        // Range scaling: the same function on x1 in [0, 10] has effect 3 per unit, 30 per range.
        double[][] wide = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            wide[i] = new double[] {10 * x[i][0], x[i][1], x[i][2]};
        }
        List<ElementaryEffects.Effect> w = ElementaryEffects.estimate(wide, y, new double[] {10, 1, 1}, 500, 1);
        assertEquals(3.0, w.get(0).muStar(), 1e-9);
    }

    @Test
    void aMorrisTrajectoryMovesOneParameterAtATimeOnTheGrid() {
        double[][] x = Designs.morris(4, 20, 3);
        assertEquals(20 * 5, x.length);
        for (int t = 0; t < 20; t++) {
            boolean[] moved = new boolean[4];
            for (int s = 0; s < 4; s++) {
                double[] a = x[t * 5 + s];
                double[] b = x[t * 5 + s + 1];
                int changed = 0;
                for (int i = 0; i < 4; i++) {
                    if (a[i] != b[i]) {
                        changed++;
                        moved[i] = true;
                        assertEquals(2.0 / 3, Math.abs(a[i] - b[i]), 1e-12);
                    }
                    assertTrue(b[i] >= 0 && b[i] <= 1 + 1e-12);
                }
                assertEquals(1, changed);
            }
            assertTrue(moved[0] && moved[1] && moved[2] && moved[3], "every parameter moves once");
        }
    }

    @Test
    void aStepThatChangesNothingIsRefused() {
        double[][] x = {{0, 0}, {0, 0}, {1, 1}};
        assertThrows(IllegalArgumentException.class,
                () -> ElementaryEffects.estimate(x, new double[3], new double[] {1, 1}, 100, 1));
    }
}
