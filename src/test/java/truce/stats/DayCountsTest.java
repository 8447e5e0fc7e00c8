package truce.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DayCounts}: the estimates it makes again when asked equal, to the bit, those made from the
 * full counts ({@link KaplanMeier#fromCounts}, {@link AalenJohansen#fromCounts}), which a sweep
 * used to keep.
 */
class DayCountsTest {

    /** Counts of {@code kinds} ways of ending over {@code horizon} days, about {@code share} of days used. */
    private static long[][] random(long seed, int kinds, int horizon, double share, int most) {
        Random r = new Random(seed);
        long[][] c = new long[kinds][horizon];
        for (long[] a : c) {
            for (int d = 0; d < horizon; d++) {
                a[d] = r.nextDouble() < share ? 1 + r.nextInt(most) : 0;
            }
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aalenJohansenEqualsTheEstimateFromFullCounts(long seed) {
        int horizon = 30 + (int) seed * 70;
        long[][] c = random(seed, 3, horizon, 0.05 * seed, 1 + (int) seed * 3);
        long going = seed % 2 == 0 ? 0 : seed * 7;
        CumulativeIncidence full = AalenJohansen.fromCounts(c, going, horizon);
        CumulativeIncidence sparse = DayCounts.of(c, going, horizon).aalenJohansen();
        assertArrayEquals(full.times(), sparse.times());
        assertEquals(full.n(), sparse.n());
        for (double t : full.times()) {
            for (int k = 1; k <= 3; k++) {
                assertEquals(full.incidenceAt(k, t), sparse.incidenceAt(k, t));
                assertEquals(full.standardErrorAt(k, t), sparse.standardErrorAt(k, t));
            }
            assertEquals(full.survivalAt(t), sparse.survivalAt(t));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void kaplanMeierEqualsTheCurveFromFullCounts(long seed) {
        int horizon = 10 + (int) seed * 80;
        long[][] c = random(seed, 1, horizon, 0.1 * seed, 5);
        long going = seed == 3 ? 0 : seed;
        DayCounts counts = DayCounts.of(c, going, horizon);
        SurvivalCurve full = KaplanMeier.fromCounts(c[0], going, horizon);
        assertEquals(full, counts.kaplanMeier());
        assertEquals(full.steps(), counts.kaplanMeier().steps());
        assertEquals(full.n(), counts.n());
        assertEquals(going, counts.going());
    }

    @Test
    void kaplanMeierCountsAnyWayOfEndingAsTheEvent() {
        long[][] c = {{0, 2, 0, 1}, {1, 1, 0, 0}};
        assertEquals(KaplanMeier.fromCounts(new long[] {1, 3, 0, 1}, 2, 4), DayCounts.of(c, 2, 4).kaplanMeier());
    }

    @Test
    void oneRunKeepsOneRow() {
        long[][] c = new long[3][365];
        c[1][200] = 1;
        DayCounts one = DayCounts.of(c, 0, 365);
        assertEquals(1, one.n());
        assertEquals(0, one.going());
        assertArrayEquals(new double[] {200}, one.aalenJohansen().times());
        assertEquals(1.0, one.aalenJohansen().incidenceAt(2, 200));
    }

    @Test
    void equalWhenTheCountsAre() {
        long[][] c = random(9, 2, 50, 0.2, 4);
        assertEquals(DayCounts.of(c, 3, 50), DayCounts.of(c, 3, 50));
        assertEquals(DayCounts.of(c, 3, 50).hashCode(), DayCounts.of(c, 3, 50).hashCode());
        assertNotEquals(DayCounts.of(c, 3, 50), DayCounts.of(c, 4, 50));
    }

    @Test
    void rejectsWhatIsNotACount() {
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[0][], 1, 5));
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[][] {{0, 0}}, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[][] {{0, -1}}, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[][] {{0, 1}}, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[][] {{0, 1}}, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> DayCounts.of(new long[][] {{Integer.MAX_VALUE, 1}}, 0, 2));
        assertThrows(NullPointerException.class, () -> DayCounts.of(new long[][] {null}, 1, 2));
    }
}
