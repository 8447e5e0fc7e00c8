package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link LogRank#testCounts}, the route a sweep takes, against {@link LogRank#test}. */
class LogRankCountsTest extends LogRankAbstractTest {

    @Override
    protected LogRankResult test(List<Counts> groups) {
        List<long[]> collapses = new ArrayList<>();
        long[] survivors = new long[groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            collapses.add(groups.get(j).collapsesByDay());
            survivors[j] = groups.get(j).survivors();
        }
        return LogRank.testCounts(collapses, survivors, groups.get(0).horizon());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void equalsTestFromSpells(long seed) {
        List<Counts> groups = new ArrayList<>();
        List<List<Spell>> spells = new ArrayList<>();
        for (int j = 0; j < 2 + seed % 3; j++) {
            Counts c = Counts.random(seed * 7 + j, 100, 200 + 50 * j, 0.01 + 0.003 * j);
            groups.add(c);
            spells.add(c.spells());
        }
        assertEquals(LogRank.test(spells), test(groups));
    }

    @Test
    void rejectsBadInput() {
        long[] a = {1, 2, 0};
        long[] b = {0, 1, 1};
        assertThrows(NullPointerException.class, () -> LogRank.testCounts(null, new long[2], 3));
        assertThrows(NullPointerException.class, () -> LogRank.testCounts(List.of(a, b), null, 3));
        assertThrows(NullPointerException.class, () -> LogRank.testCounts(Arrays.asList(a, null), new long[2], 3));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a), new long[1], 3));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a, b), new long[3], 3));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a, b), new long[2], 4));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a, b), new long[2], 0));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a, new long[3]), new long[2], 3));
        assertThrows(IllegalArgumentException.class, () -> LogRank.testCounts(List.of(a, b), new long[] {0, -1}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> LogRank.testCounts(List.of(a, new long[] {0, -1, 2}), new long[2], 3));
    }
}
