package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-point maps a sweep keeps ({@link ArrayMap}, {@link DoubleArrayMap}):
 * each equals a {@code LinkedHashMap} with the same entries, and iterates in the same order.
 */
class FixedKeyMapTest {

    private static final String[] KEYS = {"attacks", "casualties", "min_trust_afg", "final_trust_pak"};

    private static <V> void assertSameAs(Map<String, V> expected, Map<String, V> actual) {
        assertEquals(expected, actual);
        assertEquals(actual, expected);
        assertEquals(expected.hashCode(), actual.hashCode());
        assertEquals(expected.toString(), actual.toString());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(actual.values()));
        for (String k : expected.keySet()) {
            assertTrue(actual.containsKey(k));
            assertEquals(expected.get(k), actual.get(k));
        }
        assertFalse(actual.containsKey("peak_escalation"));
        assertNull(actual.get("peak_escalation"));
        assertNull(actual.get(null));
        assertThrows(UnsupportedOperationException.class, () -> actual.put("x", null));
    }

    @Test
    void doublesEqualAMapOfBoxedValues() {
        double[] v = {3.5, -0.0, 1e-300, Double.NaN};
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.length; i++) {
            expected.put(KEYS[i], v[i]);
        }
        DoubleArrayMap map = DoubleArrayMap.of(KEYS, v);
        v[0] = 99; // copied
        assertSameAs(expected, map);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(map.get("casualties")));
        assertSameAs(expected, DoubleArrayMap.copyOf(expected));
        assertSame(map, DoubleArrayMap.copyOf(map));
        assertSameAs(Map.of(), DoubleArrayMap.of(new String[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> DoubleArrayMap.of(KEYS, new double[3]));
    }

    @Test
    void objectsEqualAMapOfThem() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1);
        expected.put("a", "two");
        assertSameAs(expected, ArrayMap.copyOf(expected));
        assertSameAs(expected, ArrayMap.of(new String[] {"b", "a"}, List.of(1, "two")));
        assertThrows(NullPointerException.class, () -> ArrayMap.of(new String[] {"a"}, java.util.Arrays.asList((Object) null)));
    }
}
