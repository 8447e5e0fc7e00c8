package truce.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * One string for each distinct value of each swept parameter, while a parameter has few: a sweep
 * keeps every design point's swept values until its report is written (up to a million points),
 * and a grid's or an integer range's values repeat from point to point, so a point then holds
 * references to shared strings, not copies of them. A parameter sampled over a range has as many
 * values as points: once it passes {@value #MOST} distinct values it is no longer looked up, and
 * its table is dropped. The values are not joined into one string a point: the report collects
 * each parameter's levels ({@link SweptParameter}) and keeps them, and shares the points' strings
 * only if it gets the same ones. Not thread-safe (one per {@link SummaryBuilder}).
 */
final class SharedTexts {

    /** Distinct values of a parameter beyond which its values are kept as they come. */
    static final int MOST = 4096;

    /** Per parameter: its values seen so far, or null once it has had more than {@link #MOST}. */
    private final Map<String, String>[] seen;

    @SuppressWarnings("unchecked")
    SharedTexts(int parameters) {
        this.seen = new Map[parameters];
        for (int i = 0; i < parameters; i++) {
            seen[i] = new HashMap<>();
        }
    }

    /**
     * @param parameter the parameter's position
     * @param value a value it took
     * @return an equal string: the first one seen, while the parameter has few distinct values
     */
    String share(int parameter, String value) {
        Map<String, String> values = seen[parameter];
        if (values == null) {
            return value;
        }
        String first = values.putIfAbsent(value, value);
        if (first != null) {
            return first;
        }
        if (values.size() > MOST) {
            seen[parameter] = null; // a sampled range: every value new, nothing to share
        }
        return value;
    }
}
