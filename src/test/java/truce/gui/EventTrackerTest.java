package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import truce.model.TruceModel;

/** Today's events are pinned on the actors involved, and add up to the model's day counts. */
class EventTrackerTest {

    @Test
    void perActorEventsAddUpToTheModelsCountsEveryDay() {
        for (long seed = 1; seed <= 10; seed++) {
            TruceModel m = GuiFixtures.started(seed);
            EventTracker t = new EventTracker();
            t.reset(m);
            int states = m.getStateAgents().size();
            while (m.schedule.step(m)) {
                t.update(m);
                int attacksBy = 0;
                for (int g = 0; g < m.getGroups().size(); g++) {
                    attacksBy += t.attacksBy(g);
                }
                int attacksOn = 0;
                int violations = 0;
                for (int s = 0; s < states; s++) {
                    attacksOn += t.attacksOn(s);
                    violations += t.violationsBy(s);
                    int againstEach = 0;
                    for (int j = 0; j < states; j++) {
                        againstEach += t.violationsBy(s, j);
                    }
                    assertEquals(t.violationsBy(s), againstEach, "violations by state " + s + " split by victim");
                    assertEquals(0, t.violationsBy(s, s), "no state violates against itself");
                }
                int talks = 0;
                for (int k = 0; k < m.getMediators().size(); k++) {
                    talks += t.talks(k) == EventTracker.Talks.NONE ? 0 : 1;
                }
                String day = "seed " + seed + " day " + m.day();
                assertEquals(m.day(), t.day(), day);
                assertEquals(m.getAttacksToday(), attacksBy, day);
                assertEquals(m.getAttacksToday(), attacksOn, day);
                assertEquals(m.getViolationsToday(), violations, day);
                assertEquals(m.getTalksToday(), talks, day);
                if (!m.inProgress()) {
                    break;
                }
            }
        }
    }

    @Test
    void theBaselinesScheduledEventsFlashOnTheirActors() {
        TruceModel m = GuiFixtures.started(9);
        EventTracker t = new EventTracker();
        t.reset(m);
        assertTrue(t.status().startsWith("before day 0"), t.status());
        List<String> mediators = m.getMediators().stream().map(x -> x.getName()).toList();
        int turkey = mediators.indexOf("turkey");
        boolean sawCollapse = false;
        while (m.schedule.step(m)) {
            t.update(m);
            switch (m.day()) {
                case 6 -> assertEquals(EventTracker.Talks.SUCCEEDED, t.talks(turkey),
                        "Istanbul round 1 succeeds");
                case 19 -> assertEquals(EventTracker.Talks.FAILED, t.talks(turkey),
                        "Istanbul round 2 fails");
                case 23 -> {
                    assertTrue(t.attacksBy(0) >= 1, "the Islamabad court bombing (ttp)");
                    assertTrue(t.attacksOn(0) >= 1, "on pakistan");
                    assertTrue(t.summary().contains("attack"), t.summary());
                }
                case 36 -> assertTrue(t.violationsBy(0) >= 1, "the Khost strikes (pakistan)");
                default -> { }
            }
            assertTrue(t.status().startsWith("day " + m.day() + " of 365"), t.status());
            if (!m.inProgress()) {
                sawCollapse = !t.inForce();
                assertTrue(t.status().contains("COLLAPSED on day " + m.day()), t.status());
                break;
            }
        }
        assertTrue(sawCollapse, "seed 9 collapses (on day 280)");
        assertFalse(t.summary().isEmpty());
    }

    @Test
    void twoMediatorsTalkingOnOneDayEachShowTheirOwnResult() {
        TruceModel m = new TruceModel(1, truce.scenario.ScenarioLoader.parse("""
                name: two-rounds
                states:
                  a: {perceptionNoise: 0, aggression: 0}
                  b: {perceptionNoise: 0, aggression: 0}
                mediators:
                  first: {escalationTrigger: 1}
                  second: {escalationTrigger: 1}
                events:
                  - {day: 0, type: talks, mediator: first, outcome: success}
                  - {day: 0, type: talks, mediator: second, outcome: failure}
                """, "two-rounds.yaml"), false);
        m.start();
        EventTracker t = new EventTracker();
        t.reset(m);
        m.schedule.step(m);
        t.update(m);
        assertEquals(EventTracker.Talks.SUCCEEDED, t.talks(0));
        assertEquals(EventTracker.Talks.FAILED, t.talks(1));
    }
}
