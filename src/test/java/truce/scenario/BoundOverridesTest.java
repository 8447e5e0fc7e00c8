package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import truce.model.Scenario;

/**
 * Overrides set on the bound scenario ({@link ScenarioSource#scenario(Scenario, Map, Map)}, how a
 * sweep binds its points) give exactly what binding the file's tree with them gives: the same
 * scenario, or the same error message.
 */
class BoundOverridesTest {

    private static final Path BASELINE = Path.of("scenarios/baseline-2025.yaml");

    /** Both ways of binding; asserts they agree and returns the scenario, or throws their common error. */
    private static Scenario both(Path file, Map<String, String> fixed, Map<String, String> overrides) {
        ScenarioSource source = ScenarioLoader.read(file);
        Scenario base = source.scenario(fixed);
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.putAll(overrides);
        Scenario slow;
        try {
            slow = source.scenario(all);
        } catch (ScenarioException expected) {
            ScenarioException fast = assertThrows(ScenarioException.class, () -> source.scenario(base, fixed, overrides));
            assertEquals(expected.getMessage(), fast.getMessage());
            throw expected;
        }
        Scenario fast = source.scenario(base, fixed, overrides);
        assertEquals(slow, fast);
        assertEquals(slow.toString(), fast.toString());
        assertEquals(slow, source.scenarioChecked(base, fixed, overrides));
        return fast;
    }

    @Test
    void sweptValuesGiveTheScenarioTheFileWouldGive() {
        List<Map<String, String>> cases = List.of(
                Map.of("militants.ttp.attackRate", "1.25"),
                Map.of("mediators.qatar.leverage", "0.1", "mediators.turkey.leverage", "0.9"),
                Map.of("collapse.violations", "6", "agreement.strength", "definitive"),
                Map.of("agreement.strength", "CESSATION", "agreement.monitoring", "true"),
                Map.of("states.pakistan.forgiveness", "0", "states.taliban.forgiveness", "0.8"),
                Map.of("events[0].day", "3", "horizon", "200"),
                Map.of("talks.successTrust", "0.05"),
                Map.of("militants.ttp.attackRate", "2", "militants.ttp.attribution", "0.123456789012"));
        for (Map<String, String> c : cases) {
            both(BASELINE, Map.of(), c);
            both(BASELINE, Map.of("horizon", "300", "militants.ttp.attackRate", "0.4"), c);
        }
    }

    @Test
    void sectionsTheFileLeavesOutTakeTheirDefaults() {
        Path minimal = ScenarioFiles.path("good/minimal.yaml");
        both(minimal, Map.of(), Map.of("collapse.violations", "5"));
        both(minimal, Map.of(), Map.of("agreement.monitoring", "true", "talks.successTrust", "0.2"));
        both(minimal, Map.of("collapse.windowDays", "20"), Map.of("collapse.violations", "2"));
    }

    @Test
    void regionalSectionsAreSweptTheSameWay() {
        Path region = ScenarioFiles.path("good/region.yaml");
        both(region, Map.of(), Map.of("ceasefires.western.agreement.strength", "definitive"));
        both(region, Map.of(), Map.of("ceasefires.eastern.agreement.strength", "definitive",
                "ceasefires.eastern.startDay", "0"));
        both(region, Map.of("spillover.collapseEscalation", "0.2"), Map.of("spillover.warRestraintCut", "0.5"));
        both(region, Map.of(), Map.of("channels.hotline.leverage", "0.9", "mediators.qatar.serves", "[eastern]"));
        assertThrows(ScenarioException.class, () -> both(region, Map.of(), Map.of("ceasefires.eastern.startDay", "120")));
        assertThrows(ScenarioException.class,
                () -> both(region, Map.of(), Map.of("ceasefires.eastern.parties", "[pakistan, pakistan]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "militants.ttp.attackRate=-1", // out of range
        "militants.ttp.attackRate=fast", // not a number
        "collapse.violations=2.5", // not whole
        "militants.isis.attackRate=1", // no such actor
        "militants.ttp.attackRat=1", // misspelt
        "agreement.strength=total", // not a level
        "horizon=10", // the scripted events fall after it
        "events[0].casualties=5", // a talks event takes no casualties
        "events[99].day=1", // no such event
        "events[2].state=nobody", // refers to no state
        "militants.ttp={attackRate: 1}", // a whole actor: bound the slow way
    })
    void refusedValuesGiveTheSameMessage(String override) {
        String[] kv = override.split("=", 2);
        assertThrows(ScenarioException.class, () -> both(BASELINE, Map.of(), Map.of(kv[0], kv[1])));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-3", "0.5", "-0.125", "12.000000000001", "2147483647", "2147483648",
        "123456789012345678", "0.1234567890123456789"})
    void aPlainDecimalIsTheNodeYamlReads(String text) {
        assertEquals(YamlReader.readFragment(text, "f", "p"), BoundOverrides.decimal(text));
    }
}
