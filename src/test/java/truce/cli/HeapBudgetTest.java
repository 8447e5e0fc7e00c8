package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import truce.analysis.StatisticsFootprint;

class HeapBudgetTest {

    private static final StatisticsFootprint MILLION = new StatisticsFootprint(1_000_000, 1, 365, 5, 3, 0, true);

    @Test
    void aDesignThatFitsPasses() {
        HeapBudget.check("sweep small", new StatisticsFootprint(1000, 1, 365, 5, 3, 0, true), 512L << 20);
    }

    @Test
    void aDesignThatDoesNotFitIsRefusedWithWhatItNeedsAndWhatWouldFit() {
        // 48 MiB + 1.25 x 750 B x 1,000,000 = 987,831,648 B = 942 MiB; with 64 MiB for the survivor
        // space, 1,007 MiB, so -Xmx1024m; (512 MiB - 48 MiB) / 937.5 B = 518,975 points
        HeapBudget.TooSmall e = assertThrows(HeapBudget.TooSmall.class,
                () -> HeapBudget.check("sweep big", MILLION, 512L << 20));
        assertEquals("sweep big: 1,000,000 design points x 1 replicate need about 942 MiB of heap for their statistics"
                + " and report (750 bytes a point); this Java may use 512 MiB: give it more (TRUCE_JAVA_OPTS=-Xmx1024m)"
                + " or use at most 518,975 points", e.getMessage());
    }

    @Test
    void theHeapItSuggestsHoldsTheDesignWithTheSurvivorSpaceTaken() {
        StatisticsFootprint design = new StatisticsFootprint(600_000, 20, 365, 5, 3, 0, true);
        long suggested = HeapBudget.suggestedMebibytes(design.bytes()) << 20;
        HeapBudget.check("sweep big", design, suggested - (21L << 20)); // what -Xmn64m leaves of -Xmx
    }

    @Test
    void aShardKeepsNoPointsAndIsNeverRefused() {
        HeapBudget.check("sweep big", new StatisticsFootprint(0, 20, 365, 5, 3, 0, true), 1L << 20);
    }

    @Test
    void noPointsToOfferWhenEvenTheFixedPartDoesNotFit() {
        HeapBudget.TooSmall e = assertThrows(HeapBudget.TooSmall.class,
                () -> HeapBudget.check("chart x", new StatisticsFootprint(10, 1, 365, 5, 3, 0, true), 40L << 20));
        assertFalse(e.getMessage().contains("at most"), e.getMessage());
    }

    @Test
    void suggestsWhole256MiBStepsAboveTheNeedAndASurvivorSpace() {
        assertEquals(256, HeapBudget.suggestedMebibytes(1));
        assertEquals(256, HeapBudget.suggestedMebibytes(192L << 20));
        assertEquals(512, HeapBudget.suggestedMebibytes((192L << 20) + 1));
    }
}
