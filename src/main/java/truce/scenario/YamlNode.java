package truce.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable YAML tree whose nodes remember the line they were read from (1-based; 0 for a
 * value that does not come from the file: a default or a command-line override).
 *
 * <p>Nodes reached through YAML aliases are shared, not copied; updates go through
 * {@link Mapping#with} and leave the original tree untouched.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line where the node starts; 0 if it is not from the file. */
    int line();

    /** Describes the node for "found ..." in messages, e.g. {@code 'abc'} or {@code a list}. */
    String describe();

    /** One key of a mapping, with the line of the key and its value. */
    record Entry(String key, int keyLine, YamlNode value) {

        /** Line to report for this entry as a whole: the key's line, else the value's. */
        int line() {
            return keyLine > 0 ? keyLine : value.line();
        }
    }

    /** A mapping; entries keep the order of the file. */
    record Mapping(int line, Map<String, Entry> entries) implements YamlNode {

        /** An empty mapping, standing for a section left out of the file. */
        static final Mapping EMPTY = new Mapping(0, Map.of());

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The entry for {@code key}, or null. */
        Entry get(String key) {
            return entries.get(key);
        }

        /** A copy with {@code key} set to {@code value} (replacing it in place, or appended). */
        Mapping with(String key, int keyLine, YamlNode value) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            Entry old = copy.get(key);
            copy.put(key, new Entry(key, old == null ? keyLine : old.keyLine(), value));
            return new Mapping(line, copy);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence (YAML list). */
    record Sequence(int line, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value, typed as the YAML parser resolved it.
     *
     * @param line 1-based line, 0 if not from the file
     * @param kind how the parser resolved the value
     * @param text the value as written (for a float, e.g. {@code .nan} or {@code 1e3})
     * @param value the resolved value: a {@link String}, a {@link Number} (integer kinds as
     *     {@link java.math.BigInteger}, Long or Integer; floats as {@link Double}, possibly NaN or
     *     infinite), a {@link Boolean}, or null for {@link Kind#NULL}
     */
    record Scalar(int line, Kind kind, String text, Object value) implements YamlNode {

        /** How the parser resolved a scalar. */
        enum Kind { STRING, INT, FLOAT, BOOLEAN, NULL }

        private static final int SHOWN = 40;

        @Override
        public String describe() {
            switch (kind) {
                case NULL:
                    return "nothing (null)";
                case STRING:
                    if (text.isEmpty()) {
                        return "an empty string";
                    }
                    return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text)
                            .replace("\n", "\\n") + "'";
                default:
                    return text;
            }
        }
    }
}
