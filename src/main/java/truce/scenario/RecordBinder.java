package truce.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import truce.model.Param;

/**
 * Binds a {@link YamlNode} tree to records, driven only by the records' components and their
 * {@link Param} annotations (see {@link Schema}): types, ranges, defaults, required keys and
 * unknown keys. Cross-field rules are {@link ScenarioValidator}'s job.
 *
 * <p>Rules: numbers must be finite and within {@code [min, max]}; a whole number is expected for
 * {@code int} ({@code 30.0} is accepted, {@code 1.5} is not); booleans are {@code true} or
 * {@code false}; enums are matched ignoring case; text accepts any single value; actor names (keys
 * of {@code Map} sections) are letters, digits, {@code _} and {@code -}, starting with a letter. A
 * missing key takes its default; a missing {@link Param#REQUIRED} key is an error; an explicit
 * null is allowed only for {@link Param#NONE} keys, and stands for an empty section where a
 * record, map or list is expected.
 */
final class RecordBinder {

    /** A bound value and the lines its parts were given on. */
    record Bound<T>(T value, SourceLines lines) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final int LISTED_KEYS = 10;

    private final String file;
    private final SourceLines lines;

    private RecordBinder(String file, SourceLines lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Binds {@code root} to a record of type {@code type}.
     *
     * @param type the record type; every component must carry {@link Param}
     * @param root the mapping to bind; not null
     * @param file the file as the user named it, for messages; not null
     * @return the record and the lines of the values given
     * @throws ScenarioException at the first value that does not fit, naming its line and key path
     */
    static <T extends Record> Bound<T> bind(Class<T> type, YamlNode.Mapping root, String file) {
        RecordBinder binder = new RecordBinder(file, new SourceLines());
        Object value = binder.record(type, root, "", root.line());
        return new Bound<>(type.cast(value), binder.lines);
    }

    /**
     * Binds one value given outside the file (line 0) to component {@code f}, with every check
     * {@link #bind} makes on it.
     *
     * @throws ScenarioException if the value does not fit, as {@link #bind} would say
     */
    static Object bindValue(Schema.Field f, YamlNode node, String path, String file) {
        return new RecordBinder(file, new SourceLines()).value(f, node, path, 0);
    }

    private Object record(Class<?> type, YamlNode.Mapping node, String path, int line) {
        List<Schema.Field> fields = Schema.fields(type);
        for (YamlNode.Entry e : node.entries().values()) {
            if (Schema.field(type, e.key()) == null) {
                throw unknownKey(type, e, path);
            }
        }
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            Schema.Field f = fields.get(i);
            String childPath = KeyPath.child(path, f.name());
            YamlNode.Entry e = node.get(f.name());
            if (e != null) {
                args[i] = value(f, e.value(), childPath, e.line());
            } else if (f.required()) {
                throw fail(line, childPath, "required key is missing (" + f.param().doc() + ")");
            } else if (f.optional()) {
                args[i] = null;
            } else {
                args[i] = defaultValue(f, childPath);
            }
        }
        try {
            return Schema.construct(type, args);
        } catch (IllegalArgumentException e) {
            throw fail(line, path, e.getMessage());
        }
    }

    private Object defaultValue(Schema.Field f, String path) {
        try {
            return new RecordBinder("@Param(def)", new SourceLines())
                    .value(f, f.defaultNode(), path, 0);
        } catch (ScenarioException e) {
            throw new IllegalStateException("invalid default: " + e.getMessage(), e);
        }
    }

    /** Binds one given value; {@code line} is the line of its key. */
    private Object value(Schema.Field f, YamlNode node, String path, int line) {
        boolean isNull = node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
        if (isNull && f.optional()) {
            return null;
        }
        lines.put(path, f.isLeaf() ? node.line() : line);
        switch (f.kind()) {
            case INT:
                return wholeNumber(f, node, path);
            case DOUBLE:
                return number(f, node, path);
            case BOOLEAN:
                return bool(node, path);
            case STRING:
                return text(node, path);
            case ENUM:
                return enumValue(f.type(), node, path);
            case RECORD:
                return record(f.type(), mapping(node, path, isNull), path, line);
            case MAP:
                return map(f.type(), mapping(node, path, isNull), path);
            case LIST:
                return list(f.type(), node, path, isNull);
            case NAMES:
                return names(node, path);
            default:
                throw new IllegalStateException("unhandled kind " + f.kind());
        }
    }

    private Object wholeNumber(Schema.Field f, YamlNode node, String path) {
        String expected = "a whole number" + range(f.param());
        BigDecimal v = numeric(node);
        if (v == null || v.stripTrailingZeros().scale() > 0) {
            throw fail(node.line(), path, "expected " + expected + ", found " + node.describe());
        }
        if (!inRange(v, f.param()) || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            throw fail(node.line(), path, "expected " + expected + ", found " + node.describe());
        }
        return v.intValueExact();
    }

    private Object number(Schema.Field f, YamlNode node, String path) {
        String expected = "expected a number" + range(f.param());
        if (node instanceof YamlNode.Scalar s && s.value() instanceof Double d) {
            if (d.isNaN()) {
                throw fail(node.line(), path, expected + ", found " + s.text() + " (not a number)");
            }
            if (d.isInfinite()) {
                throw fail(node.line(), path, expected + ", found " + s.text() + " (infinite)");
            }
        }
        BigDecimal v = numeric(node);
        if (v == null) {
            throw fail(node.line(), path,
                    expected + ", found " + node.describe() + quotedHint(node));
        }
        if (!inRange(v, f.param())) {
            throw fail(node.line(), path, expected + ", found " + node.describe());
        }
        return v.doubleValue();
    }

    /** The exact value of a finite number, or null if the node is not one. */
    private static BigDecimal numeric(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        if (s.value() instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : new BigDecimal(d.toString());
        }
        if (s.value() instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (s.kind() == YamlNode.Scalar.Kind.INT && s.value() instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        return null;
    }

    private static boolean inRange(BigDecimal v, Param p) {
        double d = v.doubleValue();
        return d >= p.min() && d <= p.max();
    }

    private static String quotedHint(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) {
            try {
                Double.parseDouble(s.text());
                return " (text, not a number: remove the quotes)";
            } catch (NumberFormatException e) {
                return "";
            }
        }
        return "";
    }

    private Object bool(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw fail(node.line(), path, "expected true or false, found " + node.describe());
    }

    private Object text(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            return s.text();
        }
        throw fail(node.line(), path, "expected text, found " + node.describe());
    }

    private Object enumValue(Class<?> type, YamlNode node, String path) {
        List<String> names = Schema.enumNames(type);
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            int i = names.indexOf(s.text().toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return type.getEnumConstants()[i];
            }
            throw fail(node.line(), path, "expected one of " + String.join(", ", names)
                    + ", found " + node.describe() + Suggestions.hint(s.text(), names));
        }
        throw fail(node.line(), path, "expected one of " + String.join(", ", names)
                + ", found " + node.describe());
    }

    private YamlNode.Mapping mapping(YamlNode node, String path, boolean isNull) {
        if (isNull) {
            return new YamlNode.Mapping(node.line(), Map.of());
        }
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw fail(node.line(), path, "expected a mapping (key: value lines), found "
                + node.describe());
    }

    private Map<String, Object> map(Class<?> type, YamlNode.Mapping node, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : node.entries().values()) {
            String childPath = KeyPath.child(path, e.key());
            if (!NAME.matcher(e.key()).matches()) {
                throw fail(e.line(), childPath, "expected a name of letters, digits, '_' or '-'"
                        + " starting with a letter, found '" + e.key() + "'");
            }
            lines.put(childPath, e.line());
            boolean isNull = e.value() instanceof YamlNode.Scalar s
                    && s.kind() == YamlNode.Scalar.Kind.NULL;
            YamlNode.Mapping actor = mapping(e.value(), childPath, isNull);
            out.put(e.key(), record(type, actor, childPath, e.line()));
        }
        return out;
    }

    private List<Object> list(Class<?> type, YamlNode node, String path, boolean isNull) {
        if (isNull) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw fail(node.line(), path, "expected a list (lines starting with '- '), found "
                    + node.describe());
        }
        List<Object> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            String childPath = KeyPath.index(path, out.size());
            lines.put(childPath, item.line());
            out.add(record(type, mapping(item, childPath, false), childPath, item.line()));
        }
        return out;
    }

    /** A list of names, such as {@code [pakistan, taliban]}; checked against their section by the validator. */
    private List<String> names(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw fail(node.line(), path, "expected a list of names such as [a, b], found " + node.describe());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
                throw fail(item.line(), path, "expected a list of names such as [a, b], found "
                        + item.describe() + " in the list");
            }
            out.add(s.text());
        }
        return List.copyOf(out);
    }

    private ScenarioException unknownKey(Class<?> type, YamlNode.Entry e, String path) {
        List<String> valid = Schema.names(type);
        String hint = Suggestions.hint(e.key(), valid);
        String list = valid.size() <= LISTED_KEYS
                ? " (valid keys: " + String.join(", ", valid) + ")"
                : " (see 'truce params' for the valid keys)";
        return fail(e.line(), KeyPath.child(path, e.key()), "unknown key" + hint + list);
    }

    /** {@code " in [0, 50] (attacks/day)"}, {@code " >= 0"}, or the unit alone, for messages. */
    private static String range(Param p) {
        String bounds = Schema.bounds(p);
        String r = bounds.isEmpty() ? "" : bounds.startsWith("[") ? " in " + bounds : " " + bounds;
        return p.unit().isEmpty() ? r : r + " (" + p.unit() + ")";
    }

    private ScenarioException fail(int line, String path, String problem) {
        return new ScenarioException(file, line, path,
                line > 0 ? problem : problem + Overrides.NOT_IN_FILE);
    }
}
