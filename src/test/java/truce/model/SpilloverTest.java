package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Spillover between fronts (Bara &amp; Clayton 2022), as stylized facts on a scenario built here
 * with no scripted events, no militant groups and no mediators, so that nothing links the two
 * fronts but the state they share: Pakistan, at peace with the Taliban in the west and with India
 * in the east. Fixed seeds 1..{@value #RUNS}; horizon {@value #HORIZON} days.
 *
 * <ul>
 *   <li>With spillover on, a western collapse raises the eastern hazard over the following
 *       {@value #WINDOW} days: a one-sided Mantel–Haenszel (log-rank) test of the eastern hazard with
 *       the time-varying exposure "the western ceasefire broke down 1..{@value #WINDOW} days ago" against
 *       "the western ceasefire still holds", stratified by day, n = {@value #RUNS} runs, α = 0.01.</li>
 *   <li>With spillover off, the same test does not find a rise, and the two fronts' collapses are
 *       independent: Pearson's χ² test of independence (1 df) on the 2×2 table "western collapsed
 *       by the horizon" × "eastern collapsed by the horizon", n = {@value #RUNS}, α = 0.05.</li>
 * </ul>
 */
class SpilloverTest {

    private static final int RUNS = 4000;
    private static final int HORIZON = 180;
    private static final int WINDOW = 28;
    /** One-sided critical value of the standard normal at α = 0.01. */
    private static final double Z_01 = 2.3263;
    /** Critical value of χ² with 1 degree of freedom at α = 0.05. */
    private static final double CHI2_05 = 3.8415;

    /** The spillover the "on" tests use: a collapse shock, violation spillover and restraint drawn away. */
    static final String ON = "{collapseEscalation: 0.3, violationEscalation: 0.05, warRestraintCut: 0.5}";

    /** Two fronts of Pakistan, with the given spillover; no events, militants or mediators. */
    static String region(String spillover) {
        return """
                name: spill
                horizon: %d
                spillover: %s
                states:
                  pakistan: {trust: 0.3, escalation: 0.4, perceptionNoise: 0.02, aggression: 0.1, forgiveness: 0.5,
                             reactivity: 0.15, restraint: 0.08, warCost: 0.6, trustValue: 0.2}
                  taliban: {trust: 0.3, escalation: 0.4, perceptionNoise: 0.02, aggression: 0.1, forgiveness: 0.5,
                            reactivity: 0.15, restraint: 0.08, warCost: 0.5, trustValue: 0.2}
                  india: {trust: 0.3, escalation: 0.3, perceptionNoise: 0.02, aggression: 0.1, forgiveness: 0.5,
                          reactivity: 0.15, restraint: 0.08, warCost: 0.65, trustValue: 0.2}
                ceasefires:
                  western: {parties: [pakistan, taliban]}
                  eastern: {parties: [pakistan, india]}
                """.formatted(HORIZON, spillover);
    }

    private static final java.util.Map<String, int[][]> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Breakdown day of the western and eastern ceasefires in each run, or -1 if it held (computed once per spillover). */
    private static int[][] collapseDays(String spillover) {
        return RESULTS.computeIfAbsent(spillover, SpilloverTest::simulate);
    }

    private static int[][] simulate(String spillover) {
        Scenario s = Fixtures.parse(region(spillover));
        assertTrue(s.events().isEmpty() && s.militants().isEmpty() && s.mediators().isEmpty(), "no script");
        int[][] days = new int[RUNS][2];
        for (int seed = 1; seed <= RUNS; seed++) {
            RunOutcome o = Simulation.run(s, seed);
            for (int k = 0; k < 2; k++) {
                CeasefireOutcome c = o.ceasefires().get(k);
                days[seed - 1][k] = c.survived() ? -1 : c.endingDay();
            }
        }
        return days;
    }

    /**
     * The Mantel–Haenszel (log-rank) statistic Z for the eastern hazard, exposed ("the western ceasefire
     * broke down 1..WINDOW days before") against unexposed ("the western ceasefire holds at the start of
     * the day"), stratified by day; days later than WINDOW after a western collapse are left out.
     * Positive when the exposed hazard is higher.
     */
    static double exposedHazardZ(int[][] days) {
        double observed = 0;
        double expected = 0;
        double variance = 0;
        for (int d = 0; d < HORIZON; d++) {
            int exposed = 0;
            int unexposed = 0;
            int events = 0;
            int exposedEvents = 0;
            for (int[] run : days) {
                int west = run[0];
                int east = run[1];
                if (east >= 0 && east < d) {
                    continue; // no longer at risk
                }
                boolean holds = west < 0 || west >= d;
                boolean inWake = !holds && d - west <= WINDOW;
                if (!holds && !inWake) {
                    continue;
                }
                boolean event = east == d;
                if (inWake) {
                    exposed++;
                    exposedEvents += event ? 1 : 0;
                } else {
                    unexposed++;
                }
                events += event ? 1 : 0;
            }
            int atRisk = exposed + unexposed;
            if (events == 0 || exposed == 0 || unexposed == 0) {
                continue;
            }
            observed += exposedEvents;
            expected += events * (double) exposed / atRisk;
            variance += events * ((double) exposed / atRisk) * ((double) unexposed / atRisk)
                    * (atRisk - events) / (atRisk - 1.0);
        }
        return variance > 0 ? (observed - expected) / Math.sqrt(variance) : 0;
    }

    /** Pearson's χ² (1 df) of the 2×2 table "western collapsed" × "eastern collapsed". */
    static double independenceChi2(int[][] days) {
        double[][] table = new double[2][2];
        for (int[] run : days) {
            table[run[0] >= 0 ? 1 : 0][run[1] >= 0 ? 1 : 0]++;
        }
        double n = days.length;
        double chi2 = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double e = (table[i][0] + table[i][1]) * (table[0][j] + table[1][j]) / n;
                chi2 += (table[i][j] - e) * (table[i][j] - e) / e;
            }
        }
        return chi2;
    }

    private static int collapsed(int[][] days, int front) {
        int n = 0;
        for (int[] run : days) {
            n += run[front] >= 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void withSpilloverOnAWesternCollapseRaisesTheEasternHazardOverTheFollowingWeeks() {
        int[][] days = collapseDays(ON);
        double z = exposedHazardZ(days);
        assertTrue(z > Z_01, "one-sided Mantel-Haenszel test, n = " + RUNS + ", alpha = 0.01: Z = " + z
                + " (western collapses " + collapsed(days, 0) + ", eastern " + collapsed(days, 1) + ")");
    }

    @Test
    void withSpilloverOffTheFrontsCollapseIndependently() {
        int[][] days = collapseDays("{}");
        // both fronts must collapse often enough for the tests to have power
        assertTrue(collapsed(days, 0) > RUNS / 5 && collapsed(days, 1) > RUNS / 10,
                "western " + collapsed(days, 0) + ", eastern " + collapsed(days, 1));
        double z = exposedHazardZ(days);
        assertTrue(z < Z_01, "no rise of the eastern hazard after a western collapse: Z = " + z);
        double chi2 = independenceChi2(days);
        assertTrue(chi2 < CHI2_05, "Pearson chi-square test of independence, n = " + RUNS + ", alpha = 0.05:"
                + " chi2 = " + chi2);
    }

    @Test
    void theIndependenceTestHasPowerAgainstSpillover() {
        double chi2 = independenceChi2(collapseDays(ON));
        assertTrue(chi2 > CHI2_05, "with spillover on, the collapses are associated: chi2 = " + chi2);
    }

    @Test
    void spilloverNeedsCeasefiresPerDyadAndLeavesASingleCeasefireUnchanged() {
        String single = """
                name: single
                horizon: 120
                spillover: %s
                states:
                  a: {trust: 0.3, escalation: 0.4, perceptionNoise: 0.02, aggression: 0.1, warCost: 0.55}
                  b: {trust: 0.3, escalation: 0.4, perceptionNoise: 0.02, aggression: 0.1, warCost: 0.55}
                  c: {trust: 0.3, escalation: 0.4, perceptionNoise: 0.02, aggression: 0.1, warCost: 0.55}
                """;
        Scenario off = Fixtures.parse(single.formatted("{}"));
        Scenario on = Fixtures.parse(single.formatted(ON));
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(Simulation.run(off, seed), Simulation.run(on, seed), "one ceasefire has no other front");
        }
    }

    @Test
    void aCollapseShocksTheOtherFrontTheNextDayAndWarElsewhereCutsRestraintAndRaisesTheCostOfASecondWar() {
        TruceModel m = Fixtures.started("""
                name: shock
                horizon: 30
                spillover: {collapseEscalation: 0.25, warRestraintCut: 0.4, secondWarCost: 0.3}
                states:
                  pakistan: {escalation: 0.1, perceptionNoise: 0, aggression: 0, reactivity: 0, restraint: 0.1,
                             grievance: 0}
                  taliban: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                  india: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                ceasefires:
                  western:
                    parties: [pakistan, taliban]
                    collapse: {rule: violations, violations: 1, windowDays: 1}
                  eastern: {parties: [pakistan, india]}
                events:
                  - {day: 5, type: strike, by: taliban, against: pakistan}
                """, 1);
        StateAgent pakistan = m.state("pakistan");
        int india = m.state("india").index;
        int taliban = m.state("taliban").index;
        Ceasefire east = m.ceasefire("eastern");
        double x = 0.1;
        for (int d = 0; d <= 5; d++) {
            m.schedule.step(m);
            x *= 1 - 0.1;
            assertEquals(x, pakistan.escalationToward(india), 1e-12, "Richardson decay only, day " + d);
        }
        assertEquals(Ending.BREAKDOWN, m.ceasefire("western").ending(), "the western ceasefire broke down on day 5");
        assertEquals(0, m.secondWarCost(pakistan.index, east), 1e-12, "not yet at war before the day after");
        m.schedule.step(m);
        x = x + 0.25 - 0.1 * (1 - 0.4) * x;
        assertEquals(x, pakistan.escalationToward(india), 1e-12, "day 6: the shock, and restraint cut by 40%");
        assertEquals(0.6, m.restraintFactor(pakistan.index, india), 1e-12);
        assertEquals(1, m.restraintFactor(pakistan.index, taliban), 1e-12, "not toward the front at war");
        assertEquals(0.3, m.secondWarCost(pakistan.index, east), 1e-12, "war in the east now costs 0.3 more");
        assertEquals(0, m.secondWarCost(india, east), 1e-12, "India is at war nowhere");
    }
}
