package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link KaplanMeier#fromCounts}, the route a sweep takes, against {@link KaplanMeier#estimate}. */
class KaplanMeierFromCountsTest extends KaplanMeierAbstractTest {

    @Override
    protected SurvivalCurve estimate(Counts counts) {
        return KaplanMeier.fromCounts(counts.collapsesByDay(), counts.survivors(), counts.horizon());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void equalsEstimateFromSpells(long seed) {
        Counts c = Counts.random(seed, 30 + (int) seed * 20, 50 + (int) seed * 300, 0.01 * seed);
        SurvivalCurve fromCounts = estimate(c);
        SurvivalCurve fromSpells = KaplanMeier.estimate(c.spells());
        assertEquals(fromSpells, fromCounts);
        assertEquals(fromSpells.steps(), fromCounts.steps());
        assertEquals(fromSpells.censorTimes(), fromCounts.censorTimes());
        assertEquals(fromSpells.median(), fromCounts.median());
        for (ConfidenceType type : ConfidenceType.values()) {
            assertEquals(fromSpells.intervalAt(15, 0.95, type), fromCounts.intervalAt(15, 0.95, type));
        }
    }

    @Test
    void doesNotRetainTheArray() {
        long[] counts = {1, 0, 2};
        SurvivalCurve km = KaplanMeier.fromCounts(counts, 1, 3);
        double before = km.survivalAt(2);
        counts[2] = 100;
        assertEquals(before, km.survivalAt(2));
    }

    @Test
    void handlesHugeCounts() {
        long[] counts = new long[365];
        counts[0] = 3_000_000_000L;
        counts[100] = 1_000_000_000L;
        SurvivalCurve km = KaplanMeier.fromCounts(counts, 6_000_000_000L, 365);
        assertEquals(0.7, km.survivalAt(0), EXACT);
        assertEquals(0.6, km.survivalAt(364), EXACT);
        assertEquals(10_000_000_000L, km.n());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(NullPointerException.class, () -> KaplanMeier.fromCounts(null, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fromCounts(new long[0], 1, 0));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fromCounts(new long[2], 1, 3));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fromCounts(new long[] {0, -1, 0}, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fromCounts(new long[3], -1, 3));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fromCounts(new long[3], 0, 3));
        assertThrows(ArithmeticException.class,
                () -> KaplanMeier.fromCounts(new long[] {Long.MAX_VALUE, 1}, 0, 2));
    }
}
