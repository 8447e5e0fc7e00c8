package truce.stats;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map from a few names, in a fixed order, to values a subclass stores as it likes:
 * the base of the per-point maps a sweep keeps for each of up to a million design points
 * ({@link ArrayMap}, {@link DoubleArrayMap}). The names are one array that
 * every point shares; lookup is a scan (these maps have a handful of entries). Equal to any map
 * with the same entries, as {@link AbstractMap} defines it.
 *
 * @param <V> the values' type
 */
public abstract class FixedKeyMap<V> extends AbstractMap<String, V> {

    private final String[] keys;

    /**
     * @param keys the names, in order, distinct, no null element; shared, not copied: the caller
     *     must not change the array
     */
    FixedKeyMap(String[] keys) {
        for (String k : keys) {
            Objects.requireNonNull(k, "key");
        }
        this.keys = keys;
    }

    /** The value of the {@code i}-th name, never null. */
    abstract V valueAt(int i);

    @Override
    public final int size() {
        return keys.length;
    }

    @Override
    public final boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public final V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : valueAt(i);
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
    public final Set<Map.Entry<String, V>> entrySet() {
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
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], valueAt(i));
                    }
                };
            }
        };
    }
}
