package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Interval}. */
class IntervalTest {

    @Test
    void valueSemantics() {
        Interval a = new Interval(0.2, 0.4, 0.95);
        assertEquals(new Interval(0.2, 0.4, 0.95), a);
        assertEquals(0.2, a.width(), 1e-15);
        assertTrue(a.contains(0.2) && a.contains(0.4) && a.contains(0.3));
        assertFalse(a.contains(0.41) || a.contains(Double.NaN));
        assertTrue(new Interval(1, 1, 0.5).contains(1));
    }

    @Test
    void rejectsBadBoundsAndLevels() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, 0.4, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 0.4, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, Double.NaN, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.2, Double.NaN));
    }
}
