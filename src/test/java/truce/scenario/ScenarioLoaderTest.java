package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import truce.model.CollapseRule;
import truce.model.EventSpec;
import truce.model.EventType;
import truce.model.GroupSpec;
import truce.model.Scenario;
import truce.model.StateSpec;
import truce.model.Strength;
import truce.model.TalksOutcome;

/** Valid scenarios bind to the expected values; defaults and overrides apply. */
class ScenarioLoaderTest {

    @Test
    void defaultsApplyToEverythingLeftOut() {
        Scenario sc = ScenarioLoader.load(ScenarioFiles.path("good/minimal.yaml"));
        assertEquals("minimal", sc.name());
        assertEquals("", sc.description());
        assertEquals(365, sc.horizon());
        assertEquals(3, sc.collapse().violations());
        assertEquals(14, sc.collapse().windowDays());
        assertEquals(Strength.CESSATION, sc.agreement().strength());
        assertEquals(0.1, sc.talks().successTrust());
        assertEquals(List.of("a", "b"), List.copyOf(sc.states().keySet()));
        StateSpec b = sc.states().get("b");
        assertEquals(0.5, b.trust());
        assertEquals(0.33, b.forgiveness());
        assertEquals(0.002, b.grievance());
        assertTrue(sc.militants().isEmpty());
        assertTrue(sc.mediators().isEmpty());
        assertTrue(sc.events().isEmpty());
    }

    @Test
    void fullScenarioBindsEveryValue() {
        Scenario sc = ScenarioLoader.load(ScenarioFiles.path("good/full.yaml"));
        assertEquals("Pakistan and the Afghan Taliban, autumn 2025", sc.description());
        assertEquals(200, sc.horizon());
        assertEquals(4, sc.collapse().violations());
        assertEquals(0.8, sc.collapse().offensiveEscalation());
        assertEquals(CollapseRule.Rule.VIOLATIONS, sc.collapse().rule());
        assertEquals(Strength.DEFINITIVE, sc.agreement().strength());
        assertTrue(sc.agreement().monitoring());
        assertEquals(0.4, sc.talks().deescalation());

        StateSpec taliban = sc.states().get("taliban");
        assertEquals(0.35, taliban.trust(), "explicit key beats the merged one");
        assertEquals(0.02, taliban.trustGain(), "merged from pakistan's anchor");
        assertEquals(0.8, taliban.demand(), "merged from pakistan's anchor");
        assertEquals(0.5, taliban.forgiveness());
        assertEquals(0.3, taliban.control());
        assertEquals(0.5, taliban.believedControl(), "default");

        GroupSpec bla = sc.militants().get("bla");
        assertEquals("pakistan", bla.host());
        assertEquals("pakistan", bla.target(), "a domestic group may target its host");
        assertEquals(List.of("ttp", "bla"), List.copyOf(sc.militants().keySet()));
        assertEquals(30, sc.mediators().get("qatar").talksEvery());
        assertTrue(sc.mediators().get("qatar").monitors());
        assertEquals(7, sc.mediators().get("turkey").cooldown());

        List<EventSpec> ev = sc.events();
        assertEquals(5, ev.size());
        assertEquals(EventType.ATTACK, ev.get(0).type());
        assertEquals("ttp", ev.get(0).group());
        assertEquals(12.0, ev.get(0).casualties());
        assertEquals(Boolean.TRUE, ev.get(0).blamed());
        assertEquals("Islamabad court bombing", ev.get(0).note());
        assertEquals(TalksOutcome.FAILURE, ev.get(1).outcome());
        assertEquals("taliban", ev.get(2).against());
        assertEquals(0.9, ev.get(3).value());
        assertEquals(EventType.MONITORING, ev.get(4).type());
        assertNull(ev.get(4).note());
        assertEquals(TalksOutcome.MODEL, ev.get(0).outcome(), "default");
    }

    @Test
    void parseNamesTheTextAsGiven() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("name: x\nstates: {a: {}, b: {trust: 2}}\n", "inline"));
        assertEquals("inline:2: states.b.trust: expected a number in [0, 1] (probability), found 2",
                e.getMessage());
    }

    @Test
    void overridesReplaceValuesAndFillSectionsLeftOut() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("states.b.trust", "0.9");
        o.put("collapse.violations", 7.0);
        o.put("agreement.strength", "definitive");
        o.put("agreement.monitoring", true);
        o.put("horizon", 30);
        Scenario sc = ScenarioLoader.load(ScenarioFiles.path("good/minimal.yaml"), o);
        assertEquals(0.9, sc.states().get("b").trust());
        assertEquals(0.5, sc.states().get("a").trust());
        assertEquals(7, sc.collapse().violations());
        assertEquals(14, sc.collapse().windowDays());
        assertEquals(Strength.DEFINITIVE, sc.agreement().strength());
        assertTrue(sc.agreement().monitoring());
        assertEquals(30, sc.horizon());
    }

    @Test
    void overridesReachEventsAndDoNotLeakThroughAnchors() {
        ScenarioSource src = ScenarioLoader.read(ScenarioFiles.path("good/full.yaml"));
        Scenario sc = src.scenario(Map.of("events[1].day", "5", "states.pakistan.demand", "0.1"));
        assertEquals(5, sc.events().get(1).day());
        assertEquals(0.1, sc.states().get("pakistan").demand());
        assertEquals(0.8, sc.states().get("taliban").demand(), "the merged copy is untouched");
        assertEquals(18, src.scenario().events().get(1).day(), "the parsed file is untouched");
    }

    @Test
    void overrideOfUnknownPathSaysSo() {
        ScenarioSource src = ScenarioLoader.read(ScenarioFiles.path("good/full.yaml"));
        String f = src.displayName();
        assertEquals(f + ": militants.ttp.attackRat: no parameter at this path: militants.ttp has"
                        + " no key 'attackRat'; did you mean 'attackRate'?",
                assertThrows(ScenarioException.class,
                        () -> src.scenario(Map.of("militants.ttp.attackRat", "1"))).getMessage());
        assertEquals(f + ": militants.isis.attackRate: no parameter at this path: the file declares"
                        + " no militants named 'isis' (declared: ttp, bla)",
                assertThrows(ScenarioException.class,
                        () -> src.scenario(Map.of("militants.isis.attackRate", "1"))).getMessage());
        assertTrue(assertThrows(ScenarioException.class,
                        () -> src.scenario(Map.of("events[9].day", "1"))).getMessage()
                .contains("events[9].day: no parameter at this path: events has 5 items"));
        assertTrue(assertThrows(ScenarioException.class,
                        () -> src.scenario(Map.of("horizon.days", "1"))).getMessage()
                .contains("horizon.days: no parameter at this path: horizon is a single value"));
        assertTrue(assertThrows(ScenarioException.class,
                        () -> src.scenario(Map.of("militants..x", "1"))).getMessage()
                .contains("no parameter at path 'militants..x'"));
    }

    @Test
    void badOverrideValueIsReportedAsNotInTheFile() {
        ScenarioSource src = ScenarioLoader.read(ScenarioFiles.path("good/full.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> src.scenario(Map.of("militants.ttp.attackRate", "-1")));
        assertEquals(src.displayName() + ": militants.ttp.attackRate: expected a number in [0, 50]"
                + " (attacks/day), found -1 (set by an override, not in the file)", e.getMessage());
        e = assertThrows(ScenarioException.class,
                () -> src.scenario(Map.of("militants.ttp.host", "iran")));
        assertTrue(e.getMessage().endsWith("found 'iran' (set by an override, not in the file)"),
                e.getMessage());
        e = assertThrows(ScenarioException.class,
                () -> src.scenario(Map.of("militants.ttp.host", "[unclosed")));
        assertTrue(e.getMessage().contains("militants.ttp.host: malformed YAML"), e.getMessage());
    }
}
