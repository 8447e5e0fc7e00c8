package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.model.Scenario;

/** {@code extends}: deep merge by key, lists replaced, order kept, errors naming both files. */
class InheritanceTest {

    private static final String PARENT = """
            name: parent
            horizon: 100
            agreement: {strength: preliminary, monitoring: false}
            states:
              a: {trust: 0.4, forgiveness: 0.5}
              b: {trust: 0.3}
            militants:
              m: {host: b, target: a, attackRate: 0.5}
            mediators:
              x: {leverage: 0.5}
            events:
              - {day: 5, type: monitoring}
              - {day: 9, type: strike, by: a, against: b}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aChildEqualsTheParentWrittenOutWithItsDifferences() throws IOException {
        write("parent.yaml", PARENT);
        Path child = write("kids/child.yaml", """
                extends: ../parent.yaml
                name: child
                agreement: {monitoring: true}
                states:
                  b: {forgiveness: 0.1}
                  c: {trust: 0.9}
                mediators: ~
                events:
                  - {day: 7, type: monitoring}
                """);
        Path full = write("full.yaml", """
                name: child
                horizon: 100
                agreement: {strength: preliminary, monitoring: true}
                states:
                  a: {trust: 0.4, forgiveness: 0.5}
                  b: {trust: 0.3, forgiveness: 0.1}
                  c: {trust: 0.9}
                militants:
                  m: {host: b, target: a, attackRate: 0.5}
                events:
                  - {day: 7, type: monitoring}
                """);
        Scenario merged = ScenarioLoader.load(child);
        assertEquals(ScenarioLoader.load(full), merged);
        assertEquals(List.of("a", "b", "c"), List.copyOf(merged.states().keySet()), "the parent's order, new actors last");
        assertEquals(List.of(child.toString(), dir.resolve("parent.yaml").toString()),
                ScenarioLoader.read(child).files());
    }

    @Test
    void chainsOfThreeFilesMergeInOrder() throws IOException {
        write("parent.yaml", PARENT);
        write("middle.yaml", "extends: parent.yaml\nname: middle\nhorizon: 50\nstates: {a: {trust: 0.1}}\n");
        Path leaf = write("leaf.yaml", "extends: middle.yaml\nname: leaf\nstates: {a: {forgiveness: 0.2}}\n");
        Scenario sc = ScenarioLoader.load(leaf);
        assertEquals(50, sc.horizon());
        assertEquals(0.1, sc.states().get("a").trust());
        assertEquals(0.2, sc.states().get("a").forgiveness());
        assertEquals(0.5, sc.militants().get("m").attackRate());
    }

    @Test
    void anErrorTwoFilesUpNamesEveryFileAndLine() throws IOException {
        write("parent.yaml", PARENT.replace("trust: 0.3", "trust: 3"));
        write("middle.yaml", "name: middle\nextends: parent.yaml\n");
        Path leaf = write("leaf.yaml", "# leaf\nname: leaf\nextends: middle.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(leaf));
        assertEquals(leaf + ":3: extends: extends: states.b.trust: expected a number in [0, 1] (probability), found 3"
                + " (in " + dir.resolve("parent.yaml") + ":6) (in " + dir.resolve("middle.yaml") + ":2)", e.getMessage());
    }

    @Test
    void aValueTheChildOverridesIsTheChildsError() throws IOException {
        write("parent.yaml", PARENT);
        Path child = write("child.yaml", "extends: parent.yaml\nname: c\nstates:\n  b: {trust: 7}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
        assertEquals(child.toString(), e.file());
        assertEquals(4, e.line());
        assertEquals("states.b.trust", e.path());
    }

    @Test
    void overridesApplyAfterTheMergeAndStarStandsForEveryActor() throws IOException {
        write("parent.yaml", PARENT);
        Path child = write("child.yaml", "extends: parent.yaml\nname: c\nstates: {c: {}}\n");
        Scenario sc = ScenarioLoader.read(child).with(Map.of("states.*.trust", "0.25")).scenario();
        assertTrue(sc.states().values().stream().allMatch(s -> s.trust() == 0.25), sc.states().toString());
        assertEquals(3, sc.states().size());
    }
}
