package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import truce.scenario.ScenarioLoader;

/**
 * Sponsors apart from hosts (the host restrains a group, its sponsor is blamed for it), the
 * coercion event, and {@code enabled} on events (issue 15, items 3 and 5).
 */
class SponsorsAndEventsTest {

    /**
     * Three states: the group shelters in {@code host} and is blamed on {@code sponsor}. No noise,
     * no aggression, full forgiveness: trust moves only by blame and quiet days.
     */
    private static final String THREE = """
            name: sponsors
            horizon: 400
            collapse: {violations: 1000, offensiveEscalation: 1}
            states:
              host: {perceptionNoise: 0, aggression: 0, forgiveness: 1, control: 1, will: 0.5, trust: 0.5}
              victim: {perceptionNoise: 0, aggression: 0, forgiveness: 1, grievance: 0, reactivity: 0, trust: 0.5,
                       trustGain: 0, believedControl: 0.8, attackSignal: 0.5}
              patron: {perceptionNoise: 0, aggression: 0, forgiveness: 1, control: 1, will: 1, trust: 0.5}
            militants:
              g: {host: host, %s target: victim, attackRate: 1.0, spoilerBoost: 0, attribution: 1}
            """;

    @Test
    void theSponsorIsBlamedWhileTheHostRestrains() {
        TruceModel m = run(THREE.formatted("sponsor: patron,"), 400);
        StateAgent victim = m.state("victim");
        // every attack is blamed (attribution 1): on the patron, never on the host
        assertTrue(victim.trustIn(m.state("patron").index) < 0.01, "trust in the sponsor collapses: "
                + victim.trustIn(m.state("patron").index));
        assertEquals(0.5, victim.trustIn(m.state("host").index), 0, "the host is never blamed");
        // the host's control x will (1 x 0.5) halves the rate; the patron's (1 x 1) would stop it:
        // 400 days of Poisson(0.5), mean 200, sd 14.1
        int attacks = m.getAttacksSoFar();
        assertTrue(Math.abs(attacks - 200) < 4 * Math.sqrt(200), "attacks " + attacks);
        assertEquals("patron", m.group("g").getSponsor());
    }

    @Test
    void withoutASponsorTheHostIsBlamed() {
        TruceModel m = run(THREE.formatted(""), 400);
        StateAgent victim = m.state("victim");
        assertTrue(victim.trustIn(m.state("host").index) < 0.01);
        assertEquals(0.5, victim.trustIn(m.state("patron").index), 0);
        assertEquals("host", m.group("g").getSponsor());
    }

    @Test
    void aDomesticGroupWithAForeignSponsorIsBlamedOnTheSponsor() {
        // the BLA: shelters in Pakistan, attacks Pakistan, Pakistan blames India
        String yaml = THREE.replace("g: {host: host, %s target: victim", "g: {host: victim, sponsor: patron, target: victim");
        TruceModel m = run(yaml, 200);
        assertTrue(m.state("victim").trustIn(m.state("patron").index) < 0.01);
        assertEquals(0.5, m.state("victim").trustIn(m.state("host").index), 0);
        // a sponsor that is the target: domestic, never blamed on anyone
        TruceModel domestic = run(THREE.formatted("sponsor: victim,"), 200);
        for (StateAgent s : domestic.states()) {
            if (s != domestic.state("victim")) {
                assertEquals(0.5, domestic.state("victim").trustIn(s.index), 0);
            }
        }
    }

    @Test
    void namingTheHostAsSponsorChangesNothing() {
        Path baseline = Path.of("scenarios/baseline-2025.yaml");
        Scenario plain = ScenarioLoader.load(baseline);
        Map<String, Object> explicit = new LinkedHashMap<>();
        explicit.put("militants.ttp.sponsor", "taliban");
        explicit.put("militants.bla.sponsor", "pakistan");
        Scenario named = ScenarioLoader.load(baseline, explicit);
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(Simulation.runRecorded(plain, seed), Simulation.runRecorded(named, seed), "seed " + seed);
        }
    }

    /** Two states on a quiet ceasefire under the decision rule; b's escalation toward a starts at 0.3. */
    private static final String COERCION = """
            name: coercion
            horizon: 60
            states:
              a: {perceptionNoise: 0, aggression: 0, escalation: 0.3, restraint: 0.1, warCost: 0.8}
              b: {perceptionNoise: 0, aggression: 0, escalation: 0.3, restraint: 0.1, warCost: 0.8}
            events:
              - {day: 10, type: coercion, state: a, against: b, value: %s, enabled: %s}
            """;

    @Test
    void coercionRaisesTheCoercedStatesEscalationTowardTheCoercerOnly() {
        TruceModel on = started(COERCION.formatted(0.4, true));
        TruceModel off = started(COERCION.formatted(0.4, false));
        for (int day = 0; day <= 10; day++) {
            on.schedule.step(on);
            off.schedule.step(off);
        }
        int a = on.state("a").index;
        int b = on.state("b").index;
        // the shock lands in the events phase, before today's decay: x' = (x + 0.4) - m (x + 0.4)
        assertEquals(off.state("b").escalationToward(a) + 0.4 * (1 - 0.1), on.state("b").escalationToward(a), 1e-12);
        assertEquals(off.state("a").escalationToward(b), on.state("a").escalationToward(b), 0, "a is not coerced");
        assertEquals(off.state("b").trustIn(a), on.state("b").trustIn(a), 0, "coercion costs no trust");
        assertEquals(0, on.outcome().violations(), "coercion is not a violation");
    }

    @Test
    void coercionCanCarryTheCoercedStateToWarAndADisabledOneNever() {
        // b chooses war when x >= warCost 0.8 (no trust value, no defection cost); by day 10 its
        // escalation has decayed to 0.3 x 0.9^10 = 0.105, the shock lifts it to 1 (clamped), today's decay to 0.9
        RunOutcome on = Simulation.run(Fixtures.parse(COERCION.formatted(0.9, true)), 3);
        assertEquals(Ending.BREAKDOWN, on.ending());
        assertEquals(10, on.collapseDay());
        RunOutcome off = Simulation.run(Fixtures.parse(COERCION.formatted(0.9, false)), 3);
        assertTrue(off.survived(), "switched off, the event never happens");
    }

    @Test
    void aSweepCanSwitchTheBaselinesDay11MonitoringEventOff() {
        Path baseline = Path.of("scenarios/baseline-2025.yaml");
        Scenario scripted = ScenarioLoader.load(baseline, Map.of("agreement.monitoring", false));
        EventSpec day11 = scripted.events().get(1);
        assertEquals(EventType.MONITORING, day11.type());
        assertEquals(11, day11.day());
        Scenario clean = ScenarioLoader.load(baseline, Map.of("agreement.monitoring", false, "events[1].enabled", false));
        for (long seed = 1; seed <= 5; seed++) {
            List<DayRecord> withEvent = Simulation.runRecorded(scripted, seed).trajectory().days();
            List<DayRecord> without = Simulation.runRecorded(clean, seed).trajectory().days();
            assertFalse(withEvent.get(10).monitoring());
            if (withEvent.size() > 11) {
                assertTrue(withEvent.get(11).monitoring(), "the script starts monitoring on day 11");
            }
            assertTrue(without.stream().noneMatch(DayRecord::monitoring), "no monitoring without the event");
        }
    }

    private static TruceModel started(String yaml) {
        return Fixtures.started(yaml, 7);
    }

    private static TruceModel run(String yaml, int days) {
        TruceModel m = started(yaml);
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
        return m;
    }
}
