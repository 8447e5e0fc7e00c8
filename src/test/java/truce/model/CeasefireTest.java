package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a ceasefire ends: the decision rule, the violations rule, expiry; what the agreement does. */
class CeasefireTest {

    private static final double EPS = 1e-12;

    /** Strikes by a on the given days, under the violations rule. */
    private static RunOutcome strikes(int... days) {
        StringBuilder y = new StringBuilder("""
                name: strikes
                horizon: 100
                collapse: {rule: violations, violations: 3, windowDays: 10}
                states:
                  a: {perceptionNoise: 0, aggression: 0}
                  b: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                events:
                """);
        for (int d : days) {
            y.append("  - {day: ").append(d).append(", type: strike, by: a, against: b}\n");
        }
        return Simulation.run(Fixtures.parse(y.toString()), 1);
    }

    @Test
    void underTheViolationsRuleKViolationsWithinTheWindowEndTheCeasefire() {
        RunOutcome o = strikes(5, 9, 14);
        assertFalse(o.survived());
        assertEquals(14, o.collapseDay());
        assertEquals(CollapseCause.VIOLATIONS, o.cause());
        assertEquals(Ending.BREAKDOWN, o.ending());
        assertEquals(14, o.endingDay());
    }

    @Test
    void violationsSpreadBeyondTheWindowDoNot() {
        RunOutcome o = strikes(5, 10, 15, 20, 25);
        assertTrue(o.survived());
        assertEquals(100, o.collapseDay(), "censored at the horizon");
        assertEquals(Ending.IN_FORCE, o.ending());
        assertEquals(100, o.endingDay());
        assertEquals(5, o.violations());
    }

    @Test
    void aScriptedStrikeIsFeltTheNextDayLikeTheModelsOwnViolations() {
        TruceModel m = Fixtures.started(Fixtures.QUIET + """
                events:
                  - {day: 3, type: strike, by: a, against: b}
                """, 1);
        for (int d = 0; d <= 3; d++) {
            m.schedule.step(m);
        }
        assertEquals(1, m.state("a").getViolations(), "carried out in the act phase of day 3");
        double trust = m.state("b").trustIn(0);
        assertTrue(trust > 0.5, "not yet perceived on day 3: b's trust still grows");
        m.schedule.step(m);
        assertTrue(m.state("b").trustIn(0) < trust, "perceived on day 4");
    }

    @Test
    void aStateChoosesWarWhenEscalationOutweighsTheCostsOfWarAndDefectionAndTheValueOfTrust() {
        String y = """
                name: decision
                horizon: 5
                agreement: {strength: %s, defectionCostPerRung: 0.1}
                states:
                  a: {escalation: 0.85, perceptionNoise: 0, aggression: 0, restraint: 0, warCost: 0.8,
                      trustValue: 0.2, trust: 0.2}
                  b: {escalation: 0, perceptionNoise: 0, aggression: 0}
                """;
        // cessation: 0.85 >= 0.8 + 0 + 0.2 x 0.2 = 0.84: war on day 0
        RunOutcome cessation = Simulation.run(Fixtures.parse(y.formatted("cessation")), 1);
        assertEquals(CollapseCause.DECISION, cessation.cause());
        assertEquals(0, cessation.collapseDay());
        // preliminary: the threshold is 0.94; the same state holds
        assertTrue(Simulation.run(Fixtures.parse(y.formatted("preliminary")), 1).survived());
    }

    @Test
    void defectionCostAddsRungsEnforcementAndTheGuaranteesOfStandingDeals() {
        TruceModel m = Fixtures.started("""
                name: cost
                agreement: {strength: definitive, defectionCostPerRung: 0.05, enforcement: true, enforcementCost: 0.1}
                states:
                  a: {}
                  b: {}
                mediators:
                  m: {leverage: 0.6, guarantee: 0.5}
                events:
                  - {day: 0, type: talks, mediator: m, outcome: success}
                """, 1);
        assertEquals(2 * 0.05 + 0.1, m.getCeasefire().defectionCost(m), EPS, "no deal yet");
        m.schedule.step(m);
        double leverage = m.mediator("m").leverage();
        assertEquals(2 * 0.05 + 0.1 + 0.5 * leverage, m.getCeasefire().defectionCost(m), EPS);
        for (int d = 0; d < 30; d++) {
            m.schedule.step(m);
        }
        assertTrue(m.getCeasefire().defectionCost(m) < 2 * 0.05 + 0.1 + 0.5 * leverage,
                "the deal fades as leverage lapses");
    }

    @Test
    void aFixedTermExpiresUnlessEveryPartyTrustsEnoughToRenew() {
        String y = """
                name: term
                horizon: 100
                agreement: {term: 30, renewalTrust: 0.6}
                states:
                  a: {trust: %s, trustGain: 0, perceptionNoise: 0, aggression: 0}
                  b: {trust: 0.9, trustGain: 0, perceptionNoise: 0, aggression: 0}
                """;
        RunOutcome distrust = Simulation.run(Fixtures.parse(y.formatted(0.5)), 1);
        assertEquals(Ending.EXPIRY, distrust.ending());
        assertEquals(30, distrust.endingDay());
        assertTrue(distrust.survived(), "an expiry is not a breakdown");
        assertEquals(100, distrust.collapseDay());
        assertEquals(Ending.IN_FORCE, Simulation.run(Fixtures.parse(y.formatted(0.7)), 1).ending());
    }

    @Test
    void aSettlementEndsTheSpellWithoutABreakdown() {
        RunOutcome o = Simulation.run(Fixtures.parse("""
                name: settle
                horizon: 100
                talks: {settlement: 1}
                states:
                  a: {trust: 0.9, trustGain: 0, perceptionNoise: 0, aggression: 0}
                  b: {trust: 0.9, trustGain: 0, perceptionNoise: 0, aggression: 0}
                mediators:
                  m: {leverage: 1}
                events:
                  - {day: 0, type: talks, mediator: m, outcome: success}
                """), 1);
        // a settlement with probability settlement x lowest trust = 1 x min(1, 0.9 + 0.1)
        assertEquals(Ending.SETTLEMENT, o.ending());
        assertEquals(0, o.endingDay());
        assertTrue(o.survived());
    }

    @Test
    void theAgreementsFactorsScaleWithItsRungAndMonitoring() {
        Ceasefire c = new Ceasefire(Fixtures.parse(Fixtures.QUIET).collapse(), Fixtures.parse("""
                name: f
                agreement: {strength: definitive, monitoring: true, attributionCut: 0.6, noiseCut: 0.25,
                            clarityPerRung: 0.2, narrowingPerRung: 0.1, spoilerRestraintPerRung: 0.15,
                            implementation: true, implementationResolve: 0.3}
                states: {a: {}, b: {}}
                """).agreement());
        assertEquals(0.4, c.attributionFactor(), EPS);
        assertEquals(0.75 * 0.6, c.noiseFactor(), EPS);
        assertEquals(0.6, c.accidentFactor(), EPS);
        assertEquals(0.8, c.narrowing(), EPS);
        assertEquals(0.7, c.spoilerFactor(), EPS);
        assertEquals(0.7, c.unresolvedShare(), EPS);
        Ceasefire unmonitored = new Ceasefire(Fixtures.parse(Fixtures.QUIET).collapse(),
                Fixtures.parse(Fixtures.QUIET).agreement());
        assertEquals(1.0, unmonitored.attributionFactor(), EPS);
        unmonitored.startMonitoring();
        assertEquals(0.5, unmonitored.attributionFactor(), EPS);
    }

    @Test
    void aRunCanStartLaterFromStatedConditions() {
        RunOutcome o = Simulation.run(Fixtures.parse("""
                name: later
                horizon: 100
                startDay: 60
                collapse: {rule: violations, violations: 1, windowDays: 5}
                states:
                  a: {perceptionNoise: 0, aggression: 0}
                  b: {perceptionNoise: 0, aggression: 0}
                events:
                  - {day: 10, type: strike, by: a, against: b}
                  - {day: 70, type: strike, by: a, against: b}
                """), 1);
        assertEquals(70, o.collapseDay(), "the strike of day 10 is history and is not replayed");
    }
}
