package truce.stats;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An unmodifiable map from a few names to values, in a fixed order, held as two arrays: a tenth of
 * a {@code LinkedHashMap}'s memory, and the names can be shared by every design point of a sweep.
 * Equal to any map with the same entries.
 *
 * @param <V> the values' type
 */
public final class ArrayMap<V> extends FixedKeyMap<V> {

    private final Object[] values;

    private ArrayMap(String[] keys, Object[] values) {
        super(keys);
        this.values = values;
    }

    /**
     * A copy of a map, in its iteration order.
     *
     * @param map the entries; not null, no null key or value
     * @return the copy; {@code map} itself if it is an {@code ArrayMap}
     * @throws NullPointerException if {@code map}, a key or a value is null
     */
    @SuppressWarnings("unchecked")
    public static <V> ArrayMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof ArrayMap<?> same) {
            return (ArrayMap<V>) same;
        }
        String[] k = new String[map.size()];
        Object[] v = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            k[i] = Objects.requireNonNull(e.getKey(), "key");
            v[i] = Objects.requireNonNull(e.getValue(), () -> "value of " + e.getKey());
            i++;
        }
        return new ArrayMap<>(k, v);
    }

    /**
     * The map {@code keys[i] -> values[i]}.
     *
     * @param keys the names, in order, distinct; not null, no null element; shared, not copied: the
     *     caller must not change the array
     * @param values one value per name; not null, no null element; copied
     * @throws IllegalArgumentException if the lengths differ
     * @throws NullPointerException if an argument or an element is null
     */
    public static <V> ArrayMap<V> of(String[] keys, List<? extends V> values) {
        if (keys.length != values.size()) {
            throw new IllegalArgumentException(keys.length + " names for " + values.size() + " values");
        }
        Object[] v = new Object[keys.length];
        for (int i = 0; i < v.length; i++) {
            String k = Objects.requireNonNull(keys[i], "key");
            v[i] = Objects.requireNonNull(values.get(i), () -> "value of " + k);
        }
        return new ArrayMap<>(keys, v);
    }

    @Override
    @SuppressWarnings("unchecked")
    V valueAt(int i) {
        return (V) values[i];
    }
}
