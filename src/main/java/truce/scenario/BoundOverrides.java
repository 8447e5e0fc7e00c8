package truce.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sets values at key paths in an already-bound scenario: the cheap way to make a sweep's design
 * points. Only the records along each path are rebuilt (the rest is shared with the base); each
 * value is checked exactly as {@link RecordBinder} checks it, and the result goes through
 * {@link ScenarioValidator}.
 *
 * <p>This is a shortcut, not a second definition: whenever it cannot take a path (an actor or
 * list item given whole, an absent optional section, a record whose default is not empty) or
 * a value is refused, {@link ScenarioSource#scenario(Map)} binds the file from its tree with all
 * the overrides, so the result and every error message are exactly what that path gives.
 * Thread-safe.
 */
final class BoundOverrides {

    /** A decimal that YAML reads the same in every version: no sign but minus, no leading zero, no exponent. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,30})?");
    /** Distinct non-numeric values kept parsed (words of grid levels, list values). */
    private static final int CACHED_VALUES = 4096;

    /** Thrown inside this class when the shortcut does not apply; never escapes it. */
    private static final class NotHere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotHere() {
            super(null, null, false, false);
        }
    }

    private static final NotHere NOT_HERE = new NotHere();

    private final ScenarioSource source;
    private final Map<String, List<KeyPath.Segment>> paths = new ConcurrentHashMap<>();
    private final Map<String, YamlNode> values = new ConcurrentHashMap<>();
    /** The lines of the scenario bound with the fixed overrides. */
    private record BaseLines(Map<String, String> fixed, SourceLines lines) {
    }

    private volatile BaseLines baseLines;

    BoundOverrides(ScenarioSource source) {
        this.source = source;
    }

    /**
     * The scenario {@code base} with {@code overrides} set, which equals
     * {@code source.scenario(fixed + overrides)} when {@code base} is {@code source.scenario(fixed)}.
     *
     * @param base the scenario bound with {@code fixed}; not null
     * @param fixed the overrides {@code base} was bound with, for the fallback; not null
     * @param overrides key path to YAML text; not null
     * @param validate whether to check the cross-field rules ({@link ScenarioValidator}); false
     *     only for overrides whose scenario was checked before
     * @throws ScenarioException exactly as {@code source.scenario(fixed + overrides)} would
     */
    truce.model.Scenario apply(truce.model.Scenario base, Map<String, String> fixed, Map<String, String> overrides,
                               boolean validate) {
        try {
            Object s = base;
            for (Map.Entry<String, String> e : overrides.entrySet()) {
                s = set(truce.model.Scenario.class, s, segments(e.getKey()), 0, "", value(e.getValue(), e.getKey()));
            }
            truce.model.Scenario scenario = (truce.model.Scenario) s;
            if (!validate) {
                return scenario;
            }
            SourceLines lines = new SourceLines(baseLines(fixed));
            for (String path : overrides.keySet()) {
                givenByOverride(lines, segments(path));
            }
            ScenarioValidator.validate(scenario, lines, source.displayName());
            return scenario;
        } catch (NotHere | ScenarioException | IllegalArgumentException e) {
            Map<String, String> all = new LinkedHashMap<>(fixed);
            all.putAll(overrides);
            return source.scenario(all);
        }
    }

    /** Where the values of {@code source.scenario(fixed)} were given; bound once per fixed set. */
    private SourceLines baseLines(Map<String, String> fixed) {
        BaseLines cached = baseLines;
        if (cached == null || !cached.fixed().equals(fixed)) {
            cached = new BaseLines(Map.copyOf(fixed), source.lines(fixed));
            baseLines = cached;
        }
        return cached.lines();
    }

    /** Marks the path and every path above it as set by an override (line 0), as binding the tree does. */
    private static void givenByOverride(SourceLines lines, List<KeyPath.Segment> path) {
        String at = "";
        for (KeyPath.Segment seg : path) {
            at = seg.isIndex() ? KeyPath.index(at, seg.index()) : KeyPath.child(at, seg.key());
            lines.put(at, 0);
        }
    }

    private List<KeyPath.Segment> segments(String path) {
        List<KeyPath.Segment> s = paths.get(path);
        if (s == null) {
            try {
                s = KeyPath.parse(path);
            } catch (IllegalArgumentException e) {
                throw NOT_HERE;
            }
            if (paths.size() < CACHED_VALUES) {
                paths.put(path, s);
            }
        }
        return s;
    }

    /** The value as {@link Overrides} reads it: plain decimals directly, anything else parsed once. */
    private YamlNode value(String text, String path) {
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return decimal(text);
        }
        YamlNode node = values.get(text);
        if (node == null) {
            node = Overrides.toNode(text, source.displayName(), path);
            if (values.size() < CACHED_VALUES) {
                values.put(text, node);
            }
        }
        return node;
    }

    /**
     * The node YAML gives a plain decimal: a whole number as an {@code int} (an {@code Integer},
     * or a {@code Long} if it needs one, as Jackson reports it), otherwise a float.
     */
    static YamlNode.Scalar decimal(String text) {
        if (text.indexOf('.') >= 0) {
            return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.FLOAT, text, Double.parseDouble(text));
        }
        long v = Long.parseLong(text);
        Object boxed = Long.valueOf(v); // (not a ?: expression, which would promote an Integer to a Long)
        if (v == (int) v) {
            boxed = Integer.valueOf((int) v);
        }
        return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.INT, text, boxed);
    }

    /** {@code record} (of {@code type}) with the value at {@code path} from segment i replaced. */
    private Object set(Class<?> type, Object record, List<KeyPath.Segment> path, int i, String at, YamlNode value) {
        KeyPath.Segment seg = path.get(i);
        Schema.Field f = seg.isIndex() ? null : Schema.field(type, seg.key());
        if (f == null || record == null) {
            throw NOT_HERE;
        }
        String here = KeyPath.child(at, f.name());
        boolean last = i == path.size() - 1;
        Object current = f.get(record);
        Object replaced;
        if (last) {
            if (!f.isLeaf()) {
                throw NOT_HERE;
            }
            replaced = RecordBinder.bindValue(f, value, here, source.displayName());
        } else {
            replaced = switch (f.kind()) {
                case RECORD -> {
                    if (!"{}".equals(f.param().def()) && !f.required()) {
                        throw NOT_HERE; // an absent section takes its default, which may not be empty
                    }
                    yield set(f.type(), current, path, i + 1, here, value);
                }
                case MAP -> inMap(f, current, path, i + 1, here, value);
                case LIST -> inList(f, current, path, i + 1, here, value);
                default -> throw NOT_HERE;
            };
        }
        List<Schema.Field> fields = Schema.fields(type);
        Object[] args = new Object[fields.size()];
        for (int k = 0; k < args.length; k++) {
            Schema.Field c = fields.get(k);
            args[k] = c == f ? replaced : c.get(record);
        }
        return Schema.construct(type, args);
    }

    private Object inMap(Schema.Field f, Object current, List<KeyPath.Segment> path, int i, String at,
                         YamlNode value) {
        KeyPath.Segment seg = path.get(i);
        if (!(current instanceof Map<?, ?> map) || seg.isIndex() || !map.containsKey(seg.key())
                || i == path.size() - 1) {
            throw NOT_HERE;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            copy.put((String) e.getKey(), e.getValue());
        }
        copy.put(seg.key(), set(f.type(), map.get(seg.key()), path, i + 1, KeyPath.child(at, seg.key()), value));
        return copy;
    }

    private Object inList(Schema.Field f, Object current, List<KeyPath.Segment> path, int i, String at,
                          YamlNode value) {
        KeyPath.Segment seg = path.get(i);
        if (!(current instanceof List<?> list) || !seg.isIndex() || seg.index() >= list.size()
                || i == path.size() - 1) {
            throw NOT_HERE;
        }
        List<Object> copy = new ArrayList<>(list);
        copy.set(seg.index(), set(f.type(), list.get(seg.index()), path, i + 1, KeyPath.index(at, seg.index()), value));
        return copy;
    }
}
