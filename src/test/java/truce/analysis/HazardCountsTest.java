package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Days at risk and breakdowns of one ceasefire, split at another's breakdown, in 30-day periods. */
class HazardCountsTest {

    private static HazardCounts one(int start, int end, boolean broke, int other) {
        HazardCounts c = HazardCounts.empty("eastern", "western", 200);
        c.add(start, end, broke, 200, other);
        return c;
    }

    private static void assertCounts(long bb, long db, long ba, long da, HazardCounts c) {
        assertEquals(bb, c.breakdownsBefore(), "breakdowns before");
        assertEquals(db, c.daysBefore(), "days before");
        assertEquals(ba, c.breakdownsAfter(), "breakdowns after");
        assertEquals(da, c.daysAfter(), "days after");
    }

    @Test
    void withoutTheOthersBreakdownEveryDayIsBefore() {
        assertCounts(0, 190, 0, 0, one(10, 200, false, -1)); // at risk on days 10..199, still in force
        assertCounts(1, 41, 0, 0, one(10, 50, true, -1)); // broke down on day 50: days 10..50
    }

    @Test
    void theDaysAfterTheOthersBreakdownAreAfter() {
        assertCounts(0, 21, 1, 50, one(10, 80, true, 30)); // other on day 30: 10..30 before, 31..80 after
        assertCounts(1, 21, 0, 0, one(10, 30, true, 30)); // the same day as the other's counts as before
        assertCounts(0, 0, 0, 190, one(10, 200, false, 5)); // the other broke down before this one started
        assertCounts(0, 11, 0, 0, one(10, 20, false, 30)); // a settlement on day 20, before the other's breakdown
    }

    @Test
    void daysAndBreakdownsFallInTheirThirtyDayPeriods() {
        HazardCounts c = one(10, 80, true, 30);
        assertArrayEquals(new long[] {20, 1, 0, 0, 0, 0, 0}, c.daysBeforeByStratum()); // 10..29, 30
        assertArrayEquals(new long[] {0, 29, 21, 0, 0, 0, 0}, c.daysAfterByStratum()); // 31..59, 60..80
        assertArrayEquals(new long[] {0, 0, 1, 0, 0, 0, 0}, c.breakdownsAfterByStratum()); // day 80
    }

    @Test
    void countsOfPointsAddWithoutChangingEither() {
        HazardCounts a = one(10, 80, true, 30);
        HazardCounts sum = a.plus(a);
        assertCounts(0, 42, 2, 100, sum);
        assertCounts(0, 21, 1, 50, a);
        assertEquals(a, a.copy());
    }
}
