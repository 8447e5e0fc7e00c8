package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Proportions#wilson}. */
class ProportionsTest {

    /**
     * Newcombe, R. G. (1998), Two-sided confidence intervals for the single proportion: comparison
     * of seven methods, Statistics in Medicine 17, 857–872, Table II, method 3 (score method
     * without continuity correction, Wilson 1927), 95% intervals to 4 decimals.
     */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
    })
    void matchesNewcombe1998(long x, long n, double lower, double upper) {
        Interval ci = Proportions.wilson(x, n, 0.95);
        assertEquals(lower, ci.lower(), 5e-5);
        assertEquals(upper, ci.upper(), 5e-5);
        assertEquals(0.95, ci.level());
    }

    @Test
    void agreesWithCommonsMath() {
        SplittableRandom r = new SplittableRandom(2024);
        for (int i = 0; i < 200; i++) {
            int n = 1 + r.nextInt(5000);
            int x = r.nextInt(n + 1);
            double level = 0.5 + 0.49 * r.nextDouble();
            ConfidenceInterval cm = IntervalUtils.getWilsonScoreInterval(n, x, level);
            Interval ci = Proportions.wilson(x, n, level);
            assertEquals(x == 0 ? 0 : cm.getLowerBound(), ci.lower(), x == 0 ? 1e-15 : 0.0);
            assertEquals(x == n ? 1 : cm.getUpperBound(), ci.upper(), x == n ? 1e-15 : 0.0);
            assertTrue(ci.contains((double) x / n));
        }
    }

    @Test
    void boundsStayInTheUnitInterval() {
        for (long n = 1; n <= 300; n++) {
            Interval none = Proportions.wilson(0, n, 0.99);
            Interval all = Proportions.wilson(n, n, 0.99);
            assertEquals(0.0, none.lower());
            assertEquals(1.0, all.upper());
            assertTrue(none.upper() > 0 && all.lower() < 1);
        }
    }

    @Test
    void acceptsLongCountsUpToIntMax() {
        Interval ci = Proportions.wilson(1_000_000_000L, 2_000_000_000L, 0.95);
        assertTrue(ci.contains(0.5));
        assertTrue(ci.width() < 1e-4);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(-1, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(11, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 1L + Integer.MAX_VALUE, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(1, 10, Double.NaN));
    }

    /** The interval is Commons Math's to the last bit, for small and large samples and several levels. */
    @Test
    void theWilsonScoreIsCommonsMathsBitForBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        for (double level : new double[] {0.95, 0.9, 0.99, 0.5}) {
            for (int k = 0; k < 2000; k++) {
                int n = k < 1000 ? 1 + random.nextInt(500) : 1 + random.nextInt(Integer.MAX_VALUE - 1);
                int s = random.nextInt(n + 1);
                org.apache.commons.math3.stat.interval.ConfidenceInterval ci =
                        org.apache.commons.math3.stat.interval.IntervalUtils.getWilsonScoreInterval(n, s, level);
                double[] ours = Proportions.wilsonScore(n, s, level);
                assertEquals(ci.getLowerBound(), ours[0], 0.0, n + " " + s + " " + level);
                assertEquals(ci.getUpperBound(), ours[1], 0.0, n + " " + s + " " + level);
            }
        }
    }
}
