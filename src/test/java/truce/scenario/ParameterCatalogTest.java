package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import truce.model.Scenario;

/** The catalog lists every parameter, and every documented default is itself valid. */
class ParameterCatalogTest {

    private static Map<String, ParameterCatalog.Entry> byPath() {
        return ParameterCatalog.scenario().stream()
                .collect(Collectors.toMap(ParameterCatalog.Entry::path, e -> e));
    }

    @Test
    void listsNestedNamedAndListedParameters() {
        Map<String, ParameterCatalog.Entry> all = byPath();
        ParameterCatalog.Entry rate = all.get("militants.<name>.attackRate");
        assertEquals(new ParameterCatalog.Entry("militants.<name>.attackRate", "attacks/day",
                "[0, 50]", "0.5", "base rate of attacks (Poisson) before the host's restraint cuts it"),
                rate);
        assertEquals("required", all.get("events[i].day").defaultValue());
        assertEquals("none", all.get("events[i].group").defaultValue());
        assertEquals("name in militants", all.get("events[i].group").range());
        assertEquals("cessation|preliminary|definitive", all.get("agreement.strength").range());
        assertEquals("", all.get("agreement.strength").unit(), "the unit would repeat the range");
        assertEquals("true|false", all.get("mediators.<name>.monitors").range());
        assertEquals("\"\"", all.get("description").defaultValue());
        assertEquals("[1, 36500]", all.get("horizon").range());
        assertTrue(all.containsKey("states.<name>.trust"));
        assertTrue(all.containsKey("collapse.violations"));
        assertTrue(all.containsKey("talks.deescalation"));
    }

    @Test
    void everyEntryIsDocumented() {
        for (ParameterCatalog.Entry e : ParameterCatalog.scenario()) {
            assertFalse(e.meaning().isBlank(), e.path());
            assertFalse(e.range().isBlank(), e.path());
        }
    }

    @Test
    void everyDefaultIsWithinItsOwnRange() {
        // Schema parses and RecordBinder binds each default when a key is left out; a default
        // outside its range fails with IllegalStateException. Binding a scenario that leaves out
        // every optional key, with one actor and one event of each kind, exercises them all.
        String yaml = """
                name: defaults
                states: {a: {}, b: {}}
                militants: {g: {host: a, target: b}}
                mediators: {m: {}}
                events:
                  - {day: 1, type: talks, mediator: m}
                """;
        Scenario sc = ScenarioLoader.parse(yaml, "defaults.yaml");
        assertEquals(0.5, sc.militants().get("g").attackRate());
    }
}
