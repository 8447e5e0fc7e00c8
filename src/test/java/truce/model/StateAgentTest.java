package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** Trust as belief, noisy reciprocity and Richardson escalation in one state. */
class StateAgentTest {

    private static final double EPS = 1e-12;

    @Test
    void restraintRaisesTrustSlowlyAndAViolationLowersItFast() {
        StateAgent a = new StateAgent(0, "a",
                Fixtures.state("{trust: 0.5, trustGain: 0.02, trustLoss: 0.3, perceptionNoise: 0}"), 2);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        a.perceive(random, 1);
        assertEquals(0.5 + 0.02 * 0.5, a.meanTrust(), EPS, "a day of restraint closes 2% of the gap");
        double before = a.meanTrust();
        a.suffer(1, 2.0);
        a.perceive(random, 1);
        assertEquals(before * Math.pow(0.7, 2.0), a.meanTrust(), EPS, "severity 2 costs (1-0.3)^2");
        assertTrue(before - a.meanTrust() > 10 * 0.02 * (1 - before),
                "one violation costs far more than a day of restraint gains");
    }

    @Test
    void escalationFollowsRichardson() {
        StateAgent a = new StateAgent(0, "a", Fixtures.state(
                "{escalation: 0.2, reactivity: 0.1, restraint: 0.05, grievance: 0.01, pressureDecay: 0.5,"
                        + " perceptionNoise: 0}"), 2);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        a.addCasualties(4);
        a.suffer(1, 1.5);
        a.perceive(random, 1);
        // x' = x + a*hostile - m*x + g*pressure
        assertEquals(0.2 + 0.1 * 1.5 - 0.05 * 0.2 + 0.01 * 4, a.escalation(), EPS);
        double x = a.escalation();
        a.perceive(random, 1);
        assertEquals(x - 0.05 * x + 0.01 * 2, a.escalation(), EPS, "pressure halves; no new hostility");
    }

    @Test
    void withoutTrustStrictTitForTatAlwaysRetaliatesAndFullForgivenessNever() {
        String noTrust = "{trust: 0, aggression: 0, perceptionNoise: 0, forgiveness: %s}";
        assertEquals(1.0, retaliationRate(noTrust.formatted(0)), EPS);
        assertEquals(0.0, retaliationRate(noTrust.formatted(1)), EPS);
        // 2000 Bernoulli(0.67) trials: standard error ~0.0105; 4 sigma = 0.042
        assertEquals(0.67, retaliationRate(noTrust.formatted(0.33)), 0.042);
    }

    @Test
    void trustMakesRetaliationLessLikely() {
        // trustLoss 0 keeps trust at 0.8: retaliation (1 - 0.33) x (1 - 0.8) = 0.134;
        // 2000 Bernoulli trials: standard error ~0.0076; 4 sigma = 0.031
        assertEquals(0.134, retaliationRate(
                "{trust: 0.8, trustLoss: 0, aggression: 0, perceptionNoise: 0, forgiveness: 0.33}"), 0.031);
    }

    @Test
    void perceptionNoiseCreatesViolationsThatDidNotHappen() {
        StateAgent a = new StateAgent(0, "a", Fixtures.state("{perceptionNoise: 1, trust: 0.5}"), 2);
        a.perceive(new MersenneTwisterFast(3), 1);
        assertTrue(a.meanTrust() < 0.5, "a certain false perception costs trust");
        StateAgent b = new StateAgent(0, "a", Fixtures.state("{perceptionNoise: 1, trust: 0.5}"), 2);
        b.perceive(new MersenneTwisterFast(3), 0);
        assertFalse(b.meanTrust() < 0.5, "monitoring that removes all noise removes the false perception");
    }

    /** Share of 2000 days with one perceived violation on which the state retaliated. */
    private static double retaliationRate(String spec) {
        TruceModel m = Fixtures.started(Fixtures.QUIET, 11);
        StateAgent a = new StateAgent(0, "a", Fixtures.state(spec), 2);
        int trials = 2000;
        for (int i = 0; i < trials; i++) {
            a.suffer(1, 1.0);
            a.perceive(m.random, 1);
            a.step(m);
        }
        return m.today().violations / (double) trials;
    }
}
