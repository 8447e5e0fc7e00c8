package truce.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RMST and its standard error against R 4.x, {@code survival} 3.5-3, on the Freireich 6-MP
 * leukemia data (Kleinbaum &amp; Klein, ch. 2):
 * {@code summary(survfit(Surv(time, status) ~ group), rmean = 23)$table[, c("rmean", "se(rmean)")]}
 * gives 6-MP 17.90924369748 (1.55318997825), placebo 8.66666666667 (1.37739004126); with
 * {@code rmean = 30}, 6-MP 21.04649859944 (2.24380195156). Holm against {@code p.adjust}.
 */
class RestrictedMeanTest {

    private static final double TOL = 1e-9;

    @Test
    void sixMpToDay23MatchesR() {
        RestrictedMean r = RestrictedMean.of(KaplanMeier.estimate(Leukemia.sixMp()), 23);
        assertEquals(17.90924369748, r.estimate(), TOL);
        assertEquals(1.55318997825, r.standardError(), TOL);
    }

    @Test
    void sixMpToDay30MatchesR() {
        RestrictedMean r = RestrictedMean.of(KaplanMeier.estimate(Leukemia.sixMp()), 30);
        assertEquals(21.04649859944, r.estimate(), TOL);
        assertEquals(2.24380195156, r.standardError(), TOL);
    }

    @Test
    void placeboToDay23MatchesR() {
        RestrictedMean r = RestrictedMean.of(KaplanMeier.estimate(Leukemia.placebo()), 23);
        assertEquals(8.66666666667, r.estimate(), TOL);
        assertEquals(1.37739004126, r.standardError(), TOL);
    }

    @Test
    void theDifferenceAddsVariancesAndItsIntervalIsNormal() {
        RestrictedMean a = RestrictedMean.of(KaplanMeier.estimate(Leukemia.sixMp()), 23);
        RestrictedMean b = RestrictedMean.of(KaplanMeier.estimate(Leukemia.placebo()), 23);
        RestrictedMean.Difference d = a.minus(b, 0.95);
        double se = Math.hypot(1.55318997825, 1.37739004126);
        assertEquals(17.90924369748 - 8.66666666667, d.estimate(), TOL);
        assertEquals(se, d.standardError(), TOL);
        assertEquals(d.estimate() - 1.959963984540054 * se, d.lower(), 1e-9);
        assertEquals(0.0, d.pValue(), 1e-5);
    }

    @Test
    void withoutCollapsesTheRmstIsTheHorizonWithNoSpread() {
        RestrictedMean r = RestrictedMean.of(KaplanMeier.estimate(List.of(Spell.censored(50), Spell.censored(60))), 40);
        assertEquals(40, r.estimate(), 0);
        assertEquals(0, r.standardError(), 0);
        assertEquals(new Interval(40, 40, 0.95), r.interval(0.95));
    }

    @Test
    void differentHorizonsCannotBeSubtracted() {
        RestrictedMean a = RestrictedMean.of(KaplanMeier.estimate(Leukemia.sixMp()), 23);
        RestrictedMean b = RestrictedMean.of(KaplanMeier.estimate(Leukemia.sixMp()), 30);
        assertThrows(IllegalArgumentException.class, () -> a.minus(b, 0.95));
    }

    @Test
    void holmMatchesRsPAdjust() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), method = "holm") = 0.03 0.06 0.06 0.02
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-15);
        assertArrayEquals(new double[] {1.0, 1.0}, Holm.adjust(new double[] {0.6, 0.7}), 0);
        assertArrayEquals(new double[0], Holm.adjust(new double[0]), 0);
    }
}
