package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heap model against the figures it was measured from ({@code scripts/heap-per-point.sh}): it
 * must not be below any of them (a design it accepts would fill the heap) and, where runs end on as
 * many distinct days as it assumes, not far above (it would refuse designs that run).
 */
class StatisticsFootprintTest {

    /** baseline-2025: horizon 365, 3 states, no ceasefires: section; south-asia-2025: 527, 3, 2. */
    @ParameterizedTest(name = "{0} x {1}: measured {4} bytes a point")
    @CsvSource({
        "baseline-2025,   1, 365, 0, 681, 1.15",
        "baseline-2025,  20, 365, 0, 981, 1.4",   // few runs end: 19 further steps assumed, fewer happen
        "south-asia-2025, 1, 527, 2, 2288, 1.3",
        "south-asia-2025, 20, 527, 2, 3358, 1.45", // more runs end, but not all on days of their own
    })
    void coversWhatWasMeasuredWithoutMuchToSpare(String scenario, int replicates, int horizon, int ceasefires,
                                                  long measured, double most) {
        long model = new StatisticsFootprint(1, replicates, horizon, 5, 3, ceasefires, true).bytesAPoint();
        assertTrue(model >= measured, scenario + ": model " + model + " below the measured " + measured);
        assertTrue(model <= most * measured, scenario + ": model " + model + " over " + most + " x " + measured);
    }

    @Test
    void pointsThatFitIsTheMostWhoseBytesFit() {
        StatisticsFootprint shape = new StatisticsFootprint(1, 4, 365, 5, 3, 0, true);
        long heap = 512L << 20;
        long fit = shape.pointsThatFit(heap);
        assertTrue(withPoints(shape, fit).bytes() <= heap);
        assertTrue(withPoints(shape, fit + 1).bytes() > heap);
        assertEquals(0, shape.pointsThatFit(StatisticsFootprint.FIXED / 2));
    }

    @Test
    void aMillionPointsAtOneReplicateDoNotFitIn512MiBAndFiftyThousandAtTwentyFitIn256() {
        assertTrue(new StatisticsFootprint(1_000_000, 1, 365, 5, 3, 0, true).bytes() > 512L << 20);
        assertTrue(new StatisticsFootprint(50_000, 20, 365, 5, 3, 0, true).bytes() < 240L << 20); // measured to run
    }

    @Test
    void growsWithEveryDimensionAndMostWithOpenPoints() {
        StatisticsFootprint base = new StatisticsFootprint(1000, 10, 365, 5, 3, 1, true);
        long b = base.bytes();
        assertTrue(new StatisticsFootprint(2000, 10, 365, 5, 3, 1, true).bytes() > b);
        assertTrue(new StatisticsFootprint(1000, 20, 365, 5, 3, 1, true).bytes() > b);
        assertTrue(new StatisticsFootprint(1000, 10, 365, 6, 3, 1, true).bytes() > b);
        assertTrue(new StatisticsFootprint(1000, 10, 365, 5, 4, 1, true).bytes() > b);
        assertTrue(new StatisticsFootprint(1000, 10, 365, 5, 3, 2, true).bytes() > b);
        assertTrue(new StatisticsFootprint(1000, 10, 365, 5, 3, 1, false).bytesAPoint() > 2 * base.bytesAPoint(),
                "adaptive keeps counts by day");
        assertEquals(new StatisticsFootprint(1, 365, 365, 5, 3, 0, true).bytesAPoint(),
                new StatisticsFootprint(1, 5000, 365, 5, 3, 0, true).bytesAPoint(), "no more steps than days");
    }

    @Test
    void refusesAnImpossibleDesign() {
        assertThrows(IllegalArgumentException.class, () -> new StatisticsFootprint(-1, 1, 365, 5, 3, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new StatisticsFootprint(1, 0, 365, 5, 3, 0, true));
    }

    private static StatisticsFootprint withPoints(StatisticsFootprint s, long points) {
        return new StatisticsFootprint(points, s.replicates(), s.horizon(), s.parameters(), s.states(), s.ceasefires(),
                s.grouped());
    }
}
