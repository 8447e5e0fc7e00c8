package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Contact between states ({@link StateAgent#setContacts}): with a {@code ceasefires:} section, two
 * states are in contact only if a ceasefire joins them, so India and the Taliban, which none joins,
 * neither misperceive each other nor violate against each other, and their trust and escalation
 * toward each other do not move on their own; a militant attack blamed on a state not in contact
 * with the target still counts as blame. Fixed seeds 1..{@value #RUNS}; every state misperceives,
 * violates unprovoked and by accident at high rates, so that any pair in contact has violations.
 */
class ContactTest {

    private static final int RUNS = 50;

    /** Three eager violators; {@code %s} is the ceasefires section, or "" for none. */
    private static final String REGION = """
            name: contact
            horizon: 120
            collapse: {rule: decision}
            states:
              pakistan: {trust: 0.3, escalation: 0.3, perceptionNoise: 0.05, aggression: 0.2, accidents: 0.02, warCost: 1}
              taliban: {trust: 0.3, escalation: 0.3, perceptionNoise: 0.05, aggression: 0.2, accidents: 0.02, warCost: 1}
              india: {trust: 0.3, escalation: 0.3, perceptionNoise: 0.05, aggression: 0.2, accidents: 0.02, warCost: 1}
            %s""";

    private static final String TWO_FRONTS = """
            ceasefires:
              western: {parties: [pakistan, taliban]}
              eastern: {parties: [pakistan, india]}
            """;

    /** Violations committed by state {@code by} against state {@code against}, summed over the seeds. */
    private static int violations(String yaml, int by, int against) {
        Scenario s = Fixtures.parse(yaml);
        int sum = 0;
        for (int seed = 1; seed <= RUNS; seed++) {
            sum += played(s, seed).getStateAgents().get(by).violationsAgainst(against);
        }
        return sum;
    }

    private static TruceModel played(Scenario s, long seed) {
        TruceModel m = new TruceModel(seed, s, false);
        m.start();
        while (m.schedule.step(m) && m.inProgress()) {
            // one day per step
        }
        return m;
    }

    @Test
    void statesNoCeasefireJoinsCommitNoViolationsAgainstEachOther() {
        String region = REGION.formatted(TWO_FRONTS);
        // pakistan 0, taliban 1, india 2: india and the taliban have no ceasefire
        assertEquals(0, violations(region, 2, 1), "india -> taliban, not in contact");
        assertEquals(0, violations(region, 1, 2), "taliban -> india, not in contact");
        assertTrue(violations(region, 0, 2) > 0 && violations(region, 1, 0) > 0,
                "the same states do violate where a ceasefire joins them");
    }

    @Test
    void theSameStatesViolateAgainstEachOtherWhenSomethingPutsThemInContact() {
        // what the rule takes away: with a third ceasefire, or with no ceasefires section (one
        // ceasefire among all), india and the taliban are in contact and violate
        String third = TWO_FRONTS + "  northern: {parties: [india, taliban]}\n";
        assertTrue(violations(REGION.formatted(third), 2, 1) > 0, "india -> taliban with a ceasefire between them");
        assertTrue(violations(REGION.formatted(""), 2, 1) > 0, "india -> taliban among all, no ceasefires section");
    }

    @Test
    void trustAndEscalationTowardAStateNotInContactMoveOnlyByBlame() {
        String region = REGION.formatted(TWO_FRONTS + """
                militants:
                  hizb: {host: taliban, target: india, attackRate: 0}
                events:
                  - {day: 60, type: attack, group: hizb, casualties: 10, blamed: true}
                """);
        TruceModel m = Fixtures.started(region, 3);
        StateAgent india = m.getStateAgents().get(2);
        assertFalse(india.inContactWith(1));
        assertTrue(india.inContactWith(0));
        double restraint = m.scenario().states().get("india").restraint();
        double escalation = 0.3;
        for (int day = 0; day < 60; day++) {
            m.schedule.step(m);
            escalation *= 1 - restraint; // restraint only: no noise, no violation, no demand toward the taliban
            assertEquals(0.3, india.trustIn(1), 1e-12, "no quiet day to observe without contact, day " + day);
            assertEquals(escalation, india.escalationToward(1), 1e-12, "day " + day);
        }
        m.schedule.step(m); // day 60: the attack blamed on the taliban
        assertTrue(india.trustIn(1) < 0.3, "blame for an attack still lowers trust in its sponsor: " + india.trustIn(1));
        assertTrue(india.escalationToward(1) > escalation, "and its casualties raise escalation toward it");
    }

    @Test
    void aStateInContactWithNoOneHasItsInitialTrustAsMeanTrust() {
        TruceModel m = Fixtures.started(REGION.formatted("""
                ceasefires:
                  western: {parties: [pakistan, taliban]}
                """), 1);
        StateAgent india = m.getStateAgents().get(2);
        for (int day = 0; day < 30; day++) {
            m.schedule.step(m);
        }
        assertEquals(0.3, india.getTrust(), 1e-12);
        assertEquals(0, india.getEscalation(), 1e-12, "no counterpart, no escalation toward one");
        assertEquals(0, india.getViolations());
    }
}
