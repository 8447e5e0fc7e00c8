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

    @Test
    void theMantelHaenszelRatioOfOneStratumIsTheCrudeRatio() {
        PoissonRates.Ratio mh = PoissonRates.mantelHaenszel(new long[] {12}, new long[] {2500}, new long[] {30},
                new long[] {21000}, 0.95);
        assertEquals(3.36, mh.ratio(), 1e-12);
    }

    /**
     * Two strata (a, T1, b, T0) = (10, 1000, 30, 2000) and (20, 3000, 15, 1000), worked by hand with the
     * formulas of the method's comment: RR = (10 x 2000/3000 + 20 x 1000/4000) / (30 x 1000/3000 +
     * 15 x 3000/4000) = 11.6667 / 21.25 = 0.549020; var(ln RR) = (40 x 1000 x 2000/3000^2 + 35 x 3000 x
     * 1000/4000^2) / (11.6667 x 21.25) = 15.4514 / 247.917; chi^2 = (30 - 39.5833)^2 / 15.4514 = 5.94382.
     * Crude, the strata would give (30/4000) / (45/3000) = 0.5.
     */
    @Test
    void theMantelHaenszelRatioOfTwoStrataIsAsWorkedByHand() {
        PoissonRates.Ratio mh = PoissonRates.mantelHaenszel(new long[] {10, 20}, new long[] {1000, 3000},
                new long[] {30, 15}, new long[] {2000, 1000}, 0.95);
        assertEquals(0.5490196078431373, mh.ratio(), 1e-12);
        assertEquals(0.3365779943803619, mh.interval().lower(), 1e-9);
        assertEquals(0.8955503176942669, mh.interval().upper(), 1e-9);
        assertEquals(0.014768973219225502, mh.p(), 1e-9);
        assertEquals(null, PoissonRates.mantelHaenszel(new long[] {0}, new long[] {10}, new long[] {0},
                new long[] {10}, 0.95), "no breakdowns: nothing to compare");
    }

    /**
     * The textbook example: coronary deaths of British doctors, smokers against non-smokers, in five
     * age strata (Doll &amp; Hill; Rothman, Greenland &amp; Lash, <i>Modern Epidemiology</i>, 3rd ed., ch. 15:
     * age-standardised rate ratio 1.42). Reference values from R 4.2.2 with the formula of the method's
     * comment, and the chi-square from {@code anova(glm(deaths ~ age + smoker, poisson, offset =
     * log(years)), test = "Rao")}: 11.016 (the same to 6 digits).
     */
    @Test
    void theMantelHaenszelRatioOfTheBritishDoctorsIsRsWithTheTextbooksRatio() {
        PoissonRates.Ratio mh = PoissonRates.mantelHaenszel(new long[] {32, 104, 206, 186, 102},
                new long[] {52407, 43248, 28612, 12663, 5317}, new long[] {2, 12, 28, 28, 31},
                new long[] {18790, 10673, 5710, 2585, 1462}, 0.95);
        assertEquals(1.42, mh.ratio(), 0.005);
        assertEquals(1.4246820167514389, mh.ratio(), 1e-12);
        assertEquals(1.1547031007467963, mh.interval().lower(), 1e-12);
        assertEquals(1.7577841849928701, mh.interval().upper(), 1e-12);
        assertEquals(9.0319292203318985e-04, mh.p(), 1e-12 * 9.03e-4);
    }

    /**
     * A strong difference, p = 2.26e-15: the p-value keeps its relative precision in the far tail (as
     * R's {@code pchisq(62.826, 1, lower.tail = FALSE)} = 2.2578838162651602e-15), where 1 minus the
     * distribution function would be off by up to 5%.
     */
    @Test
    void aTinyMantelHaenszelPValueIsAccurate() {
        PoissonRates.Ratio mh = PoissonRates.mantelHaenszel(new long[] {60, 40}, new long[] {1000, 1000},
                new long[] {10, 5}, new long[] {1000, 1000}, 0.95);
        assertEquals(6.666666666666667, mh.ratio(), 1e-12);
        assertEquals(3.8745538915030351, mh.interval().lower(), 1e-12);
        assertEquals(11.470854629719282, mh.interval().upper(), 1e-12);
        assertEquals(2.2578838162651602e-15, mh.p(), 1e-9 * 2.26e-15);
    }
}
