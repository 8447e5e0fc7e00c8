package truce.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The values of a bound scenario as one canonical text, for the scenario hash a results folder
 * records and a resume compares.
 *
 * <p>Why not the records' {@code toString()}: that text names every component, so a build that
 * adds a parameter (at a default that leaves results as they were) would change the hash of
 * every scenario and refuse to resume every folder an older build wrote. Here a component whose
 * value equals its {@link truce.model.Param#def() default}, or an optional component left out,
 * is not written; a new parameter at its default leaves the text unchanged, and a folder written
 * by an older build resumes if its replayed rows still match (which is what checks the model).
 * Values are written exactly (a double as its shortest round-trip decimal), maps and lists in
 * their order, which is the order the model meets them.
 */
public final class ScenarioFingerprint {

    private static final Map<Schema.Field, Object> DEFAULTS = new ConcurrentHashMap<>();
    private static final Object NO_DEFAULT = new Object();

    private ScenarioFingerprint() {
    }

    /**
     * The canonical text of {@code scenario}: {@code key=value} for every component not at its
     * default, records in braces, maps as {@code key:value}, lists in brackets.
     *
     * @param scenario a bound scenario record (or any record whose components carry
     *     {@link truce.model.Param}); not null
     * @return the text; equal for scenarios that differ only in components at their defaults
     */
    public static String text(Record scenario) {
        StringBuilder out = new StringBuilder();
        record(scenario, out);
        return out.toString();
    }

    private static void record(Object record, StringBuilder out) {
        out.append('{');
        for (Schema.Field f : Schema.fields(record.getClass())) {
            Object value = f.get(record);
            if (value == null && f.optional() || Objects.equals(value, defaultOf(f))) {
                continue;
            }
            out.append(f.name()).append('=');
            value(f.kind(), value, out);
            out.append(';');
        }
        out.append('}');
    }

    private static void value(Schema.Kind kind, Object value, StringBuilder out) {
        if (value == null) {
            out.append('~');
            return;
        }
        switch (kind) {
            case RECORD -> record(value, out);
            case MAP -> {
                out.append('{');
                ((Map<?, ?>) value).forEach((k, v) -> {
                    quoted(String.valueOf(k), out);
                    out.append(':');
                    value(Schema.Kind.RECORD, v, out);
                    out.append(';');
                });
                out.append('}');
            }
            case LIST -> list((List<?>) value, v -> value(Schema.Kind.RECORD, v, out), out);
            case NAMES -> list((List<?>) value, v -> quoted(String.valueOf(v), out), out);
            case STRING -> quoted((String) value, out);
            case ENUM -> out.append(Schema.enumName((Enum<?>) value));
            default -> out.append(value); // int, double (shortest exact decimal), boolean
        }
    }

    /** {@code [a,b,]}: each item as {@code item} writes it, in order. */
    private static void list(List<?> items, Consumer<Object> item, StringBuilder out) {
        out.append('[');
        for (Object v : items) {
            item.accept(v);
            out.append(',');
        }
        out.append(']');
    }

    private static void quoted(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    /** The bound default of {@code f}, or a marker equal to nothing when it has none. */
    private static Object defaultOf(Schema.Field f) {
        if (f.defaultNode() == null) {
            return NO_DEFAULT;
        }
        return DEFAULTS.computeIfAbsent(f, k -> {
            Object v = RecordBinder.bindValue(k, k.defaultNode(), k.name(), "@Param(def)");
            return v == null ? NO_DEFAULT : v;
        });
    }
}
