package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link KaplanMeier#estimate} from individual spells, with the 6-MP worked example. */
class KaplanMeierTest extends KaplanMeierAbstractTest {

    @Override
    protected SurvivalCurve estimate(Counts counts) {
        return KaplanMeier.estimate(counts.spells());
    }

    /**
     * 6-MP group of Freireich et al. (1963). Survival: Kleinbaum &amp; Klein (2012), <i>Survival
     * Analysis: A Self-Learning Text</i>, 3rd ed., chapter 2, product-limit table for group 1
     * (0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482; median 23 weeks). Greenwood
     * standard errors: Klein &amp; Moeschberger (2003), <i>Survival Analysis</i>, 2nd ed.,
     * Example 4.1, Table 4.1A (6-MP group: 0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346).
     */
    @Test
    void sixMpMatchesPublishedTables() {
        SurvivalCurve km = KaplanMeier.estimate(Leukemia.sixMp());
        double[][] published = {
            // week, S(t), Greenwood SE
            {6, 0.8571, 0.0764}, {7, 0.8067, 0.0869}, {10, 0.7529, 0.0963}, {13, 0.6902, 0.1068},
            {16, 0.6275, 0.1141}, {22, 0.5378, 0.1282}, {23, 0.4482, 0.1346},
        };
        for (double[] row : published) {
            assertEquals(row[1], km.survivalAt(row[0]), PUBLISHED, "S(" + row[0] + ")");
            assertEquals(row[2], km.standardErrorAt(row[0]), PUBLISHED, "SE(" + row[0] + ")");
        }
        assertEquals(18.0 / 21, km.survivalAt(6), EXACT);
        assertEquals(18.0 / 21 * 16 / 17, km.survivalAt(7), EXACT);
        assertEquals(3.0 / (21 * 18), km.steps().get(0).greenwoodSum(), EXACT);
        assertEquals(23.0, km.median().getAsDouble());
        assertEquals(21, km.n());
        assertEquals(9, km.events());
        assertEquals(List.of(6.0, 9.0, 10.0, 11.0, 17.0, 19.0, 20.0, 25.0, 32.0, 34.0, 35.0), km.censorTimes());
        assertEquals(0.4482, km.survivalAt(35), PUBLISHED, "carried forward after the last event");
        assertEquals(0.4482, km.survivalAt(1000), PUBLISHED, "carried forward after the last time");
    }

    /** The plain Greenwood 95% interval at week 6: 0.857 +- 1.96 x 0.0764, from the same tables. */
    @Test
    void sixMpGreenwoodInterval() {
        Interval ci = KaplanMeier.estimate(Leukemia.sixMp()).intervalAt(6, 0.95, ConfidenceType.PLAIN).orElseThrow();
        assertEquals(0.8571 - 1.96 * 0.0764, ci.lower(), PUBLISHED);
        assertEquals(Math.min(1, 0.8571 + 1.96 * 0.0764), ci.upper(), PUBLISHED);
    }

    /**
     * The 6-MP group's 95% intervals of each type at weeks 6, 13 and 23, as R's
     * {@code summary(survfit(Surv(t, e) ~ 1, conf.type = type), times = c(6, 13, 23))} prints them
     * (survival 3.5-3; the log column is the one printed in every R tutorial on these data:
     * 0.720–1.000, 0.510–0.935, 0.249–0.807).
     */
    @Test
    void sixMpIntervalsOfEachTypeEqualRs() {
        SurvivalCurve km = KaplanMeier.estimate(Leukemia.sixMp());
        double[][][] r = {
            {{0.719817083916, 1.0}, {0.509613099102, 0.934769195536}, {0.248788226818, 0.807372045529}},
            {{0.707479311825, 1.0}, {0.480843098173, 0.899549058690}, {0.184384863841, 0.711973679577}},
            {{0.619717955266, 0.951551747647}, {0.431610222486, 0.849065963349}, {0.188052005959, 0.680142628495}},
        };
        ConfidenceType[] types = {ConfidenceType.LOG, ConfidenceType.PLAIN, ConfidenceType.LOG_LOG};
        double[] weeks = {6, 13, 23};
        for (int k = 0; k < types.length; k++) {
            for (int w = 0; w < weeks.length; w++) {
                Interval ci = km.intervalAt(weeks[w], 0.95, types[k]).orElseThrow();
                assertEquals(r[k][w][0], ci.lower(), 1e-11, types[k] + " lower at week " + weeks[w]);
                assertEquals(r[k][w][1], ci.upper(), 1e-11, types[k] + " upper at week " + weeks[w]);
            }
        }
    }

    /** At week 6 three relapses and one censoring tie: the censored child is at risk at week 6. */
    @Test
    void eventsComeBeforeCensoringsAtATie() {
        SurvivalCurve km = KaplanMeier.estimate(Leukemia.sixMp());
        SurvivalStep week6 = km.steps().get(0);
        assertEquals(6.0, week6.time());
        assertEquals(21, week6.atRisk());
        assertEquals(3, week6.events());
        assertEquals(1, week6.censored());
        assertEquals(17, km.steps().get(1).atRisk());
        SurvivalStep week10 = km.steps().get(3);
        assertEquals(10.0, week10.time());
        assertEquals(15, week10.atRisk());
        assertEquals(1, week10.events());
        assertEquals(1, week10.censored());
    }

    @Test
    void rightContinuousStepFunction() {
        SurvivalCurve km = KaplanMeier.estimate(Leukemia.sixMp());
        assertEquals(1.0, km.survivalAt(-3));
        assertEquals(1.0, km.survivalAt(Math.nextDown(6.0)));
        assertEquals(18.0 / 21, km.survivalAt(6), EXACT);
        assertEquals(18.0 / 21, km.survivalAt(6.999), EXACT);
        assertEquals(km.survivalAt(7), km.survivalAt(9.5), "no drop at a censoring-only time");
    }

    @Test
    void orderOfSpellsDoesNotMatter() {
        List<Spell> spells = new ArrayList<>(Leukemia.sixMp());
        SurvivalCurve expected = KaplanMeier.estimate(spells);
        Collections.shuffle(spells, new Random(5));
        assertEquals(expected, KaplanMeier.estimate(spells));
        assertEquals(expected.hashCode(), KaplanMeier.estimate(spells).hashCode());
    }

    @Test
    void fractionalTimesAndNegativeZero() {
        SurvivalCurve km = KaplanMeier.estimate(List.of(Spell.collapse(-0.0), Spell.collapse(0.0),
                Spell.collapse(2.5), Spell.censored(2.5), Spell.censored(7.25)));
        assertEquals(3, km.steps().size());
        assertEquals(0.6, km.survivalAt(-0.0), EXACT);
        assertEquals(0.6 * 2 / 3, km.survivalAt(2.5), EXACT);
        assertEquals(List.of(2.5, 7.25), km.censorTimes());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(NullPointerException.class, () -> KaplanMeier.estimate(null));
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.estimate(List.of()));
        assertThrows(NullPointerException.class, () -> KaplanMeier.estimate(Arrays.asList(Spell.collapse(1), null)));
    }

    @Test
    void spellRejectsBadTimes() {
        assertThrows(IllegalArgumentException.class, () -> new Spell(-1, true));
        assertThrows(IllegalArgumentException.class, () -> new Spell(Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> new Spell(Double.POSITIVE_INFINITY, false));
        assertEquals(new Spell(0.0, true), new Spell(-0.0, true));
    }

    @Test
    void stepRejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(1, 0, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(1, 3, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(1, 3, 2, 2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(1, 3, 1, 0, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(1, 3, 1, 0, 0.5, -1));
        assertThrows(IllegalArgumentException.class, () -> new SurvivalStep(Double.NaN, 3, 1, 0, 0.5, 0));
    }
}
