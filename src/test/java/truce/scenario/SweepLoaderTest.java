package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepLoaderTest {

    private static final String GOOD = """
            name: demo
            scenario: base.yaml
            replicates: 50
            masterSeed: 9
            set: {horizon: 100}
            design:
              type: grid
              parameters:
                mediators.*.leverage: {from: 0.1, to: 0.9, steps: 5}
                agreement.strength: [cessation, definitive]
            """;

    private static SweepSpec parse(String text) {
        return SweepLoader.parse(text, "demo-sweep.yaml", Path.of("sweeps"));
    }

    @Test
    void aGoodSweepBinds() {
        SweepSpec s = parse(GOOD);
        assertEquals("demo", s.name());
        assertEquals(Path.of("sweeps/base.yaml"), s.scenario());
        assertEquals(50, s.replicates());
        assertEquals(9, s.masterSeed());
        assertEquals(Map.of("horizon", "100"), s.fixed());
        assertEquals(DesignType.GRID, s.design().type());
        assertEquals(List.of("cessation", "definitive"), s.design().axes().get(1).values());
        assertEquals(5, s.design().axes().get(0).steps());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top key      | replicates: 50          | replicats: 50                  | 3 | replicats      | did you mean 'replicates'?
            zero replicates      | replicates: 50          | replicates: 0                  | 3 | replicates     | expected a whole number in [1, 10000000] (runs per point), found 0
            fractional seed      | masterSeed: 9           | masterSeed: 9.5                | 4 | masterSeed     | expected a whole number
            unknown design type  | type: grid              | type: factorial                | 7 | design.type    | expected one of grid, list, lhs, sobol, saltelli, morris, posterior, found 'factorial'
            from above to        | {from: 0.1, to: 0.9, steps: 5} | {from: 0.9, to: 0.1, steps: 5} | 9 | mediators.*.leverage | expected from <= to
            missing steps        | {from: 0.1, to: 0.9, steps: 5} | {from: 0.1, to: 0.9}    | 9 | mediators.*.leverage.steps | missing required key 'steps'
            NaN bound            | {from: 0.1, to: 0.9, steps: 5} | {from: .nan, to: 0.9, steps: 5} | 9 | mediators.*.leverage.from | expected a finite number, found .nan
            empty values         | [cessation, definitive] | []                             | 10 | agreement.strength | expected at least one value, found an empty list
            bad name             | name: demo              | name: ../../etc                | 1 | name           | expected a name of at most 100 letters, digits
            """)
    void aBadSweepNamesFileLinePathAndProblem(String what, String from, String to, int line, String path, String problem) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(GOOD.replace(from, to)));
        String m = e.getMessage();
        assertTrue(m.startsWith("demo-sweep.yaml:" + line + ": "), m);
        assertTrue(m.contains(path + ": "), m);
        assertTrue(m.contains(problem), m);
    }

    @Test
    void sampledDesignsNeedSamplesAndRanges() {
        String lhs = GOOD.replace("type: grid", "type: lhs\n  samples: 10");
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(lhs));
        assertTrue(e.getMessage().contains("not allowed here"), e.getMessage());
        String ok = """
                name: s
                scenario: base.yaml
                design:
                  type: sobol
                  samples: 16
                  parameters:
                    militants.ttp.attackRate: {from: 0.1, to: 2}
                    collapse.violations: {from: 2, to: 6, integer: true}
                """;
        SweepSpec s = parse(ok);
        assertEquals(16, s.design().samples());
        assertTrue(s.design().axes().get(1).integer());
    }

    @Test
    void aListDesignHasPoints() {
        SweepSpec s = parse("""
                name: l
                scenario: base.yaml
                design:
                  type: list
                  points:
                    - {agreement.strength: cessation, agreement.monitoring: false}
                    - {agreement.strength: definitive, agreement.monitoring: true}
                """);
        assertEquals(2, s.design().points().size());
        assertEquals("true", s.design().points().get(1).get("agreement.monitoring"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("""
                name: l
                scenario: base.yaml
                design: {type: list, points: []}
                """));
        assertTrue(e.getMessage().contains("design.points: expected a non-empty list of points"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNotASweep() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(""));
        assertTrue(e.getMessage().contains("expected a sweep mapping, found an empty file"), e.getMessage());
    }
}
