package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import truce.stats.KaplanMeier;
import truce.stats.Spell;
import truce.stats.SurvivalCurve;

/** {@link KmSpread#of} walks each curve's steps: its values are {@code survivalAt} day by day. */
class KmSpreadTest {

    @Test
    void lowestAndHighestAreEachDaysExtremesOfTheCurvesOwnEstimates() {
        SplittableRandom r = new SplittableRandom(7);
        int horizon = 60;
        List<SurvivalCurve> curves = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            List<Spell> spells = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(30); k++) {
                double t = c % 2 == 0 ? r.nextInt(horizon + 5) : r.nextDouble() * (horizon + 5); // days and between
                spells.add(r.nextBoolean() ? Spell.collapse(t) : Spell.censored(t));
            }
            curves.add(KaplanMeier.estimate(spells));
        }
        double[] lo = new double[horizon + 1];
        double[] hi = new double[horizon + 1];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (SurvivalCurve km : curves) {
            for (int d = 0; d <= horizon; d++) {
                lo[d] = Math.min(lo[d], km.survivalAt(d));
                hi[d] = Math.max(hi[d], km.survivalAt(d));
            }
        }
        KmSpread spread = KmSpread.of(curves, horizon);
        assertArrayEquals(lo, spread.lowest());
        assertArrayEquals(hi, spread.highest());
        assertEquals(40, spread.points());
    }
}
