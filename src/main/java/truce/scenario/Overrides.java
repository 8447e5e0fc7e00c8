package truce.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets values at dotted key paths (e.g. {@code militants.ttp.attackRate},
 * {@code events[2].day}) in a YAML tree before it is bound: how sweeps and {@code --set} vary a
 * scenario. Paths are checked against the records' schema, so a path that names no parameter
 * fails even if the file leaves that section out; sections that the file leaves out are
 * created, while actors and events must already be declared in the file.
 *
 * <p>The tree is not modified: copies are made along each path, so one parsed file can be
 * bound with many override sets, from several threads.
 */
final class Overrides {

    /** Appended to messages about a value with line 0, which only overrides produce. */
    static final String NOT_IN_FILE = " (set by an override, not in the file)";

    private final String file;
    private final String path;
    private final List<KeyPath.Segment> segments;
    private final YamlNode value;

    private Overrides(String file, String path, YamlNode value) {
        this.file = file;
        this.path = path;
        this.value = value;
        try {
            this.segments = KeyPath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, 0, "", "no parameter at path '" + path + "': "
                    + e.getMessage());
        }
    }

    /**
     * Applies overrides in their iteration order.
     *
     * @param type the record type {@code root} binds to
     * @param root the tree; not modified
     * @param overrides key path to value: a {@link String} is read as YAML text (so {@code "1.5"}
     *     is a number and {@code "definitive"} a word), a {@link Number} or {@link Boolean} is
     *     taken as is, null is YAML null; not null
     * @param file the scenario file, for messages
     * @return the updated tree; values set here have line 0
     * @throws ScenarioException if a path names no parameter, an actor or event it names is not
     *     in the file, or a string value is not valid YAML
     */
    static YamlNode.Mapping apply(Class<?> type, YamlNode.Mapping root, Map<String, ?> overrides,
                                  String file) {
        YamlNode.Mapping out = root;
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            YamlNode node = toNode(e.getValue(), file, e.getKey());
            out = new Overrides(file, e.getKey(), node).set(type, out, 0, "");
        }
        return out;
    }

    static YamlNode toNode(Object v, String file, String path) {
        if (v == null) {
            return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.NULL, "null", null);
        }
        if (v instanceof Boolean b) {
            return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.BOOLEAN, b.toString(), b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.INT, v.toString(), v);
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            return new YamlNode.Scalar(0, YamlNode.Scalar.Kind.FLOAT, v.toString(), d);
        }
        return YamlReader.readFragment(v.toString(), file, path);
    }

    /** Sets the value below {@code node}, a {@code type} mapping at {@code at}, from segment i. */
    private YamlNode.Mapping set(Class<?> type, YamlNode.Mapping node, int i, String at) {
        KeyPath.Segment seg = segments.get(i);
        if (seg.isIndex()) {
            throw noParameter((at.isEmpty() ? "the top level" : at) + " is not a list");
        }
        Schema.Field f = Schema.field(type, seg.key());
        if (seg.isWildcard()) {
            throw noParameter("a '*' may only stand for an actor's name, as in states.*.trust");
        }
        if (f == null) {
            throw noParameter((at.isEmpty() ? "the top level" : at) + " has no key '" + seg.key()
                    + "'" + Suggestions.hint(seg.key(), Schema.names(type)));
        }
        String here = KeyPath.child(at, f.name());
        YamlNode.Entry entry = node.get(f.name());
        if (i == segments.size() - 1) {
            return node.with(f.name(), 0, value);
        }
        YamlNode child;
        switch (f.kind()) {
            case RECORD:
                child = set(f.type(), mapping(entry, here), i + 1, here);
                break;
            case MAP:
                child = setInMap(f, mapping(entry, here), i + 1, here);
                break;
            case LIST:
                child = setInList(f, entry, i + 1, here);
                break;
            default:
                throw noParameter(here + " is a single value");
        }
        return node.with(f.name(), 0, child);
    }

    private YamlNode.Mapping setInMap(Schema.Field f, YamlNode.Mapping map, int i, String at) {
        KeyPath.Segment seg = segments.get(i);
        List<String> declared = List.copyOf(map.entries().keySet());
        if (seg.isWildcard()) {
            if (declared.isEmpty()) {
                throw noParameter("the file declares no " + f.name() + " for '*' to stand for");
            }
            YamlNode.Mapping out = map;
            for (String name : declared) {
                out = setActor(f, out, name, i, at);
            }
            return out;
        }
        if (seg.isIndex() || map.get(seg.key()) == null) {
            throw noParameter("the file declares no " + f.name() + " named '" + seg
                    + "' (declared: " + String.join(", ", declared) + ")"
                    + (seg.isIndex() ? "" : Suggestions.hint(seg.key(), declared)));
        }
        return setActor(f, map, seg.key(), i, at);
    }

    /** Sets the value below actor {@code name} of {@code map}, from segment i. */
    private YamlNode.Mapping setActor(Schema.Field f, YamlNode.Mapping map, String name, int i, String at) {
        String here = KeyPath.child(at, name);
        YamlNode actor = i == segments.size() - 1
                ? value : set(f.type(), mapping(map.get(name), here), i + 1, here);
        return map.with(name, 0, actor);
    }

    private YamlNode.Sequence setInList(Schema.Field f, YamlNode.Entry entry, int i, String at) {
        KeyPath.Segment seg = segments.get(i);
        List<YamlNode> items = entry != null && entry.value() instanceof YamlNode.Sequence s
                ? new ArrayList<>(s.items()) : new ArrayList<>();
        if (!seg.isIndex() || seg.index() >= items.size()) {
            throw noParameter(at + " has " + items.size() + " items, numbered from 0; expected "
                    + at + "[i] with i < " + items.size() + ", found " + at
                    + (seg.isIndex() ? "" : ".") + seg);
        }
        String here = KeyPath.index(at, seg.index());
        YamlNode.Entry current = new YamlNode.Entry("", 0, items.get(seg.index()));
        YamlNode item = i == segments.size() - 1
                ? value : set(f.type(), mapping(current, here), i + 1, here);
        items.set(seg.index(), item);
        return new YamlNode.Sequence(entry.value().line(), items);
    }

    /** The mapping in {@code entry}, an empty one if it is absent or null. */
    private YamlNode.Mapping mapping(YamlNode.Entry entry, String at) {
        if (entry == null) {
            return YamlNode.Mapping.EMPTY;
        }
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return new YamlNode.Mapping(s.line(), Map.of());
        }
        throw new ScenarioException(file, node.line(), at,
                "expected a mapping (key: value lines), found " + node.describe());
    }

    private ScenarioException noParameter(String why) {
        return new ScenarioException(file, 0, path, "no parameter at this path: " + why);
    }
}
