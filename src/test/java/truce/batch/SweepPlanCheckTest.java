package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import truce.scenario.ScenarioException;
import truce.scenario.SweepLoader;

/**
 * Planning checks each swept parameter's values once where no rule couples them
 * ({@link SweepPlan#of(truce.scenario.SweepSpec)}): it must accept and refuse exactly the designs
 * that binding and checking every point accepts and refuses, with the same message (the same first
 * bad point). Each case is a design over {@code baseline-2025} and the outcome both give.
 */
class SweepPlanCheckTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            grid of ranges, all valid                | grid  | 0 | mediators.*.leverage: {from: 0.1, to: 0.9, steps: 4}; militants.ttp.attackRate: {from: 0, to: 2, steps: 3} | ok
            grid, second axis's last level too high  | grid  | 0 | militants.ttp.attackRate: {from: 0, to: 2, steps: 3}; mediators.*.leverage: {from: 0.2, to: 1.2, steps: 6} | design point p0005
            grid, first axis's middle level bad      | grid  | 0 | collapse.violations: [3, 0, 5]; states.*.forgiveness: [0.1, 0.2] | design point p0002
            grid, whole numbers from a range         | grid  | 0 | collapse.violations: {from: 1, to: 9, steps: 5}; states.*.forgiveness: [0.1, 0.2] | ok
            grid, fractions for a whole number       | grid  | 0 | collapse.violations: {from: 1, to: 2, steps: 3}; states.*.forgiveness: [0.1, 0.2] | design point p0002
            grid of words, a reference to no one     | grid  | 0 | militants.ttp.attackRate: [1, 2]; militants.ttp.host: [pakistan, taliban, nowhere] | design point p0002
            grid, a path that names no actor         | grid  | 0 | militants.ttp.attackRate: [1, 2]; mediators.nobody.leverage: [0.5] | design point p0000
            grid, a wildcard in the wrong place      | grid  | 0 | militants.ttp.attackRate: [1, 2]; collapse.*: [0.5] | a '*' may only stand
            grid, horizon and an event's day coupled | grid  | 0 | horizon: [100, 50]; events[7].day: [30, 60] | design point p0003
            grid, a strike's sides coupled           | grid  | 0 | events[5].by: [pakistan, taliban]; events[5].against: [taliban, pakistan] | design point p0001
            grid, two axes on one value              | grid  | 0 | mediators.*.leverage: [0.5, 2]; mediators.turkey.leverage: [0.5] | design point p0001
            sobol, all valid                         | sobol | 64 | mediators.*.leverage: {from: 0, to: 1}; collapse.violations: {from: 1, to: 6, integer: true} | ok
            sobol, a range over the maximum          | sobol | 64 | mediators.*.leverage: {from: 0.1, to: 0.9}; militants.ttp.attribution: {from: 0.5, to: 1.5} | design point p0002
            sobol, only the top of a range too high  | sobol | 64 | mediators.*.leverage: {from: 0.1, to: 0.9}; militants.ttp.attribution: {from: 0.1, to: 1.05} | design point p
            sobol, fractions for a whole number      | sobol | 64 | mediators.*.leverage: {from: 0.1, to: 0.9}; collapse.violations: {from: 1, to: 6} | design point p0000
            lhs, whole numbers up to the maximum     | lhs   | 64 | collapse.violations: {from: 990, to: 1000, integer: true}; mediators.*.leverage: {from: 0, to: 1} | ok
            lhs, whole numbers one over the maximum  | lhs   | 64 | collapse.violations: {from: 990, to: 1001, integer: true}; mediators.*.leverage: {from: 0, to: 1} | design point p
            lhs, horizon sampled under the events    | lhs   | 64 | horizon: {from: 20, to: 400, integer: true}; mediators.*.leverage: {from: 0, to: 1} | design point p
            morris, a range touching the maximum     | morris | 8 | mediators.*.leverage: {from: 0.5, to: 1}; militants.ttp.attackRate: {from: 0, to: 50} | ok
            morris, a range over the maximum         | morris | 8 | mediators.*.leverage: {from: 0.5, to: 1}; militants.ttp.attackRate: {from: 0, to: 50.5} | design point p
            saltelli, all valid                      | saltelli | 8 | states.*.forgiveness: {from: 0, to: 1}; militants.ttp.attackRate: {from: 0, to: 50} | ok
            region: horizon and a ceasefire's start  | grid  | 0 | horizon: [120, 40]; ceasefires.eastern.startDay: [20, 50] | design point p0003
            region: talks before a later start       | grid  | 0 | mediators.saudi.leverage: [0.3, 0.6]; ceasefires.western.startDay: [10, 20] | design point p0001
            region: a channel moved to a later front | grid  | 0 | mediators.saudi.leverage: [0.3, 0.6]; channels.wire.ceasefire: [western, eastern] | design point p0001
            """)
    void checkingEachParametersValuesOnceDecidesAsCheckingEveryPoint(String what, String type, int samples,
                                                                      String parameters, String expected)
            throws IOException {
        StringBuilder design = new StringBuilder("  type: " + type + "\n");
        if (samples > 0) {
            design.append("  samples: ").append(samples).append('\n');
        }
        design.append("  parameters:\n");
        for (String p : parameters.split(";")) {
            design.append("    ").append(p.trim()).append('\n');
        }
        Path file = SweepFiles.write(tmp.resolve("check.yaml"), what.startsWith("region")
                ? Path.of("src/test/resources/scenarios/good/region.yaml") : Path.of("scenarios/baseline-2025.yaml"),
                7, design.toString());
        String eachPoint = outcome(file, true);
        String onceEach = outcome(file, false);
        assertTrue(eachPoint.startsWith(expected.equals("ok") ? "ok" : "") && eachPoint.contains(
                expected.equals("ok") ? "ok" : expected), what + ": the reference check gave " + eachPoint);
        assertEquals(eachPoint, onceEach, what);
    }

    private static String outcome(Path file, boolean pointByPoint) {
        try {
            SweepPlan plan = SweepPlan.of(SweepLoader.load(file), pointByPoint);
            return "ok " + plan.points().size();
        } catch (ScenarioException e) {
            return e.getMessage();
        }
    }
}
