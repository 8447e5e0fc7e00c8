package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of a Kaplan–Meier estimator on data shaped like a sweep's (collapses by day, survivors
 * censored at the horizon). Subclasses supply the route ({@link KaplanMeier#estimate} from spells
 * or {@link KaplanMeier#fromCounts} from counts) and add their own reference values.
 */
abstract class KaplanMeierAbstractTest {

    /** Tolerance against values published to 3 or 4 decimals. */
    static final double PUBLISHED = 1e-3;
    /** Tolerance against exact arithmetic. */
    static final double EXACT = 1e-12;

    /** The estimator under test, applied to the runs in {@code counts}. */
    protected abstract SurvivalCurve estimate(Counts counts);

    /**
     * Placebo group of Freireich et al. (1963), no censoring: product-limit table of Kleinbaum &amp;
     * Klein (2012), chapter 2 (group 2), where {@code S} is the share still in remission, and median
     * 8 weeks. The horizon is set past the last relapse (week 23), with no survivors.
     */
    @Test
    void placeboMatchesPublishedTable() {
        SurvivalCurve km = estimate(Counts.of(24, 0, Leukemia.placeboDays()));
        double[][] published = {
            {1, 0.905}, {2, 0.810}, {3, 0.762}, {4, 0.667}, {5, 0.571}, {8, 0.381},
            {11, 0.286}, {12, 0.190}, {15, 0.143}, {17, 0.095}, {22, 0.048}, {23, 0.000},
        };
        for (double[] row : published) {
            assertEquals(row[1], km.survivalAt(row[0]), PUBLISHED, "S(" + row[0] + ")");
        }
        assertEquals(16.0 / 21, km.survivalAt(3), EXACT);
        assertEquals(8.0, km.median().getAsDouble());
        assertEquals(21, km.n());
        assertEquals(21, km.events());
        assertEquals(12, km.steps().size());
        assertEquals(List.of(), km.censorTimes());
    }

    @Test
    void curveThatReachesZeroHasADegenerateIntervalThere() {
        SurvivalCurve km = estimate(Counts.of(24, 0, Leukemia.placeboDays()));
        SurvivalStep last = km.steps().get(km.steps().size() - 1);
        assertEquals(0.0, last.survival());
        assertEquals(1, last.atRisk());
        assertEquals(Double.POSITIVE_INFINITY, last.greenwoodSum());
        for (ConfidenceType type : ConfidenceType.values()) {
            assertEquals(Optional.empty(), km.intervalAt(23, 0.95, type), "no interval at S = 0, as R's NA");
            assertEquals(Optional.empty(), km.intervalAt(1e6, 0.95, type));
        }
        assertEquals(0.0, km.standardErrorAt(23));
    }

    @Test
    void allCensored() {
        SurvivalCurve km = estimate(Counts.of(30, 5));
        assertEquals(1, km.steps().size());
        assertEquals(new SurvivalStep(30, 5, 0, 5, 1.0, 0.0), km.steps().get(0));
        assertEquals(1.0, km.survivalAt(0));
        assertEquals(1.0, km.survivalAt(1e9));
        assertEquals(Optional.of(new Interval(1, 1, 0.95)), km.intervalAt(30, 0.95, ConfidenceType.LOG_LOG));
        assertEquals(OptionalDouble.empty(), km.median());
        assertEquals(0, km.events());
        assertEquals(List.of(30.0), km.censorTimes());
    }

    @Test
    void allEventsOnOneDay() {
        SurvivalCurve km = estimate(Counts.of(10, 0, 3, 3, 3, 3));
        assertEquals(1.0, km.survivalAt(2.999));
        assertEquals(0.0, km.survivalAt(3));
        assertEquals(Optional.of(new Interval(1, 1, 0.9)), km.intervalAt(2, 0.9, ConfidenceType.PLAIN));
        assertEquals(Optional.empty(), km.intervalAt(3, 0.9, ConfidenceType.PLAIN));
        assertEquals(3.0, km.median().getAsDouble());
        assertEquals(4, km.events());
    }

    @Test
    void singleRunThatCollapsed() {
        SurvivalCurve km = estimate(Counts.of(10, 0, 0));
        assertEquals(List.of(new SurvivalStep(0, 1, 1, 0, 0.0, Double.POSITIVE_INFINITY)), km.steps());
        assertEquals(1.0, km.survivalAt(-1));
        assertEquals(0.0, km.survivalAt(0));
        assertEquals(0.0, km.median().getAsDouble());
    }

    @Test
    void singleRunThatSurvived() {
        SurvivalCurve km = estimate(Counts.of(10, 1));
        assertEquals(1.0, km.survivalAt(10));
        assertEquals(OptionalDouble.empty(), km.median());
        assertEquals(1, km.n());
    }

    /** Half the runs collapse on day 2: S reaches 0.5 exactly there. */
    @Test
    void medianWhereSurvivalHitsOneHalfExactly() {
        SurvivalCurve km = estimate(Counts.of(10, 2, 2, 2));
        assertEquals(0.5, km.survivalAt(2), EXACT);
        assertEquals(2.0, km.median().getAsDouble());
    }

    /** 3 of 4, then 2 of 3: S = 0.75 * (2/3), 0.5 up to rounding. */
    @Test
    void medianToleratesRoundingInTheProduct() {
        SurvivalCurve km = estimate(Counts.of(10, 2, 1, 4));
        assertEquals(0.5, km.survivalAt(4), EXACT);
        assertEquals(4.0, km.median().getAsDouble());
    }

    @Test
    void medianNotReachedWhenMostSurvive() {
        SurvivalCurve km = estimate(Counts.random(7, 100, 1000, 0.002));
        assertTrue(km.survivalAt(100) > 0.5);
        assertFalse(km.median().isPresent());
    }

    @Test
    void survivalAtTheHorizonIsTheShareOfSurvivors() {
        Counts c = Counts.random(3, 60, 500, 0.02);
        SurvivalCurve km = estimate(c);
        assertEquals((double) c.survivors() / c.n(), km.survivalAt(59), EXACT);
        assertEquals(km.survivalAt(59), km.survivalAt(60));
        assertEquals(km.survivalAt(60), km.survivalAt(1e9));
    }

    /** Properties on fixed-seed random data, from a few runs to many, high and low hazard. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void propertiesOnRandomData(long seed) {
        int horizon = 20 + (int) (seed * 13 % 80);
        int runs = (int) (1 + seed * seed * 37);
        double early = 0.005 + 0.02 * (seed % 4);
        Counts c = Counts.random(seed, horizon, runs, early);
        SurvivalCurve km = estimate(c);

        assertEquals(c.n(), km.n());
        List<SurvivalStep> steps = km.steps();
        long atRisk = c.n();
        long events = 0;
        double s = 1.0;
        double previousTime = Double.NEGATIVE_INFINITY;
        double previousGreenwood = 0.0;
        for (SurvivalStep step : steps) {
            assertTrue(step.time() > previousTime, "times strictly ascending");
            assertEquals(atRisk, step.atRisk(), "at risk = n minus those that ended earlier");
            s *= 1.0 - (double) step.events() / step.atRisk();
            assertEquals(s, step.survival(), EXACT, "product-limit");
            assertTrue(step.greenwoodSum() >= previousGreenwood, "Greenwood sum non-decreasing");
            atRisk -= step.events() + step.censored();
            events += step.events();
            previousTime = step.time();
            previousGreenwood = step.greenwoodSum();
        }
        assertEquals(0, atRisk, "every run ends in some step");
        assertEquals(events, km.events());

        double previous = 1.0;
        for (double t = -1; t <= horizon + 1; t += 0.5) {
            double st = km.survivalAt(t);
            assertTrue(st <= previous && st >= 0 && st <= 1, "S non-increasing in [0, 1] at " + t);
            for (ConfidenceType type : ConfidenceType.values()) {
                for (double level : new double[] {0.5, 0.9, 0.95, 0.99}) {
                    final double at = t;
                    assertEquals(st == 0.0, km.intervalAt(t, level, type).isEmpty(), "an interval unless S = 0");
                    km.intervalAt(t, level, type).ifPresent(ci -> {
                        assertTrue(ci.contains(st), "interval contains the estimate at " + at);
                        assertTrue(ci.lower() >= 0 && ci.upper() <= 1, "within [0, 1]");
                        assertTrue(km.intervalAt(at, 0.999, type).orElseThrow().width() >= ci.width(),
                                "higher level, wider interval");
                    });
                }
            }
            previous = st;
        }
        km.median().ifPresent(m -> {
            // R's rule: the first time S <= 0.5, or the middle of a flat at exactly 0.5
            assertTrue(km.survivalAt(m) <= 0.5 + 1e-8);
            assertTrue(km.survivalAt(Math.nextDown(m)) > 0.5 - 1e-8);
        });
    }

    @Test
    void plainIntervalIsNormalAroundTheEstimate() {
        SurvivalCurve km = estimate(Counts.random(11, 50, 400, 0.03));
        double t = 10;
        double s = km.survivalAt(t);
        double se = km.standardErrorAt(t);
        assertTrue(se > 0);
        Interval ci = km.intervalAt(t, 0.95, ConfidenceType.PLAIN).orElseThrow();
        assertEquals(s - 1.959963984540054 * se, ci.lower(), 1e-9);
        assertEquals(s + 1.959963984540054 * se, ci.upper(), 1e-9);
        assertEquals(0.95, ci.level());
    }

    /** R's default: symmetric on the log scale, {@code S exp(+-z se/S)}, so never below 0. */
    @Test
    void logIntervalIsSymmetricOnTheLogScale() {
        SurvivalCurve km = estimate(Counts.random(11, 50, 400, 0.03));
        double s = km.survivalAt(10);
        double seLog = km.standardErrorAt(10) / s;
        Interval ci = km.intervalAt(10, 0.95, ConfidenceType.LOG).orElseThrow();
        assertEquals(Math.log(s) - 1.959963984540054 * seLog, Math.log(ci.lower()), 1e-9);
        assertEquals(Math.min(1, s * Math.exp(1.959963984540054 * seLog)), ci.upper(), 1e-9);
    }

    /** S sits at exactly 0.5 from day 2 and drops on day 5: R's median is the middle, 3.5. */
    @Test
    void medianIsTheMiddleOfAFlatAtOneHalf() {
        SurvivalCurve km = estimate(Counts.of(10, 0, 2, 2, 5, 5));
        assertEquals(0.5, km.survivalAt(4), EXACT);
        assertEquals(3.5, km.median().getAsDouble());
    }

    /** A flat at 0.5 that never drops again (the rest survive): the median is where it starts. */
    @Test
    void medianAtTheStartOfAFlatThatLastsToTheEnd() {
        SurvivalCurve km = estimate(Counts.of(10, 2, 2, 2));
        assertEquals(2.0, km.median().getAsDouble());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
    void intervalRejectsBadLevels(double level) {
        SurvivalCurve km = estimate(Counts.of(5, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> km.intervalAt(2, level, ConfidenceType.LOG));
    }

    @Test
    void survivalAtRejectsNaN() {
        SurvivalCurve km = estimate(Counts.of(5, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> km.survivalAt(Double.NaN));
    }

    @Test
    void stepsAndCensorTimesAreUnmodifiable() {
        SurvivalCurve km = estimate(Counts.of(5, 1, 2));
        assertThrows(UnsupportedOperationException.class, () -> km.steps().clear());
        assertThrows(UnsupportedOperationException.class, () -> km.censorTimes().clear());
    }
}
