package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import truce.scenario.Axis;
import truce.scenario.Design;
import truce.scenario.DesignType;

class DesignsTest {

    private static Axis range(String path, double from, double to, int steps) {
        return new Axis(path, List.of(), from, to, steps, false);
    }

    @Test
    void aGridIsTheFullProductWithTheFirstParameterSlowest() {
        Design d = new Design(DesignType.GRID, List.of(range("a", 0.1, 0.3, 3),
                new Axis("b", List.of("x", "y"), Double.NaN, Double.NaN, 0, false)), 0, List.of());
        List<DesignPoint> points = Designs.expand(d, 1);
        assertEquals(6, points.size());
        assertEquals(Map.of("a", "0.1", "b", "x"), points.get(0).values());
        assertEquals(Map.of("a", "0.1", "b", "y"), points.get(1).values());
        assertEquals(Map.of("a", "0.3", "b", "y"), points.get(5).values());
        assertEquals("0.2", points.get(2).values().get("a"), "no floating-point noise in the text");
    }

    @Test
    void aLatinHypercubeHasOneSampleInEveryStratumOfEveryParameter() {
        int n = 20;
        Design d = new Design(DesignType.LHS, List.of(range("a", 0, 1, 0), range("b", 10, 30, 0)), n, List.of());
        List<DesignPoint> points = Designs.expand(d, 42);
        assertEquals(n, points.size());
        Set<Integer> strataA = new TreeSet<>();
        Set<Integer> strataB = new TreeSet<>();
        for (DesignPoint p : points) {
            strataA.add((int) (Double.parseDouble(p.values().get("a")) * n));
            strataB.add((int) ((Double.parseDouble(p.values().get("b")) - 10) / 20 * n));
        }
        assertEquals(n, strataA.size());
        assertEquals(n, strataB.size());
        assertEquals(points, Designs.expand(d, 42), "the same master seed gives the same hypercube");
    }

    @Test
    void aSobolDesignFollowsTheSobolSequenceFromItsSecondPoint() {
        Design d = new Design(DesignType.SOBOL, List.of(range("a", 0, 1, 0), range("b", 0, 2, 0)), 3, List.of());
        List<DesignPoint> points = Designs.expand(d, 1);
        // Sobol points in 2-D after the origin: (1/2, 1/2), (3/4, 1/4), (1/4, 3/4)
        assertEquals(Map.of("a", "0.5", "b", "1"), points.get(0).values());
        assertEquals(Map.of("a", "0.75", "b", "0.5"), points.get(1).values());
        assertEquals(Map.of("a", "0.25", "b", "1.5"), points.get(2).values());
    }

    @Test
    void integerParametersAreSampledAsWholeNumbersCoveringTheirRange() {
        Design d = new Design(DesignType.LHS, List.of(new Axis("k", List.of(), 2, 6, 0, true)), 50, List.of());
        Set<String> seen = new TreeSet<>();
        Designs.expand(d, 3).forEach(p -> seen.add(p.values().get("k")));
        assertEquals(Set.of("2", "3", "4", "5", "6"), seen);
    }

    @Test
    void aListDesignKeepsItsPointsAndTheirColumns() {
        Design d = new Design(DesignType.LIST, List.of(), 0,
                List.of(Map.of("a", "1"), Map.of("a", "2", "b", "definitive")));
        assertEquals(2, Designs.expand(d, 1).size());
        assertTrue(Designs.columns(d).containsAll(List.of("a", "b")));
    }
}
