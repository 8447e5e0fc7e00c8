package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ceasefires per dyad: violations, talks and endings are counted per ceasefire, a state may be
 * party to several, a ceasefire may start later, and the run's single outcome is the composite
 * "every ceasefire still in force".
 */
class RegionalCeasefiresTest {

    private static final double EPS = 1e-12;

    /** Pakistan at peace with the Taliban (west) and India (east); quiet states, the violations rule. */
    private static final String REGION = """
            name: region
            horizon: 100
            collapse: {rule: violations, violations: 3, windowDays: 10}
            states:
              pakistan: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
              taliban: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
              india: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
            ceasefires:
              western: {parties: [pakistan, taliban]}
              eastern: {parties: [india, pakistan], startDay: %d}
            """;

    private static String region(int easternStart) {
        return REGION.formatted(easternStart);
    }

    private static CeasefireOutcome named(RunOutcome o, String key) {
        return o.ceasefires().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void violationsCountTowardTheCeasefireOfTheirDyadOnlyAndOneCollapseLeavesTheOtherInForce() {
        RunOutcome o = Simulation.run(Fixtures.parse(region(0) + """
                events:
                  - {day: 5, type: strike, by: taliban, against: pakistan}
                  - {day: 6, type: strike, by: taliban, against: pakistan}
                  - {day: 7, type: strike, by: pakistan, against: taliban}
                  - {day: 8, type: strike, by: india, against: pakistan}
                  - {day: 30, type: strike, by: india, against: pakistan}
                """), 1);
        CeasefireOutcome west = named(o, "western");
        CeasefireOutcome east = named(o, "eastern");
        assertEquals(Ending.BREAKDOWN, west.ending(), "three western violations within ten days");
        assertEquals(7, west.endingDay());
        assertEquals(CollapseCause.VIOLATIONS, west.cause());
        assertEquals(3, west.violations());
        assertEquals(Ending.IN_FORCE, east.ending(), "two eastern violations, 22 days apart");
        assertEquals(100, east.endingDay());
        assertEquals(2, east.violations());
        // the composite: the first ceasefire to end
        assertFalse(o.survived());
        assertEquals(7, o.collapseDay());
        assertEquals(Ending.BREAKDOWN, o.ending());
        assertEquals(5, o.violations(), "every state-on-state violation, whatever the ceasefire");
    }

    @Test
    void aCeasefireThatStartsLaterCountsNothingBeforeItsStartAndCannotEndBeforeIt() {
        String strikes = """
                events:
                  - {day: 10, type: strike, by: india, against: pakistan}
                  - {day: 11, type: strike, by: india, against: pakistan}
                  - {day: 12, type: strike, by: india, against: pakistan}
                """;
        RunOutcome later = Simulation.run(Fixtures.parse(region(40) + strikes), 1);
        CeasefireOutcome east = named(later, "eastern");
        assertEquals(40, east.startDay());
        assertEquals(0, east.violations(), "no eastern ceasefire yet on days 10-12");
        assertEquals(Ending.IN_FORCE, east.ending());
        assertTrue(later.survived());
        RunOutcome inForce = Simulation.run(Fixtures.parse(region(0) + strikes), 1);
        assertEquals(Ending.BREAKDOWN, named(inForce, "eastern").ending(), "the same strikes under a ceasefire");
        assertEquals(12, named(inForce, "eastern").endingDay());
    }

    @Test
    void theAgreementActsOnlyBetweenItsPartiesAndFromItsStartDay() {
        TruceModel m = Fixtures.started("""
                name: region
                horizon: 100
                states: {pakistan: {}, taliban: {}, india: {}}
                ceasefires:
                  western:
                    parties: [pakistan, taliban]
                    agreement: {strength: definitive, enforcement: true, enforcementCost: 0.3}
                  eastern: {parties: [pakistan, india], startDay: 5}
                """, 1);
        m.schedule.step(m);
        int pakistan = m.state("pakistan").index;
        int taliban = m.state("taliban").index;
        int india = m.state("india").index;
        assertEquals(1 - (2 * 0.05 + 0.3), m.agreement(pakistan, taliban).deterrence(), EPS);
        assertEquals(0.6, m.agreement(taliban, pakistan).accidentFactor(), EPS, "definitive: 2 rungs of 0.2");
        assertEquals(1.0, m.agreement(pakistan, india).deterrence(), EPS, "no eastern ceasefire before day 5");
        assertEquals(1.0, m.agreement(taliban, india).deterrence(), EPS, "no ceasefire between them at all");
        for (int d = 1; d <= 5; d++) {
            m.schedule.step(m);
        }
        assertEquals(5, m.day());
        assertEquals("eastern", m.agreement(india, pakistan).key, "in force from its start day");
    }

    @Test
    void talksTouchOnlyTheServedCeasefiresParties() {
        TruceModel m = Fixtures.started("""
                name: region
                horizon: 100
                talks: {successTrust: 0.2}
                states:
                  pakistan: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  taliban: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  india: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                ceasefires:
                  western: {parties: [pakistan, taliban]}
                  eastern: {parties: [pakistan, india]}
                mediators:
                  qatar: {escalationTrigger: 1}
                events:
                  - {day: 0, type: talks, mediator: qatar, outcome: success, ceasefire: western}
                """, 1);
        m.schedule.step(m);
        StateAgent pakistan = m.state("pakistan");
        int taliban = m.state("taliban").index;
        int india = m.state("india").index;
        assertEquals(0.6, pakistan.trustIn(taliban), EPS, "western talks: Pakistan trusts the Taliban more");
        assertEquals(0.4, pakistan.trustIn(india), EPS, "but not India");
        assertEquals(0.4, m.state("india").trustIn(pakistan.index), EPS);
        RunOutcome o = m.outcome();
        assertEquals(1, named(o, "western").talksHeld());
        assertEquals(0, named(o, "eastern").talksHeld());
        assertEquals(1, o.talksHeld());
    }

    @Test
    void scriptedTalksThroughAChannelAreHeldOnItsCeasefireAndTouchOnlyItsParties() {
        TruceModel m = Fixtures.started("""
                name: region
                horizon: 100
                talks: {successTrust: 0.2}
                states:
                  pakistan: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  taliban: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  india: {trust: 0.4, perceptionNoise: 0, aggression: 0, trustGain: 0}
                ceasefires:
                  western: {parties: [pakistan, taliban]}
                  eastern: {parties: [pakistan, india]}
                channels:
                  hotline: {ceasefire: eastern, escalationTrigger: 1}
                events:
                  - {day: 0, type: talks, channel: hotline, outcome: success}
                """, 1);
        m.schedule.step(m);
        StateAgent pakistan = m.state("pakistan");
        assertEquals(0.6, pakistan.trustIn(m.state("india").index), EPS, "eastern talks: Pakistan trusts India more");
        assertEquals(0.4, pakistan.trustIn(m.state("taliban").index), EPS, "but not the Taliban");
        RunOutcome o = m.outcome();
        assertEquals(1, named(o, "eastern").talksHeld(), "on the channel's ceasefire, named nowhere in the event");
        assertEquals(0, named(o, "western").talksHeld());
        assertEquals(1, m.getChannels().get(0).getTalksConvened(), "through the channel");
    }

    @Test
    void aScenarioWithoutCeasefiresHasOneAmongAllItsStatesReportedAsTheComposite() {
        RunOutcome o = Simulation.run(Fixtures.parse("""
                name: three
                horizon: 100
                collapse: {rule: violations, violations: 2, windowDays: 10}
                states:
                  a: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                  b: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                  c: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                events:
                  - {day: 5, type: strike, by: a, against: b}
                  - {day: 6, type: strike, by: c, against: b}
                """), 1);
        assertEquals(List.of(CeasefireOutcome.SINGLE), o.ceasefires().stream().map(CeasefireOutcome::key).toList());
        CeasefireOutcome only = o.ceasefires().get(0);
        assertEquals(Ending.BREAKDOWN, only.ending(), "violations between any two states count toward it");
        assertEquals(o.endingDay(), only.endingDay());
        assertEquals(6, only.endingDay());
        assertEquals(o.cause(), only.cause());
        assertEquals(2, only.violations());
    }

    @Test
    void aFixedTermCountsFromTheCeasefiresOwnStartDay() {
        RunOutcome o = Simulation.run(Fixtures.parse("""
                name: term
                horizon: 100
                states:
                  a: {trust: 0.1, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  b: {trust: 0.1, perceptionNoise: 0, aggression: 0, trustGain: 0}
                  c: {perceptionNoise: 0, aggression: 0}
                ceasefires:
                  ab:
                    parties: [a, b]
                    startDay: 15
                    agreement: {term: 30, renewalTrust: 0.5}
                  bc: {parties: [b, c]}
                """), 1);
        assertEquals(Ending.EXPIRY, named(o, "ab").ending());
        assertEquals(45, named(o, "ab").endingDay(), "30 days after its start on day 15");
        assertEquals(Ending.IN_FORCE, named(o, "bc").ending());
    }

    /** Escalated fronts, so that reactive talks are due on both from day 0. */
    private static final String TENSE = """
            name: tense
            horizon: 60
            collapse: {rule: violations, violations: 1000, windowDays: 1, offensiveEscalation: 1}
            talks: {successTrust: 0, failureTrust: 0, deescalation: 0}
            states:
              pakistan: {escalation: 0.8, perceptionNoise: 0, aggression: 0, restraint: 0}
              taliban: {escalation: 0.8, perceptionNoise: 0, aggression: 0, restraint: 0}
              india: {escalation: 0.8, perceptionNoise: 0, aggression: 0, restraint: 0}
            ceasefires:
              western: {parties: [pakistan, taliban]}
              eastern: {parties: [pakistan, india]}
            """;

    @Test
    void aMediatorServesOnlyTheCeasefiresItNamesAndItsDealCountsOnlyThere() {
        TruceModel m = Fixtures.started(TENSE + """
                mediators:
                  qatar: {leverage: 1, leverageDecay: 0, escalationTrigger: 0.5, cooldown: 10, guarantee: 0.5,
                          serves: [western]}
                """, 1);
        for (int d = 0; d < 30; d++) {
            m.schedule.step(m);
        }
        RunOutcome o = m.outcome();
        assertEquals(3, named(o, "western").talksHeld(), "days 0, 10 and 20: every cooldown, escalation being high");
        assertEquals(0, named(o, "eastern").talksHeld(), "Qatar does not serve the eastern ceasefire");
        Ceasefire west = m.ceasefire("western");
        Ceasefire east = m.ceasefire("eastern");
        assertTrue(m.mediator("qatar").getDeal());
        assertEquals(0.5 * m.mediator("qatar").leverage(), west.defectionCost(m), EPS, "its deal guarantees the west");
        assertEquals(0, east.defectionCost(m), EPS, "and not the east");
    }

    @Test
    void aDirectChannelTalksOnItsCeasefireOnlyAndGuaranteesNothing() {
        TruceModel m = Fixtures.started(TENSE + """
                channels:
                  hotline: {ceasefire: eastern, leverage: 1, talksEvery: 7, escalationTrigger: 1}
                """, 1);
        for (int d = 0; d < 30; d++) {
            m.schedule.step(m);
        }
        RunOutcome o = m.outcome();
        assertEquals(4, named(o, "eastern").talksHeld(), "days 7, 14, 21 and 28 on its schedule");
        assertEquals(0, named(o, "western").talksHeld());
        assertEquals(4, named(o, "eastern").talksSucceeded(), "leverage 1, no gap, so every round succeeds");
        assertEquals(0, m.ceasefire("eastern").defectionCost(m), EPS, "no third party stands behind the deal");
        assertTrue(m.getMediators().isEmpty());
        assertEquals(4, m.getChannels().get(0).getTalksConvened(), "the channel convened them");
    }
}
