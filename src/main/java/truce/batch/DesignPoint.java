package truce.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One point of a sweep design: a value for each swept parameter.
 *
 * @param index position in the design, from 0
 * @param values swept key path to the value as canonical YAML text, in the design's column order
 */
public record DesignPoint(int index, Map<String, String> values) {

    public DesignPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The point's id in result files, e.g. {@code p0007}. */
    public String id() {
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
        return Seeds.hash(canonical());
    }
}
