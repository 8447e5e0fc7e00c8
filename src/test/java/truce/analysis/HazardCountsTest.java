package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Days at risk and breakdowns of one ceasefire, split at another's breakdown. */
class HazardCountsTest {

    private static final HazardCounts EMPTY = HazardCounts.empty("eastern", "western");

    @Test
    void withoutTheOthersBreakdownEveryDayIsBefore() {
        // at risk on days 10..199 of a 200-day horizon, still in force
        assertEquals(new HazardCounts("eastern", "western", 0, 190, 0, 0), EMPTY.plus(10, 200, false, 200, -1));
        // broke down on day 50: days 10..50 at risk, one breakdown
        assertEquals(new HazardCounts("eastern", "western", 1, 41, 0, 0), EMPTY.plus(10, 50, true, 200, -1));
    }

    @Test
    void theDaysAfterTheOthersBreakdownAreAfter() {
        // the other broke down on day 30: days 10..30 before (21), 31..80 after (50); breakdown on 80 after
        assertEquals(new HazardCounts("eastern", "western", 0, 21, 1, 50), EMPTY.plus(10, 80, true, 200, 30));
        // a breakdown on the same day as the other's counts as before
        assertEquals(new HazardCounts("eastern", "western", 1, 21, 0, 0), EMPTY.plus(10, 30, true, 200, 30));
        // the other broke down before this one started: every day is after
        assertEquals(new HazardCounts("eastern", "western", 0, 0, 0, 190), EMPTY.plus(10, 200, false, 200, 5));
        // this one ended (a settlement) before the other broke down: every day is before, no breakdown
        assertEquals(new HazardCounts("eastern", "western", 0, 11, 0, 0), EMPTY.plus(10, 20, false, 200, 30));
    }

    @Test
    void countsOfPointsAdd() {
        HazardCounts a = new HazardCounts("eastern", "western", 1, 10, 2, 20);
        assertEquals(new HazardCounts("eastern", "western", 2, 20, 4, 40), a.plus(a));
    }
}
