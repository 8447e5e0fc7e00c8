package truce.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.junit.jupiter.api.Test;

/**
 * The stylized facts of DESIGN.md section 4, each as a statistical test with fixed seeds
 * (1..n), a named test statistic from Commons Math, a sample size and a significance level.
 * Each was checked once by hand to fail with its mechanism switched off (see the README).
 */
class StylizedFactsIT {

    /** Significance level of every test: strict, so a pass is decisive and not a fluke. */
    private static final double ALPHA = 0.001;
    private static final int N = 2000;

    @Test
    void withoutMilitantsOrNoiseTheCeasefireSurvivesNearlyAlways() {
        // Binomial test, one-sided: H0 survival <= 0.97 against survival > 0.97; n = 2000.
        List<RunOutcome> runs = Replicates.run(Replicates.GENERIC, N, Map.of(
                "militants.spoiler.attackRate", 0,
                "states.east.perceptionNoise", 0, "states.west.perceptionNoise", 0,
                "states.east.trust", 0.6, "states.west.trust", 0.6,
                "states.east.escalation", 0.3, "states.west.escalation", 0.3));
        int survived = (int) Replicates.count(runs, RunOutcome::survived);
        double p = new BinomialTest().binomialTest(N, survived, 0.97, AlternativeHypothesis.GREATER_THAN);
        assertTrue(p < ALPHA, "survived " + survived + "/" + N + ", p = " + p);
    }

    @Test
    void survivalFallsAsMilitantAttackCapacityRises() {
        assertFallsWith("militants.spoiler.attackRate", 0.2, 0.8, 2.0);
    }

    @Test
    void survivalRisesWithMediatorLeverage() {
        assertRisesWith("mediators.broker.leverage", 0.1, 0.5, 0.9);
    }

    @Test
    void survivalFallsAsAttacksAreMoreOftenBlamedOnTheOtherState() {
        assertFallsWith("militants.spoiler.attribution", 0.0, 0.3, 0.8);
    }

    @Test
    void underNoiseSomeForgivenessBeatsStrictTitForTat() {
        assertRisesWith(Map.of("militants.spoiler.attackRate", 0,
                        "states.east.perceptionNoise", 0.03, "states.west.perceptionNoise", 0.03),
                List.of(Map.of("states.east.forgiveness", 0, "states.west.forgiveness", 0),
                        Map.of("states.east.forgiveness", 0.33, "states.west.forgiveness", 0.33)));
    }

    @Test
    void theHazardOfCollapseIsHighestEarly() {
        // Under a constant hazard, collapses in days [0, 60) would be Binomial(E, early exposure /
        // total exposure) given E collapses. One-sided binomial test for more early collapses; n = 2000.
        List<RunOutcome> runs = Replicates.run(Replicates.GENERIC, N, Map.of());
        long early = 0;
        long collapses = 0;
        double earlyExposure = 0;
        double exposure = 0;
        for (RunOutcome o : runs) {
            int atRisk = o.survived() ? o.horizon() : o.collapseDay() + 1;
            exposure += atRisk;
            earlyExposure += Math.min(atRisk, 60);
            if (!o.survived()) {
                collapses++;
                if (o.collapseDay() < 60) {
                    early++;
                }
            }
        }
        double share = earlyExposure / exposure;
        double p = new BinomialTest().binomialTest((int) collapses, (int) early, share,
                AlternativeHypothesis.GREATER_THAN);
        assertTrue(p < ALPHA, early + " of " + collapses + " collapses early, against " + share
                + " of exposure; p = " + p);
        double earlyHazard = early / earlyExposure;
        double lateHazard = (collapses - early) / (exposure - earlyExposure);
        assertTrue(earlyHazard > 2 * lateHazard, "hazard early " + earlyHazard + " late " + lateHazard);
    }

    @Test
    void breakdownsClusterAfterMassCasualtyAttacks() {
        // Days within 7 days after a mass-casualty attack are a share s of all days at risk. Under
        // no clustering, collapses on such days would be Binomial(E, s). One-sided binomial test; n = 2000.
        Scenario s = truce.scenario.ScenarioLoader.load(Replicates.GENERIC, Map.of());
        long after = 0;
        long collapses = 0;
        long afterDays = 0;
        long days = 0;
        for (long seed = 1; seed <= N; seed++) {
            RecordedRun run = Simulation.runRecorded(s, seed);
            int lastMass = Integer.MIN_VALUE / 2;
            for (DayRecord d : run.trajectory().days()) {
                boolean inWake = d.day() - lastMass <= 7;
                if (d.attacks() > 0 && d.casualties() >= RunOutcome.MASS_CASUALTY) {
                    lastMass = d.day();
                    inWake = true;
                }
                days++;
                if (inWake) {
                    afterDays++;
                }
                if (!d.inForce()) {
                    collapses++;
                    if (inWake) {
                        after++;
                    }
                }
            }
        }
        double share = afterDays / (double) days;
        double p = new BinomialTest().binomialTest((int) collapses, (int) after, share,
                AlternativeHypothesis.GREATER_THAN);
        assertTrue(p < ALPHA, after + " of " + collapses + " collapses in the week after a mass-casualty"
                + " attack, against " + share + " of days; p = " + p);
    }

    @Test
    void strongerAgreementsAndMonitoringRaiseSurvival() {
        assertRisesWith(Map.of(), List.of(
                Map.of("agreement.strength", "cessation", "agreement.monitoring", false),
                Map.of("agreement.strength", "preliminary", "agreement.monitoring", true),
                Map.of("agreement.strength", "definitive", "agreement.monitoring", true)));
    }

    @Test
    void theBaselineIsNeitherDoomedNorSafe() {
        // Wilson 99% interval of survival to day 50 lies within (0.2, 0.8); n = 2000. Violations and
        // failed talks are common: a mean of at least 2 violations a run, and at least 30% of talks fail.
        List<RunOutcome> runs = Replicates.run(Replicates.BASELINE, N, Map.of());
        int alive50 = (int) Replicates.count(runs, o -> o.collapseDay() > 50);
        ConfidenceInterval ci = IntervalUtils.getWilsonScoreInterval(N, alive50, 0.99);
        assertTrue(ci.getLowerBound() > 0.2 && ci.getUpperBound() < 0.8,
                "alive at day 50: " + alive50 + "/" + N + " " + ci);
        double violations = runs.stream().mapToInt(RunOutcome::violations).average().orElse(0);
        assertTrue(violations >= 2, "mean violations " + violations);
        long held = runs.stream().mapToLong(RunOutcome::talksHeld).sum();
        long failed = held - runs.stream().mapToLong(RunOutcome::talksSucceeded).sum();
        assertTrue(failed >= 0.3 * held, failed + " of " + held + " talks failed");
    }

    private static void assertFallsWith(String path, double... levels) {
        List<Map<String, ?>> points = new ArrayList<>();
        for (int i = levels.length - 1; i >= 0; i--) {
            points.add(Map.of(path, levels[i]));
        }
        assertRisesWith(Map.of(), points);
    }

    private static void assertRisesWith(String path, double... levels) {
        List<Map<String, ?>> points = new ArrayList<>();
        for (double level : levels) {
            points.add(Map.of(path, level));
        }
        assertRisesWith(Map.of(), points);
    }

    /**
     * Survival strictly rises across the points, and Pearson's chi-square test of independence
     * (2 x k table, n = 2000 a point) rejects "survival does not depend on the point" at ALPHA.
     */
    private static void assertRisesWith(Map<String, ?> common, List<Map<String, ?>> points) {
        List<List<RunOutcome>> levels = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (Map<String, ?> point : points) {
            java.util.Map<String, Object> overrides = new java.util.LinkedHashMap<>(common);
            overrides.putAll(point);
            List<RunOutcome> runs = Replicates.run(Replicates.GENERIC, N, overrides);
            levels.add(runs);
            seen.append(point).append(" -> ").append(Replicates.survival(runs)).append("; ");
        }
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(Replicates.survival(levels.get(i)) > Replicates.survival(levels.get(i - 1)),
                    "not rising: " + seen);
        }
        double p = Replicates.chiSquareP(levels);
        assertTrue(p < ALPHA, "chi-square p = " + p + ": " + seen);
    }
}
