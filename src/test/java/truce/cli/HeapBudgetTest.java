package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        long heap = 512L << 20;
        HeapBudget.TooSmall e = assertThrows(HeapBudget.TooSmall.class, () -> HeapBudget.check("sweep big", MILLION, heap));
        assertEquals(String.format(java.util.Locale.ROOT, "sweep big: 1,000,000 design points x 1 replicate need about"
                + " %,d MiB of heap for their statistics and report (%,d bytes a point); this Java may use 512 MiB: give it"
                + " more (TRUCE_JAVA_OPTS=-Xmx%dm) or use at most %,d points", MILLION.bytes() >> 20, MILLION.bytesAPoint(),
                HeapBudget.suggestedMebibytes(MILLION.bytes()), MILLION.pointsThatFit(heap)), e.getMessage());
    }

    @Test
    void suggestsWhole256MiBSteps() {
        assertEquals(256, HeapBudget.suggestedMebibytes(1));
        assertEquals(256, HeapBudget.suggestedMebibytes(256L << 20));
        assertEquals(512, HeapBudget.suggestedMebibytes((256L << 20) + 1));
    }
}
