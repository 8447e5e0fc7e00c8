package truce.stats;

import java.util.Map;
import java.util.Objects;

/**
 * An unmodifiable map from a few names to numbers, in a fixed order, held as a {@code double[]}
 * beside a names array every design point of a sweep shares: a point's outcome means cost one
 * array, not a {@code java.lang.Double} each (a sweep keeps them for up to a million points until
 * its report is written). A value is boxed when it is read. Equal to any map with the same entries.
 */
public final class DoubleArrayMap extends FixedKeyMap<Double> {

    private static final DoubleArrayMap EMPTY = new DoubleArrayMap(new String[0], new double[0]);

    private final double[] values;

    private DoubleArrayMap(String[] keys, double[] values) {
        super(keys);
        this.values = values;
    }

    /**
     * The map {@code keys[i] -> values[i]}.
     *
     * @param keys the names, in order, distinct; not null, no null element; shared, not copied: the
     *     caller must not change the array
     * @param values one value per name; not null; copied
     * @throws IllegalArgumentException if the lengths differ
     * @throws NullPointerException if an argument or a name is null
     */
    public static DoubleArrayMap of(String[] keys, double[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " names for " + values.length + " values");
        }
        return keys.length == 0 ? EMPTY : new DoubleArrayMap(keys, values.clone());
    }

    /**
     * A copy of a map, in its iteration order.
     *
     * @param map the entries; not null, no null key or value
     * @return the copy; {@code map} itself if it is a {@code DoubleArrayMap}
     * @throws NullPointerException if {@code map}, a key or a value is null
     */
    public static DoubleArrayMap copyOf(Map<String, Double> map) {
        if (map instanceof DoubleArrayMap same) {
            return same;
        }
        String[] k = new String[map.size()];
        double[] v = new double[map.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            k[i] = Objects.requireNonNull(e.getKey(), "key");
            v[i] = Objects.requireNonNull(e.getValue(), () -> "value of " + e.getKey());
            i++;
        }
        return k.length == 0 ? EMPTY : new DoubleArrayMap(k, v);
    }

    @Override
    Double valueAt(int i) {
        return values[i];
    }
}
