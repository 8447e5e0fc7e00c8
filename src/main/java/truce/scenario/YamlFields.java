package truce.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed reading of one mapping of a YAML file, with messages that name the file, line and key
 * path: how files other than scenarios and sweeps (calibration and target files) are read with
 * the same limits and the same kind of error.
 */
public final class YamlFields {

    private final String file;
    private final String path;
    private final YamlNode.Mapping map;

    private YamlFields(String file, String path, YamlNode.Mapping map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    /**
     * Reads a file whose top level is a mapping describing a {@code what}.
     *
     * @throws ScenarioException if the file cannot be read or is not such a YAML mapping
     */
    public static YamlFields read(Path file, String displayName, String what) {
        return new YamlFields(displayName, "", YamlReader.readFile(file, displayName, what));
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The key path of a key of this mapping. */
    public String path(String key) {
        return key.isEmpty() ? path : KeyPath.child(path, key);
    }

    /** The mapping's keys, in file order. */
    public List<String> keys() {
        return List.copyOf(map.entries().keySet());
    }

    /** Refuses keys other than {@code allowed}. */
    public void allow(Set<String> allowed) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new ScenarioException(file, e.line(), path(e.key()), "unknown key"
                        + Suggestions.hint(e.key(), allowed) + " (valid keys: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** Whether the key is given (and not null). */
    public boolean has(String key) {
        YamlNode.Entry e = map.get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL);
    }

    /** The line of a key, or of the mapping if the key is absent. */
    public int line(String key) {
        YamlNode.Entry e = map.get(key);
        return e == null ? map.line() : e.line();
    }

    /** An error about a key. */
    public ScenarioException fail(String key, String problem) {
        return new ScenarioException(file, line(key), path(key), problem);
    }

    /** Whether the key holds a mapping. */
    public boolean isMapping(String key) {
        return has(key) && map.get(key).value() instanceof YamlNode.Mapping;
    }

    /** The mapping under a required key. */
    public YamlFields mapping(String key) {
        YamlNode v = require(key);
        if (v instanceof YamlNode.Mapping m) {
            return new YamlFields(file, path(key), m);
        }
        throw fail(key, "expected a mapping (key: value lines), found " + v.describe());
    }

    /** Text under a required key. */
    public String string(String key) {
        YamlNode v = require(key);
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()) {
            return s.text();
        }
        throw fail(key, "expected text, found " + v.describe());
    }

    /** A finite number under a required key. */
    public double number(String key) {
        YamlNode v = require(key);
        if (v instanceof YamlNode.Scalar s && s.value() instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw fail(key, "expected a finite number, found " + v.describe());
    }

    /** A whole number in {@code [min, max]} under a required key. */
    public long whole(String key, long min, long max, String unit) {
        YamlNode v = require(key);
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INT) {
            BigDecimal d = new BigDecimal(s.value().toString());
            if (d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return d.longValueExact();
            }
        }
        throw fail(key, "expected a whole number in [" + min + ", " + max + "] (" + unit + "), found " + v.describe());
    }

    /** True or false under a required key. */
    public boolean bool(String key) {
        YamlNode v = require(key);
        if (v instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw fail(key, "expected true or false, found " + v.describe());
    }

    /**
     * The single values under a required key, as text: one value, or a non-empty list of them.
     * Numbers are given without trailing zeros.
     */
    public List<String> values(String key) {
        YamlNode v = require(key);
        List<YamlNode> items = v instanceof YamlNode.Sequence seq ? seq.items() : List.of(v);
        if (items.isEmpty()) {
            throw fail(key, "expected at least one value, found an empty list");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
                throw fail(key, "expected single values (numbers or words), found " + item.describe());
            }
            out.add(s.value() instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : s.text());
        }
        return out;
    }

    private YamlNode require(String key) {
        if (!has(key)) {
            throw fail(key, "missing required key '" + key + "'");
        }
        return map.get(key).value();
    }
}
