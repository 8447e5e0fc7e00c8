package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The collapse rule, agreement strength and monitoring. */
class CeasefireTest {

    /** Strikes by a on the given days, under the given agreement. */
    private static RunOutcome strikes(String agreement, int... days) {
        StringBuilder y = new StringBuilder("""
                name: strikes
                horizon: 100
                collapse: {violations: 3, windowDays: 10, tolerancePerRung: 1}
                agreement: %s
                states:
                  a: {perceptionNoise: 0, aggression: 0}
                  b: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                events:
                """.formatted(agreement));
        for (int d : days) {
            y.append("  - {day: ").append(d).append(", type: strike, by: a, against: b}\n");
        }
        return Simulation.run(Fixtures.parse(y.toString()), 1);
    }

    @Test
    void kViolationsWithinTheWindowEndACessation() {
        RunOutcome o = strikes("{strength: cessation}", 5, 9, 14);
        assertFalse(o.survived());
        assertEquals(14, o.collapseDay());
        assertEquals(CollapseCause.VIOLATIONS, o.cause());
        assertEquals(Ending.BREAKDOWN, o.ending());
        assertEquals(14, o.endingDay());
    }

    @Test
    void violationsSpreadBeyondTheWindowDoNot() {
        RunOutcome o = strikes("{strength: cessation}", 5, 10, 15, 20, 25);
        assertTrue(o.survived());
        assertEquals(100, o.collapseDay(), "censored at the horizon");
        assertEquals(Ending.IN_FORCE, o.ending());
        assertEquals(100, o.endingDay());
        assertEquals(5, o.violations());
    }

    @Test
    void strongerAgreementsTolerateMore() {
        assertFalse(strikes("{strength: cessation}", 1, 2, 3, 4).survived());
        assertFalse(strikes("{strength: preliminary}", 1, 2, 3, 4).survived());
        assertTrue(strikes("{strength: definitive}", 1, 2, 3, 4).survived(), "3 + 2 x 1 = 5 tolerated");
    }

    @Test
    void aMajorOffensiveEndsTheCeasefire() {
        RunOutcome o = Simulation.run(Fixtures.parse("""
                name: offensive
                collapse: {offensiveEscalation: 0.8}
                states:
                  a: {escalation: 0.85, perceptionNoise: 0, aggression: 0}
                  b: {perceptionNoise: 0, aggression: 0}
                """), 1);
        assertEquals(CollapseCause.OFFENSIVE, o.cause());
        assertEquals(0, o.collapseDay());
    }

    @Test
    void monitoringCutsAttributionAndNoise() {
        Ceasefire c = new Ceasefire(Fixtures.parse(Fixtures.QUIET).collapse(),
                new Agreement(Strength.CESSATION, true, 0.6, 0.25));
        assertEquals(0.4, c.attributionFactor(), 1e-12);
        assertEquals(0.75, c.noiseFactor(), 1e-12);
        Ceasefire unmonitored = new Ceasefire(Fixtures.parse(Fixtures.QUIET).collapse(),
                new Agreement(Strength.CESSATION, false, 0.6, 0.25));
        assertEquals(1.0, unmonitored.attributionFactor(), 1e-12);
        unmonitored.startMonitoring();
        assertEquals(0.4, unmonitored.attributionFactor(), 1e-12);
    }
}
