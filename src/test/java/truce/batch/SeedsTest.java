package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void splitMix64MatchesItsReferenceOutput() {
        // Reference: SplitMix64 seeded with 0 yields 0xe220a8397b1dcdaf first (Vigna, splitmix64.c):
        // state += GOLDEN_GAMMA, then the mix of the state.
        assertEquals(0xe220a8397b1dcdafL, Seeds.mix64(0x9e3779b97f4a7c15L));
    }

    @Test
    void aPointsSeedsDependOnItsValuesNotItsPosition() {
        DesignPoint a = new DesignPoint(0, Map.of("x", "1", "y", "2"));
        DesignPoint sameValuesElsewhere = new DesignPoint(17, Map.of("y", "2", "x", "1"));
        assertEquals(a.hash(), sameValuesElsewhere.hash());
        assertEquals(Seeds.run(5, a.hash(), 3), Seeds.run(5, sameValuesElsewhere.hash(), 3));
        assertNotEquals(a.hash(), new DesignPoint(0, Map.of("x", "1", "y", "3")).hash());
    }

    @Test
    void seedsDifferAcrossReplicatesPointsAndMasterSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long master : List.of(1L, 2L)) {
            for (int p = 0; p < 50; p++) {
                long hash = new DesignPoint(p, Map.of("x", Integer.toString(p))).hash();
                for (int r = 0; r < 200; r++) {
                    seen.add(Seeds.run(master, hash, r));
                }
            }
        }
        assertEquals(2 * 50 * 200, seen.size());
    }
}
