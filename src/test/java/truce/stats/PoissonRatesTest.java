package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Rates and rate ratios against R 4's {@code poisson.test} (values printed with 15 digits):
 * {@code poisson.test(12, 2500)}, {@code poisson.test(0, 2500)},
 * {@code poisson.test(c(12, 30), c(2500, 21000))}, {@code poisson.test(c(0, 30), c(2500, 21000))}.
 */
class PoissonRatesTest {

    @Test
    void aRatesIntervalIsGarwoodsAsRGivesIt() {
        Interval ci = PoissonRates.rateInterval(12, 2500, 0.95);
        assertEquals(0.00248023004348889, ci.lower(), 1e-9);
        assertEquals(0.00838463401927078, ci.upper(), 1e-9);
        Interval none = PoissonRates.rateInterval(0, 2500, 0.95);
        assertEquals(0, none.lower(), 0);
        assertEquals(0.00147555178164557, none.upper(), 1e-9);
    }

    @Test
    void twoRatesAreComparedAsRsPoissonTestDoes() {
        PoissonRates.Ratio r = PoissonRates.ratio(12, 2500, 30, 21000, 0.95);
        assertEquals(3.36, r.ratio(), 1e-12);
        assertEquals(1.56667649740710, r.interval().lower(), 1e-6);
        assertEquals(6.75804435630344, r.interval().upper(), 1e-6);
        assertEquals(0.00108296572018861, r.p(), 1e-9);
        PoissonRates.Ratio zero = PoissonRates.ratio(0, 2500, 30, 21000, 0.95);
        assertEquals(0, zero.ratio(), 0);
        assertEquals(0, zero.interval().lower(), 0);
        assertEquals(1.09907432437739, zero.interval().upper(), 1e-6);
        assertEquals(0.0690450114254634, zero.p(), 1e-9);
    }

    @Test
    void noEventsOrNoExposureAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PoissonRates.ratio(0, 10, 0, 10, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PoissonRates.rateInterval(1, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> PoissonRates.rateInterval(-1, 5, 0.95));
    }
}
