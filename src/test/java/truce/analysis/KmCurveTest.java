package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import truce.stats.ConfidenceType;
import truce.stats.KaplanMeier;
import truce.stats.SurvivalCurve;

class KmCurveTest {

    /**
     * 10 runs over 70 days: collapses on days 0, 5, 30, 30 and 45, the rest in force at day 70. At
     * risk on a day counts runs whose collapse day or horizon is on or after it (R's n.risk);
     * collapses count those on or before it.
     */
    @Test
    void riskTableCountsRunsAtRiskAndCollapsesSoFarEveryThirtyDays() {
        long[] byDay = new long[70];
        byDay[0] = 1;
        byDay[5] = 1;
        byDay[30] = 2;
        byDay[45] = 1;
        SurvivalCurve km = KaplanMeier.fromCounts(byDay, 5, 70);
        KmCurve c = KmCurve.of("all", km, 70, ConfidenceType.LOG);
        assertEquals(List.of(new RiskCount(0, 10, 1), new RiskCount(30, 8, 4), new RiskCount(60, 5, 5)), c.riskTable());
        assertEquals(4, c.steps().size());
        assertEquals(List.of(70.0), c.censorTimes());
    }

    /** Where every run has collapsed there is no interval (R's NA): the step's band is empty. */
    @Test
    void noBandWhereSurvivalIsZero() {
        long[] byDay = new long[10];
        byDay[3] = 2;
        KmCurve c = KmCurve.of("all", KaplanMeier.fromCounts(byDay, 0, 10), 10, ConfidenceType.LOG);
        assertEquals(new KmStep(3, 0, 0, 0), c.steps().get(0));
        assertEquals(List.of(new RiskCount(0, 2, 0)), c.riskTable());
    }
}
