package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Trust as belief, noisy reciprocity and directed Richardson escalation in one state. */
class StateAgentTest {

    private static final double EPS = 1e-12;

    /** A model to give the agent its day, generator and counterparts; the agent itself stands apart. */
    private static TruceModel model() {
        return Fixtures.started(Fixtures.QUIET, 11);
    }

    private static StateAgent agent(String spec) {
        return new StateAgent(0, "a", Fixtures.state(spec), 2);
    }

    @Test
    void restraintRaisesTrustSlowlyAndAViolationLowersItFast() {
        TruceModel m = model();
        StateAgent a = agent("{trust: 0.5, trustGain: 0.02, trustLoss: 0.3, perceptionNoise: 0}");
        a.perceive(m);
        assertEquals(0.5 + 0.02 * 0.5, a.meanTrust(), EPS, "a day of restraint closes 2% of the gap");
        double before = a.meanTrust();
        a.suffer(1, 2.0);
        a.perceive(m);
        assertEquals(before * Math.pow(0.7, 2.0), a.meanTrust(), EPS, "severity 2 costs (1-0.3)^2");
        assertTrue(before - a.meanTrust() > 10 * 0.02 * (1 - before),
                "one violation costs far more than a day of restraint gains");
    }

    @Test
    void escalationTowardACounterpartFollowsRichardsonWithCasualtiesCountedOnce() {
        TruceModel m = model();
        StateAgent a = agent("{escalation: 0.2, reactivity: 0.1, restraint: 0.05, grievance: 0.01,"
                + " pressureDecay: 0.5, perceptionNoise: 0, attackSignal: 0}");
        a.blame(1, 4);
        a.suffer(1, 1.5);
        a.perceive(m);
        // x' = x + a*s - m*x + g*P: the blamed attack's casualties enter once, as pressure
        assertEquals(0.2 + 0.1 * 1.5 - 0.05 * 0.2 + 0.01 * 4, a.escalationToward(1), EPS);
        double x = a.escalationToward(1);
        a.perceive(m);
        assertEquals(x - 0.05 * x + 0.01 * 2, a.escalationToward(1), EPS, "pressure halves; no new hostility");
    }

    @Test
    void casualtiesBlamedOnNoOnePushTowardNoOne() {
        TruceModel m = model();
        StateAgent a = agent("{escalation: 0.2, restraint: 0.05, grievance: 0.01, perceptionNoise: 0}");
        a.sufferUnblamed(300);
        a.perceive(m);
        assertEquals(0.2 * 0.95, a.escalationToward(1), EPS, "300 unblamed casualties: escalation only decays");
        assertTrue(a.getPressure() > 100, "the pressure is felt at home");
    }

    @Test
    void aBlamedAttackUpdatesTrustAndBelievedControlByBayes() {
        StateAgent a = agent("{trust: 0.6, believedControl: 0.5, attackSignal: 0.8}");
        a.blame(1, 1);
        double z = 1 - 0.6 * 0.5 * 0.8;
        assertEquals(0.6 * (1 - 0.5 * 0.8) / z, a.trustIn(1), EPS);
        assertEquals(0.5 * (1 - 0.6 * 0.8) / z, a.believedControlOf(1), EPS);
        StateAgent weak = agent("{trust: 0.6, believedControl: 0.1, attackSignal: 0.8}");
        weak.blame(1, 1);
        assertTrue(weak.trustIn(1) > a.trustIn(1), "blame hurts trust more where control is believed");
    }

    @Test
    void aCrackdownIsACostlySignalThatRaisesTrust() {
        StateAgent a = agent("{trust: 0.3, crackdownSignal: 3}");
        a.observeCrackdown(1);
        assertEquals(0.3 * 3 / (0.3 * 3 + 0.7), a.trustIn(1), EPS);
    }

    @Test
    void promisesAreCappedByControlAndBelievedControl() {
        TruceModel m = Fixtures.started("""
                name: gap
                states:
                  a: {demand: 0.8, believedControl: 0.3}
                  b: {concession: 0.6, control: 0.5}
                """, 1);
        StateAgent a = m.state("a");
        StateAgent b = m.state("b");
        assertEquals(0.8 - 0.3, a.commitmentGap(b, 1), EPS, "b promises 0.6; a believes b controls 0.3");
        assertEquals(0.8 * 0.5 - 0.3, a.commitmentGap(b, 0.5), EPS, "an agreement that narrows demands");
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
    void retaliationIsScaledByTheSeverityItAnswersAndByEscalation() {
        TruceModel m = model();
        StateAgent a = agent("{trust: 0, trustLoss: 0, forgiveness: 0, aggression: 0, perceptionNoise: 0,"
                + " escalation: 0.5, reactivity: 0, restraint: 0, overreaction: 0.4}");
        a.suffer(1, 2.0);
        a.perceive(m);
        a.step(m);
        assertEquals(1, m.today().violations);
        assertEquals(2.0 * (1 + 0.4 * 0.5), pendingSeverity(m), EPS);
    }

    @Test
    void aContriteStateAcceptsTheReplyToItsOwnAccident() {
        TruceModel m = Fixtures.started("""
                name: contrite
                horizon: 10
                collapse: {rule: violations, violations: 100}
                states:
                  a: {accidents: 1, contrition: 1, forgiveness: 0, trust: 0, trustLoss: 0.5, perceptionNoise: 0,
                      aggression: 0, reactivity: 0, restraint: 0}
                  b: {forgiveness: 0, trust: 0, trustGain: 0, perceptionNoise: 0, aggression: 0}
                """, 1);
        m.schedule.step(m); // day 0: a's accident
        m.schedule.step(m); // day 1: b perceives it and replies (strict tit-for-tat, no trust)
        assertEquals(1, m.state("b").getViolations());
        double trustBefore = m.state("a").trustIn(1);
        m.schedule.step(m); // day 2: a perceives the reply and accepts it
        assertEquals(trustBefore + 0.01 * (1 - trustBefore), m.state("a").trustIn(1), EPS,
                "no loss of trust: the day counts as one of restraint");
    }

    @Test
    void anOpportunistLearnsTheVictimsForgiveness() {
        StateAgent a = agent("{}");
        assertEquals(0.5, a.believedForgiveness(1), EPS, "Beta(1, 1) prior");
    }

    @Test
    void perceptionNoiseCreatesViolationsThatDidNotHappen() {
        StateAgent a = agent("{perceptionNoise: 1, trust: 0.5}");
        a.perceive(model());
        assertTrue(a.meanTrust() < 0.5, "a certain false perception costs trust");
        StateAgent b = agent("{perceptionNoise: 1, trust: 0.5}");
        b.perceive(Fixtures.started("""
                name: monitored
                agreement: {monitoring: true, noiseCut: 1}
                states: {a: {}, b: {}}
                """, 11));
        assertFalse(b.meanTrust() < 0.5, "monitoring that removes all noise removes the false perception");
    }

    /** Total severity of today's violations. */
    private static double pendingSeverity(TruceModel m) {
        return m.today().severity;
    }

    /** Share of 2000 days with one perceived violation on which the state retaliated. */
    private static double retaliationRate(String spec) {
        TruceModel m = model();
        StateAgent a = agent(spec);
        int trials = 2000;
        for (int i = 0; i < trials; i++) {
            a.suffer(1, 1.0);
            a.perceive(m);
            a.step(m);
        }
        return m.today().violations / (double) trials;
    }
}
