package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mediation with decaying leverage, reactive talks, and the commitment gap. */
class MediationTest {

    private static final String MEDIATED = """
            name: mediated
            horizon: 100
            states:
              a: {perceptionNoise: 0, aggression: 0, escalation: %s, demand: %s, concession: 0.5, trust: 0.6}
              b: {perceptionNoise: 0, aggression: 0, escalation: 0, demand: 0, concession: %s, trust: 0.4}
            mediators:
              m: {leverage: 0.8, leverageDecay: 0.1, escalationTrigger: 0.5, cooldown: 1000, renewal: 0}
            """;

    @Test
    void leverageDecaysGeometricallyWithoutRenewal() {
        TruceModel model = Fixtures.started(MEDIATED.formatted(0, 0, 0.5), 1);
        for (int d = 0; d < 10; d++) {
            model.schedule.step(model);
        }
        assertEquals(0.8 * Math.pow(0.9, 10), model.mediator("m").leverage(), 1e-12);
    }

    @Test
    void successChanceGrowsWithLeverageAndTrustAndFallsWithTheDemandGap() {
        TruceModel model = Fixtures.started(MEDIATED.formatted(0, 0.9, 0.2), 1);
        Mediator m = model.mediator("m");
        // gap = max(0.9 - 0.2, 0 - 0.5) = 0.7; mean trust 0.5
        assertEquals(0.8 * (0.5 + 0.5 * 0.5) * (1 - 0.7), model.getCeasefire().peace().successChance(model, m), 1e-12);
        TruceModel noGap = Fixtures.started(MEDIATED.formatted(0, 0.2, 0.2), 1);
        assertEquals(0.8 * 0.75, noGap.getCeasefire().peace().successChance(noGap, noGap.mediator("m")), 1e-12);
    }

    @Test
    void talksAreConvenedWhenEscalationReachesTheTrigger() {
        RunOutcome calm = Simulation.run(Fixtures.parse(MEDIATED.formatted(0.1, 0, 0.5)), 3);
        RunOutcome tense = Simulation.run(Fixtures.parse(MEDIATED.formatted(0.6, 0, 0.5)), 3);
        assertEquals(0, calm.talksHeld());
        assertEquals(1, tense.talksHeld(), "one round, then the long cooldown");
    }

    @Test
    void successRaisesTrustAndCutsEscalationAndFailureCostsTrust() {
        String fixed = MEDIATED.formatted(0.3, 0, 0.5)
                + "events:\n  - {day: 0, type: talks, mediator: m, outcome: %s}\n";
        TruceModel ok = Fixtures.started(fixed.formatted("success"), 1);
        ok.schedule.step(ok);
        TruceModel ko = Fixtures.started(fixed.formatted("failure"), 1);
        ko.schedule.step(ko);
        assertTrue(ok.state("a").meanTrust() > ko.state("a").meanTrust() + 0.12,
                "+0.1 versus -0.1 x stakes (escalation 0.3)");
        assertTrue(ok.state("a").escalation() < ko.state("a").escalation());
        assertEquals(1, ok.outcome().talksSucceeded());
        assertEquals(0, ko.outcome().talksSucceeded());
    }
}
