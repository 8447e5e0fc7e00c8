package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aalen–Johansen cumulative incidence against R's {@code survival} 3.5-3:
 * {@code survfit(Surv(time, factor(status, levels = 0:2)) ~ 1)} on ten spells with two competing
 * endings and censoring tied with an ending (the R oracle in CI checks the same on whole sweeps).
 */
class AalenJohansenTest {

    private static final double R = 1e-11;

    /** time 1 2 2 3 4 5 5 6 7 8; status 1 2 0 1 1 2 0 1 0 2 (0 censored). */
    static List<CompetingSpell> tenSpells() {
        double[] time = {1, 2, 2, 3, 4, 5, 5, 6, 7, 8};
        int[] status = {1, 2, 0, 1, 1, 2, 0, 1, 0, 2};
        List<CompetingSpell> s = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            s.add(new CompetingSpell(time[i], status[i]));
        }
        return s;
    }

    @Test
    void matchesRsSurvfitEstimatesStandardErrorsAndIntervals() {
        CumulativeIncidence aj = AalenJohansen.estimate(tenSpells(), 2);
        double[] times = {1, 2, 3, 5, 6, 8};
        // summary(fit, times)$pstate, $std.err, $lower, $upper: columns (s0), 1, 2
        double[][] p = {
            {0.9, 0.1, 0}, {0.8, 0.1, 0.1}, {0.685714285714, 0.214285714286, 0.1},
            {0.457142857143, 0.328571428571, 0.214285714286}, {0.304761904762, 0.480952380952, 0.214285714286},
            {0, 0.480952380952, 0.519047619048},
        };
        double[][] se = {
            {0.0948683298051, 0.0948683298051, 0}, {0.1264911064067, 0.0948683298051, 0.0948683298051},
            {0.1514940174323, 0.1350412959191, 0.0948683298051}, {0.1661780982857, 0.1561844614737, 0.1350412959191},
            {0.1665934403439, 0.1780010543155, 0.1350412959191}, {0, 0.1780010543155, 0.1780010543155},
        };
        double[][] lower = {
            {Double.NaN, 0.0155768383385, Double.NaN}, {Double.NaN, 0.0155768383385, 0.0155768383385},
            {Double.NaN, 0.0623120742193, 0.0155768383385}, {Double.NaN, 0.1294244232800, 0.0623120742193},
            {Double.NaN, 0.2328473848856, 0.0623120742193}, {Double.NaN, 0.2328473848856, 0.2650318140678},
        };
        double[][] upper = {
            {Double.NaN, 0.641978801004, Double.NaN}, {Double.NaN, 0.641978801004, 0.641978801004},
            {Double.NaN, 0.736909626621, 0.641978801004}, {Double.NaN, 0.834148462381, 0.736909626621},
            {Double.NaN, 0.993419757999, 0.736909626621}, {Double.NaN, 0.993419757999, 1.0},
        };
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            assertEquals(p[i][0], aj.survivalAt(t), R, "S(" + t + ")");
            assertEquals(se[i][0], aj.survivalStandardErrorAt(t), R, "se S(" + t + ")");
            for (int k = 1; k <= 2; k++) {
                assertEquals(p[i][k], aj.incidenceAt(k, t), R, "F" + k + "(" + t + ")");
                assertEquals(se[i][k], aj.standardErrorAt(k, t), R, "se F" + k + "(" + t + ")");
                Optional<Interval> ci = aj.intervalAt(k, t, 0.95, ConfidenceType.LOG);
                if (Double.isNaN(lower[i][k])) {
                    assertEquals(Optional.empty(), ci, "R's NA where F = 0");
                } else {
                    assertEquals(lower[i][k], ci.orElseThrow().lower(), R, "lower F" + k + "(" + t + ")");
                    assertEquals(upper[i][k], ci.orElseThrow().upper(), R, "upper F" + k + "(" + t + ")");
                }
            }
        }
        assertEquals(10, aj.n());
        assertEquals(3, aj.count(0));
        assertEquals(4, aj.count(1));
        assertEquals(10, aj.atRiskAt(0));
        assertEquals(9, aj.atRiskAt(2));
        assertEquals(7, aj.atRiskAt(2.5));
    }

    /** With one kind of ending, the incidence is 1 - Kaplan-Meier and the cause-specific KM is the KM. */
    @Test
    void oneKindOfEndingIsOneMinusKaplanMeier() {
        List<CompetingSpell> spells = new ArrayList<>();
        List<Spell> plain = new ArrayList<>();
        for (Spell s : Leukemia.sixMp()) {
            spells.add(new CompetingSpell(s.time(), s.event() ? 1 : 0));
            plain.add(s);
        }
        CumulativeIncidence aj = AalenJohansen.estimate(spells, 1);
        SurvivalCurve km = KaplanMeier.estimate(plain);
        for (double t = 0; t <= 36; t += 0.5) {
            assertEquals(1 - km.survivalAt(t), aj.incidenceAt(1, t), 1e-12);
            assertEquals(km.survivalAt(t), aj.survivalAt(t), 1e-12);
        }
        assertEquals(km, aj.causeSpecificKaplanMeier(1));
    }

    /** Properties on fixed-seed random sweeps of three endings, and counts = spells. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void propertiesAndCountsRoute(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int horizon = 30 + (int) seed * 17;
        long[][] byDay = new long[3][horizon];
        long inForce = 0;
        List<CompetingSpell> spells = new ArrayList<>();
        for (int i = 0; i < 40 + seed * 97; i++) {
            if (r.nextDouble() < 0.3) {
                inForce++;
                spells.add(new CompetingSpell(horizon, 0));
            } else {
                int day = r.nextInt(horizon);
                int cause = 1 + r.nextInt(3);
                byDay[cause - 1][day]++;
                spells.add(new CompetingSpell(day, cause));
            }
        }
        CumulativeIncidence a = AalenJohansen.fromCounts(byDay, inForce, horizon);
        CumulativeIncidence b = AalenJohansen.estimate(spells, 3);
        double[] previous = new double[4];
        for (double t = -1; t <= horizon + 1; t += 0.5) {
            double sum = a.survivalAt(t);
            for (int k = 1; k <= 3; k++) {
                double f = a.incidenceAt(k, t);
                assertEquals(b.incidenceAt(k, t), f, 1e-14);
                assertEquals(b.standardErrorAt(k, t), a.standardErrorAt(k, t), 1e-14);
                assertTrue(f >= previous[k] - 1e-15, "non-decreasing");
                assertTrue(1 - a.causeSpecificKaplanMeier(k).survivalAt(t) >= f - 1e-12,
                        "1 - cause-specific KM overstates the incidence");
                previous[k] = f;
                sum += f;
            }
            assertEquals(1.0, sum, 1e-12, "S + sum F = 1");
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> AalenJohansen.estimate(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> AalenJohansen.estimate(List.of(new CompetingSpell(1, 3)), 2));
        assertThrows(IllegalArgumentException.class, () -> AalenJohansen.fromCounts(new long[0][], 1, 5));
        assertThrows(IllegalArgumentException.class, () -> AalenJohansen.fromCounts(new long[][] {{1, 2}}, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> new CompetingSpell(-1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> AalenJohansen.estimate(tenSpells(), 2).incidenceAt(3, 1));
    }
}
