package truce.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One point of a sweep design: a value for each swept parameter. Immutable; its
 * {@link #hash()}, from which every run seed of the point derives, is computed once, when
 * first asked for.
 */
public final class DesignPoint {

    private final int index;
    private final Map<String, String> values;
    private volatile long hash;
    private volatile boolean hashed;

    /**
     * @param index position in the design, from 0
     * @param values swept key path to the value as canonical YAML text, in the design's column order
     */
    public DesignPoint(int index, Map<String, String> values) {
        this.index = index;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Position in the design, from 0. */
    public int index() {
        return index;
    }

    /** Swept key path to the value as canonical YAML text, in the design's column order. */
    public Map<String, String> values() {
        return values;
    }

    /** The point's id in result files, e.g. {@code p0007}. */
    public String id() {
        return id(index);
    }

    /** The id of the point at {@code index}, e.g. {@code p0007}. */
    public static String id(int index) {
        String digits = Integer.toString(index);
        return digits.length() >= 4 ? "p" + digits : "p" + "0000".substring(digits.length()) + digits;
    }

    /**
     * The point's canonical text: its values sorted by key path, one {@code path=value} a line.
     * It, and so the point's seeds, depend only on the values, not on the point's position.
     */
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    /** Hash of {@link #canonical()}, from which the point's run seeds are derived. */
    public long hash() {
        if (!hashed) { // computed at most a few times, by racing threads, always to the same value
            hash = Seeds.hash(canonical());
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesignPoint p && p.index == index && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, values);
    }

    @Override
    public String toString() {
        return "DesignPoint[index=" + index + ", values=" + values + "]";
    }
}
