package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link PointAccumulator} and the {@link PointSummary} it produces. */
class PointAccumulatorTest {

    private static Map<String, Double> outcomes(double attacks, double trust) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("attacks", attacks);
        m.put("finalTrust", trust);
        return m;
    }

    @Test
    void summaryOfAFewRuns() {
        PointAccumulator acc = new PointAccumulator(10);
        acc.add(false, 2, outcomes(4, 0.1));
        acc.add(false, 2, outcomes(6, 0.2));
        acc.add(true, 10, outcomes(1, 0.6));
        acc.add(false, 7, outcomes(3, 0.3));
        PointSummary s = acc.snapshot();

        assertEquals(4, s.n());
        assertEquals(1, s.survivals());
        assertEquals(0.25, s.survivalProportion());
        assertEquals(Proportions.wilson(1, 4, 0.95), s.survival());
        assertEquals(KaplanMeier.fromCounts(new long[] {0, 0, 2, 0, 0, 0, 0, 1, 0, 0}, 1, 10), s.km());
        assertEquals(List.of("attacks", "finalTrust"), List.copyOf(s.means().keySet()));
        assertEquals(3.5, s.means().get("attacks"), 1e-12);
        assertEquals(0.3, s.means().get("finalTrust"), 1e-12);
        assertEquals(1.0, s.kmAt(1));
        assertEquals(0.5, s.kmAt(2), 1e-12);
        assertEquals(0.25, s.kmAt(7), 1e-12);
        assertEquals(OptionalDouble.of(4.5), s.medianCollapseDay(), "S = 0.5 from day 2 to day 7: R's median is the middle");
        assertEquals(s.km().intervalAt(7, 0.95, ConfidenceType.LOG), s.kmIntervalAt(7, ConfidenceType.LOG));
    }

    @Test
    void keysKeepFirstSeenOrderWhateverTheOrderOfLaterMaps() {
        PointAccumulator acc = new PointAccumulator(5);
        Map<String, Double> first = new LinkedHashMap<>();
        first.put("zeta", 1.0);
        first.put("alpha", 2.0);
        first.put("mid", 3.0);
        acc.add(true, 5, first);
        acc.add(true, 5, new HashMap<>(Map.of("alpha", 4.0, "mid", 5.0, "zeta", 3.0)));
        PointSummary s = acc.snapshot();
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(s.means().keySet()));
        assertEquals(2.0, s.means().get("zeta"));
        assertEquals(3.0, s.means().get("alpha"));
    }

    @Test
    void kmBeyondTheHorizonIsTheValueAtTheHorizon() {
        PointAccumulator acc = new PointAccumulator(365);
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 2000; i++) {
            boolean survived = r.nextDouble() < 0.4;
            acc.add(survived, survived ? 365 : r.nextInt(365), Map.of());
        }
        PointSummary s = acc.snapshot();
        assertEquals(s.survivalProportion(), s.kmAt(364), 1e-12);
        assertEquals(s.kmAt(364), s.kmAt(365));
        assertEquals(s.kmAt(365), s.kmAt(1000));
        assertEquals(s.kmIntervalAt(365, ConfidenceType.LOG), s.kmIntervalAt(Integer.MAX_VALUE, ConfidenceType.LOG));
        for (int day : new int[] {30, 90, 180, 365, 500}) {
            assertFalse(Double.isNaN(s.kmAt(day)));
            assertTrue(s.kmIntervalAt(day, ConfidenceType.LOG).orElseThrow().contains(s.kmAt(day)));
        }
        assertTrue(s.means().isEmpty());
    }

    @Test
    void medianNotReachedWhenMostSurvive() {
        PointAccumulator acc = new PointAccumulator(50);
        for (int i = 0; i < 100; i++) {
            acc.add(i >= 40, i >= 40 ? 50 : i, Map.of("x", (double) i));
        }
        PointSummary s = acc.snapshot();
        assertEquals(0.6, s.kmAt(50), 1e-12);
        assertEquals(OptionalDouble.empty(), s.medianCollapseDay());
        acc.add(false, 49, Map.of("x", 0.0));
        assertEquals(OptionalDouble.empty(), acc.snapshot().medianCollapseDay());
    }

    @Test
    void allSurvive() {
        PointAccumulator acc = new PointAccumulator(30);
        for (int i = 0; i < 10; i++) {
            acc.add(true, 30, Map.of());
        }
        PointSummary s = acc.snapshot();
        assertEquals(1.0, s.kmAt(30));
        assertEquals(java.util.Optional.of(new Interval(1, 1, 0.95)), s.kmIntervalAt(15, ConfidenceType.LOG));
        assertEquals(1.0, s.survival().upper());
        assertEquals(OptionalDouble.empty(), s.medianCollapseDay());
    }

    @Test
    void allCollapseAndSingleRun() {
        PointAccumulator acc = new PointAccumulator(30);
        acc.add(false, 0, Map.of());
        PointSummary one = acc.snapshot();
        assertEquals(1, one.n());
        assertEquals(0.0, one.kmAt(0));
        assertEquals(java.util.Optional.empty(), one.kmIntervalAt(29, ConfidenceType.LOG));
        assertEquals(OptionalDouble.of(0), one.medianCollapseDay());
        acc.add(false, 29, Map.of());
        assertEquals(0.0, acc.snapshot().kmAt(100));
        assertEquals(0.0, acc.snapshot().survival().lower());
    }

    @Test
    void snapshotIsNotChangedByLaterRuns() {
        PointAccumulator acc = new PointAccumulator(10);
        acc.add(false, 3, Map.of("x", 1.0));
        PointSummary before = acc.snapshot();
        PointSummary copy = acc.snapshot();
        acc.add(true, 10, Map.of("x", 5.0));
        assertEquals(copy, before);
        assertEquals(1, before.n());
        assertEquals(1.0, before.means().get("x"));
        assertThrows(UnsupportedOperationException.class, () -> before.means().put("y", 1.0));
        assertEquals(2, acc.snapshot().n());
    }

    /**
     * Memory does not grow with the number of runs: a million runs leave the accumulator's
     * retained heap about where a thousand left it. Storing even one {@code double} per run would
     * retain 8 MB here; the bound is 4 MB.
     */
    @Test
    void memoryDoesNotDependOnTheNumberOfRuns() {
        int horizon = 365;
        PointAccumulator acc = new PointAccumulator(horizon);
        Map<String, Double> collapsed = Map.of("attacks", 3.0);
        Map<String, Double> survived = Map.of("attacks", 1.0);
        for (int i = 0; i < 1_000; i++) {
            acc.add(i % 3 == 0, i % 3 == 0 ? horizon : i % horizon, i % 3 == 0 ? survived : collapsed);
        }
        long before = usedHeapAfterGc();
        for (int i = 1_000; i < 1_000_000; i++) {
            acc.add(i % 3 == 0, i % 3 == 0 ? horizon : i % horizon, i % 3 == 0 ? survived : collapsed);
        }
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(acc);

        assertTrue(after - before < 4L << 20, () -> "heap grew by " + (after - before) + " bytes");
        PointSummary s = acc.snapshot();
        assertEquals(1_000_000, s.n());
        assertEquals(333_334, s.survivals());
        assertTrue(s.km().steps().size() <= horizon + 1);
        assertEquals((333_334 * 1.0 + 666_666 * 3.0) / 1_000_000, s.means().get("attacks"), 1e-9);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    void rejectsBadRunsAndLeavesTheAccumulatorUnchanged() {
        assertThrows(IllegalArgumentException.class, () -> new PointAccumulator(0));
        PointAccumulator acc = new PointAccumulator(10);
        assertThrows(IllegalStateException.class, acc::snapshot);
        acc.add(false, 4, outcomes(1, 0.5));
        PointSummary before = acc.snapshot();

        assertThrows(IllegalArgumentException.class, () -> acc.add(true, 9, outcomes(1, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 10, outcomes(1, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, -1, outcomes(1, 0.5)));
        assertThrows(NullPointerException.class, () -> acc.add(false, 1, null));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 1, Map.of("attacks", 1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> acc.add(false, 1, Map.of("attacks", 1.0, "finalTrust", 0.2, "extra", 0.0)));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 1, Map.of("attacks", 1.0, "trust", 0.2)));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 1, outcomes(Double.NaN, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 1, outcomes(1, Double.POSITIVE_INFINITY)));
        Map<String, Double> withNull = outcomes(1, 0.5);
        withNull.put("finalTrust", null);
        assertThrows(NullPointerException.class, () -> acc.add(false, 1, withNull));

        assertEquals(before, acc.snapshot());
    }

    @Test
    void summaryIsComputedFromItsCounts() {
        PointSummary s = new PointSummary(DayCounts.of(new long[][] {{1, 0}}, 1, 2), Map.of("attacks", 2.5));
        assertEquals(2, s.n());
        assertEquals(1, s.survivals());
        assertEquals(Proportions.wilson(1, 2, 0.95), s.survival());
        assertEquals(KaplanMeier.fromCounts(new long[] {1, 0}, 1, 2), s.km());
        assertEquals(Map.of("attacks", 2.5), s.means());
        assertThrows(NullPointerException.class, () -> new PointSummary(null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> s.kmAt(-1));
    }

    @Test
    void namesGivenUpFrontOrderTheMeansAndBindEveryRun() {
        String[] names = {"trust", "attacks"};
        PointAccumulator acc = new PointAccumulator(10, names);
        acc.add(false, 3, Map.of("attacks", 2.0, "trust", 0.5));
        acc.add(true, 10, Map.of("attacks", 4.0, "trust", 0.7));
        assertEquals(List.of("trust", "attacks"), List.copyOf(acc.snapshot().means().keySet()));
        assertEquals(3.0, acc.snapshot().means().get("attacks"));
        assertThrows(IllegalArgumentException.class, () -> acc.add(false, 1, Map.of("attacks", 1.0)));
        PointAccumulator none = new PointAccumulator(5, new String[0]);
        none.add(false, 2, Map.of());
        assertEquals(Map.of(), none.snapshot().means());
    }
}
