package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import truce.model.Param;
import truce.model.Scenario;

/**
 * The scenario fingerprint behind a results folder's scenario hash: equal for equal values, blind
 * to parameters at their defaults (so a build that adds one still resumes an older folder), and
 * different when any value differs.
 */
class ScenarioFingerprintTest {

    private static final Path BASELINE = Path.of("scenarios/baseline-2025.yaml");

    /** A record as an older build had it. */
    record Before(@Param(doc = "a required value") double x,
                  @Param(def = "1", doc = "a value with a default") int a,
                  @Param(def = Param.NONE, doc = "an optional value") String note,
                  @Param(def = "[]", doc = "a list") List<Part> parts) {
    }

    /** The same record after a build added a parameter whose default keeps the old behaviour. */
    record After(@Param(doc = "a required value") double x,
                 @Param(def = "1", doc = "a value with a default") int a,
                 @Param(def = Param.NONE, doc = "an optional value") String note,
                 @Param(def = "[]", doc = "a list") List<Part> parts,
                 @Param(def = "true", doc = "a parameter added later") boolean enabled) {
    }

    record Part(@Param(doc = "a name") String name, @Param(def = "0.5", doc = "a weight") double weight) {
    }

    @Test
    void aParameterAddedAtItsDefaultLeavesTheTextAsItWas() {
        List<Part> parts = List.of(new Part("p", 0.5), new Part("q", 0.25));
        String before = ScenarioFingerprint.text(new Before(0.1, 1, null, parts));
        assertEquals(before, ScenarioFingerprint.text(new After(0.1, 1, null, parts, true)));
        assertEquals("{x=0.1;parts=[{name=\"p\";},{name=\"q\";weight=0.25;},];}", before);
        assertNotEquals(before, ScenarioFingerprint.text(new After(0.1, 1, null, parts, false)));
    }

    @Test
    void everyValueNotAtItsDefaultCounts() {
        List<Part> parts = List.of(new Part("p", 0.5));
        String base = ScenarioFingerprint.text(new Before(0.1, 1, null, parts));
        assertNotEquals(base, ScenarioFingerprint.text(new Before(0.1, 2, null, parts)));
        assertNotEquals(base, ScenarioFingerprint.text(new Before(0.1000000000000001, 1, null, parts)));
        assertNotEquals(base, ScenarioFingerprint.text(new Before(0.1, 1, "n", parts)));
        assertNotEquals(base, ScenarioFingerprint.text(new Before(0.1, 1, null, List.of(new Part("p", 0.6)))));
        assertNotEquals(ScenarioFingerprint.text(new Before(0.1, 1, "a\";b", parts)),
                ScenarioFingerprint.text(new Before(0.1, 1, "a", List.of(new Part("\";b", 0.5)))));
    }

    @Test
    void aShippedScenarioWithAValueWrittenAtItsDefaultHasTheSameFingerprint() {
        ScenarioSource source = ScenarioLoader.read(BASELINE);
        Scenario asWritten = source.scenario();
        String text = ScenarioFingerprint.text(asWritten);
        assertEquals(text, ScenarioFingerprint.text(source.scenario(Map.of("spillover.collapseEscalation", "0"))));
        assertNotEquals(text, ScenarioFingerprint.text(source.scenario(Map.of("spillover.collapseEscalation", "0.1"))));
        assertNotEquals(text, ScenarioFingerprint.text(source.scenario(Map.of("militants.ttp.attackRate", "1.25"))));
        assertTrue(text.startsWith("{name=\"baseline-2025\";"), text);
    }
}
