package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code truce run} end to end, in process. */
class RunCommandTest {

    @TempDir
    Path tmp;

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 4, "the baseline and at least three contrasting scenarios");
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioRunsAndWritesItsTrajectoryAndChart(Path scenario) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--seed", "3", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("Ceasefire "), r.out());
        assertTrue(r.out().matches("(?s).*(SURVIVED all \\d+ days|COLLAPSED on day \\d+).*"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("trajectory.csv"));
        assertTrue(csv.get(0).startsWith("day,trust_"), csv.get(0));
        assertTrue(csv.size() > 1);
        assertTrue(Files.size(out.resolve("chart.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("chart.svg")).contains("<svg"));
    }

    @Test
    void aRunOfSeveralCeasefiresPrintsALinePerCeasefireAndOneForAllOfThem() throws IOException {
        Path file = tmp.resolve("two-fronts.yaml");
        Files.writeString(file, """
                name: two-fronts
                horizon: 60
                collapse: {rule: violations, violations: 2, windowDays: 10}
                states:
                  pakistan: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                  taliban: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                  india: {perceptionNoise: 0, aggression: 0, forgiveness: 1}
                ceasefires:
                  western: {parties: [pakistan, taliban]}
                  eastern: {parties: [india, pakistan]}
                mediators:
                  qatar: {leverage: 0.5}
                events:
                  - {day: 5, type: strike, by: taliban, against: pakistan}
                  - {day: 6, type: strike, by: taliban, against: pakistan}
                  - {day: 20, type: talks, mediator: qatar, ceasefire: western}
                """);
        Cli.Result r = Cli.execute("run", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // two strikes, on days 5 and 6: the violations rule (2 within 10 days) ends the western ceasefire on day 6
        assertEquals("Ceasefire         western (pakistan, taliban): COLLAPSED on day 6: too many violations between"
                + " its parties within 10 days; 1 scripted talks round after it ended, not held", lines.get(2));
        assertEquals("Ceasefire         eastern (india, pakistan): SURVIVED to the horizon (day 60)", lines.get(3));
        assertEquals("All ceasefires    COLLAPSED on day 6: western ended first", lines.get(4));
        assertTrue(lines.get(5).startsWith("Militant attacks"), r.out());
    }

    @Test
    void theSameSeedWritesTheSameTrajectory() throws IOException {
        Cli.execute("run", "scenarios/baseline-2025.yaml", "--seed", "9", "--out", tmp.resolve("a").toString());
        Cli.execute("run", "scenarios/baseline-2025.yaml", "--seed", "9", "--out", tmp.resolve("b").toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/trajectory.csv")),
                Files.readAllBytes(tmp.resolve("b/trajectory.csv")));
    }

    @Test
    void daysOverridesTheHorizon() throws IOException {
        Cli.Result r = Cli.execute("run", "scenarios/no-spoilers.yaml", "--days", "20", "--out", tmp.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.readAllLines(tmp.resolve("trajectory.csv")).size() <= 21);
    }

    @Test
    void aBadScenarioExitsWithTwoAndOneLine() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nstates:\n  a: {forgivness: 0.3}\n  b: {}\n");
        Cli.Result r = Cli.execute("run", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.yaml:3") && r.err().contains("states.a.forgivness"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written for a bad scenario");
    }

    @Test
    void aMissingFileIsBadInput() {
        Cli.Result r = Cli.execute("run", tmp.resolve("nope.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("nope.yaml"), r.err());
    }


    @Test
    void setReplacesValuesByKeyPathWithStarForEveryActor() throws IOException {
        Path gen = Path.of("src/test/resources/scenarios/generic.yaml");
        Cli.Result r = Cli.execute("run", gen.toString(), "--set", "horizon=12", "--set", "states.*.trust=0.9",
                "--out", tmp.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> csv = Files.readAllLines(tmp.resolve("trajectory.csv"));
        assertTrue(csv.size() <= 13, "12 days at most: " + csv.size());
        String[] head = csv.get(0).split(",");
        String[] day0 = csv.get(1).split(",");
        for (int i = 0; i < head.length; i++) {
            if (head[i].startsWith("trust_")) {
                assertTrue(Double.parseDouble(day0[i]) > 0.85, head[i] + " on day 0: " + day0[i]);
            }
        }
    }

    @Test
    void aSetPathThatNamesNoParameterIsOneLineExitTwo() {
        Cli.Result r = Cli.execute("run", "scenarios/baseline-2025.yaml", "--set", "militants.ttp.attackRat=1",
                "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("militants.ttp.attackRat: no parameter at this path"), r.err());
        assertTrue(r.err().contains("did you mean 'attackRate'"), r.err());
    }
}
