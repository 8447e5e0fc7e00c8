package truce.stats;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map from a few names to values, in a fixed order, held as two arrays: the
 * per-point maps of a sweep (outcome means, swept values) cost a tenth of a
 * {@code LinkedHashMap}'s memory, and the names can be shared by every point. Lookup is a scan
 * (these maps have a handful of entries). Equal to any map with the same entries.
 *
 * @param <V> the values' type
 */
public final class ArrayMap<V> extends AbstractMap<String, V> {

    private final String[] keys;
    private final Object[] values;

    private ArrayMap(String[] keys, Object[] values) {
        this.keys = keys;
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
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
