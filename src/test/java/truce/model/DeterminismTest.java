package truce.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import truce.scenario.ScenarioLoader;

/** A run is a pure function of (scenario, seed). */
class DeterminismTest {

    private static final Path BASELINE = Path.of("scenarios/baseline-2025.yaml");

    @Test
    void sameScenarioAndSeedGiveTheSameOutcomeAndTrajectory() {
        Scenario s = ScenarioLoader.load(BASELINE);
        RecordedRun first = Simulation.runRecorded(s, 42);
        RecordedRun second = Simulation.runRecorded(ScenarioLoader.load(BASELINE), 42);
        assertEquals(first, second);
        assertEquals(first.outcome(), Simulation.run(s, 42), "recording does not change the run");
    }

    @Test
    void aScenarioOfTwoCeasefiresIsAPureFunctionOfItsSeedToo() {
        Path file = Path.of("src/test/resources/scenarios/two-fronts.yaml");
        for (long seed = 1; seed <= 5; seed++) {
            RecordedRun first = Simulation.runRecorded(ScenarioLoader.load(file), seed);
            assertEquals(first, Simulation.runRecorded(ScenarioLoader.load(file), seed));
            assertEquals(2, first.outcome().ceasefires().size());
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Scenario s = ScenarioLoader.load(BASELINE);
        long distinct = Stream.of(1L, 2L, 3L, 4L, 5L)
                .map(seed -> Simulation.runRecorded(s, seed).trajectory())
                .distinct().count();
        assertEquals(5, distinct);
        assertNotEquals(Simulation.run(s, 1), Simulation.run(s, 2));
    }

    @Test
    void seedsThatDifferOnlyInTheirHighBitsGiveDifferentRuns() {
        Scenario s = ScenarioLoader.load(BASELINE);
        long low = 12345L;
        assertNotEquals(Simulation.runRecorded(s, low).trajectory(),
                Simulation.runRecorded(s, low | (1L << 40)).trajectory());
    }

    @Test
    void theModelUsesOnlyTheRunsRandomGenerator() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/truce/model"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String src = read(f);
                for (String banned : new String[] {"Math.random", "new Random(", "ThreadLocalRandom",
                        "SplittableRandom", "System.nanoTime", "currentTimeMillis"}) {
                    assertEquals(-1, src.indexOf(banned), f + " uses " + banned);
                }
            });
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
