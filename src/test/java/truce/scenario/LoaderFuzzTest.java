package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the scenario and sweep loaders: whatever the bytes, the only
 * exception that may escape is the documented {@link ScenarioException}, with a one-line message
 * naming the file, and no input may take more than five seconds of this thread's CPU time to accept
 * or reject (an alias bomb or a pathological key takes minutes; the limit is CPU time, not wall
 * time, and loose, so a loaded machine or a cold JIT does not fail the test).
 *
 * <p>In a normal test run each method replays its seed corpus (in
 * {@code src/test/resources/truce/scenario/LoaderFuzzTestInputs/}). With {@code JAZZER_FUZZ=1}
 * it fuzzes for {@code maxDuration}; {@code .ci/run} does that for each method.
 */
class LoaderFuzzTest {

    private static final long LIMIT_NANOS = 5_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            load.run();
        } catch (ScenarioException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith("fuzz.yaml"), m);
            assertTrue(m.indexOf('\n') < 0, m);
        }
        long took = THREADS.getCurrentThreadCpuTime() - start;
        assertTrue(took < LIMIT_NANOS, "took " + took / 1_000_000 + " ms of CPU time");
    }

}
