package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the scenario and sweep loaders: whatever the bytes, the only
 * exception that may escape is the documented {@link ScenarioException}, with a one-line message
 * naming the file, and no input may take more than a second to accept or reject.
 *
 * <p>In a normal test run each method replays its seed corpus (in
 * {@code src/test/resources/truce/scenario/LoaderFuzzTestInputs/}). With {@code JAZZER_FUZZ=1}
 * it fuzzes for {@code maxDuration}; {@code .ci/run} does that for each method.
 */
class LoaderFuzzTest {

    private static final long LIMIT_NANOS = 1_000_000_000L;

    @FuzzTest(maxDuration = "30s")
    void scenarioLoaderRejectsBadInputOnlyWithItsOwnError(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        check(() -> ScenarioLoader.parse(YamlReader.decodeUtf8(bytes, "fuzz.yaml"), "fuzz.yaml"));
    }

    @FuzzTest(maxDuration = "30s")
    void sweepLoaderRejectsBadInputOnlyWithItsOwnError(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        check(() -> SweepLoader.parse(YamlReader.decodeUtf8(bytes, "fuzz.yaml"), "fuzz.yaml", Path.of(".")));
    }

    private static void check(Runnable load) {
        long start = System.nanoTime();
        try {
            load.run();
        } catch (ScenarioException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith("fuzz.yaml"), m);
            assertTrue(m.indexOf('\n') < 0, m);
        }
        long took = System.nanoTime() - start;
        assertTrue(took < LIMIT_NANOS, "took " + took / 1_000_000 + " ms");
    }

}
