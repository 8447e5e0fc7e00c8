package truce.scenario;

import java.util.Map;
import truce.model.Scenario;

/**
 * A scenario file read and parsed once, ready to be bound to a {@link Scenario} any number of
 * times with different overrides: what a sweep needs, one binding per design point. Immutable
 * and thread-safe.
 *
 * @see ScenarioLoader#read(java.nio.file.Path)
 */
public final class ScenarioSource {

    private final Inheritance.Chain chain;
    private final YamlNode.Mapping tree;
    private final String displayName;
    private final BoundOverrides onBase = new BoundOverrides(this);

    /** A parsed file: its {@code extends} chain is resolved here. */
    ScenarioSource(YamlNode.Mapping tree, String displayName) {
        this(Inheritance.resolve(tree, displayName), displayName);
    }

    private ScenarioSource(Inheritance.Chain chain, String displayName) {
        this(chain, chain.merged(), displayName);
    }

    private ScenarioSource(Inheritance.Chain chain, YamlNode.Mapping tree, String displayName) {
        this.chain = chain;
        this.tree = tree;
        this.displayName = displayName;
    }

    /**
     * This file with values replaced at dotted key paths before any other overrides: what
     * {@code --set} does. Paths are checked when the scenario is bound.
     *
     * @param overrides as in {@link #scenario(Map)}; not null
     * @return the overridden source
     * @throws ScenarioException if a path names no parameter or a value is not valid YAML
     */
    public ScenarioSource with(Map<String, ?> overrides) {
        return overrides.isEmpty() ? this
                : new ScenarioSource(chain, Overrides.apply(Scenario.class, tree, overrides, displayName), displayName);
    }

    /** The files this scenario is built from: the named one, then those it extends, in order. */
    public java.util.List<String> files() {
        return chain.layers().stream().map(Inheritance.Layer::file).toList();
    }

    /** The file as the user named it, as used in messages. */
    public String displayName() {
        return displayName;
    }

    /**
     * Binds and validates the scenario as written.
     *
     * @return the scenario
     * @throws ScenarioException if a value is missing, unknown, of the wrong type or out of
     *     range, or a cross-field rule is broken
     */
    public Scenario scenario() {
        return scenario(Map.of());
    }

    /**
     * The same scenario as {@code scenario(fixed + overrides)}, made cheaply from {@code base},
     * which must be {@code scenario(fixed)}: only the records along the overridden paths are
     * rebuilt. This is how a sweep binds each of its design points.
     *
     * @param base {@code scenario(fixed)}; not null
     * @param fixed the overrides {@code base} was bound with; not null
     * @param overrides key path to value as YAML text, applied after {@code fixed}; not null
     * @return the scenario
     * @throws ScenarioException exactly as {@code scenario(fixed + overrides)} would
     */
    public Scenario scenario(Scenario base, Map<String, String> fixed, Map<String, String> overrides) {
        return onBase.apply(base, fixed, overrides, true);
    }

    /**
     * Same as {@link #scenario(Scenario, Map, Map)} without checking the cross-field rules again:
     * for overrides whose scenario that method has already accepted (a sweep checks every point
     * while planning, then binds each again when its runs come).
     */
    public Scenario scenarioChecked(Scenario base, Map<String, String> fixed, Map<String, String> overrides) {
        return onBase.apply(base, fixed, overrides, false);
    }

    /**
     * Whether a scenario is valid with values set at {@code path} and at {@code other} exactly
     * when it is valid with each set alone (the rest as in the file): true unless a cross-field
     * rule reads both. A sweep then checks each swept parameter's values once, not every
     * combination of them.
     *
     * @param path a dotted key path; not null
     * @param other another dotted key path; not null
     */
    public static boolean checkedApart(String path, String other) {
        return !(ScenarioValidator.readsWithOthers(path) && ScenarioValidator.readsWithOthers(other));
    }

    /**
     * Whether the values the scenario accepts at {@code path} are the numbers of an interval (the
     * parameter's range), so that every number between two accepted values is accepted: a number
     * parameter, or a whole-number parameter when {@code whole} (the values are whole numbers).
     * False for any other parameter, or a path that names none.
     *
     * @param path a dotted key path such as {@code militants.ttp.attackRate}; not null
     * @param whole whether the values are whole numbers
     */
    public static boolean numberRange(String path, boolean whole) {
        java.util.List<KeyPath.Segment> segments;
        try {
            segments = KeyPath.parse(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Class<?> type = Scenario.class;
        for (int i = 0; i < segments.size(); i++) {
            KeyPath.Segment seg = segments.get(i);
            Schema.Field f = seg.isIndex() ? null : Schema.field(type, seg.key());
            if (f == null) {
                return false;
            }
            if (i == segments.size() - 1) {
                return f.kind() == Schema.Kind.DOUBLE || f.kind() == Schema.Kind.INT && whole;
            }
            type = f.type();
            if (f.kind() == Schema.Kind.MAP || f.kind() == Schema.Kind.LIST) {
                i++; // the actor's name or the item's index
                if (i == segments.size() - 1 || segments.get(i).isIndex() != (f.kind() == Schema.Kind.LIST)) {
                    return false;
                }
            } else if (f.kind() != Schema.Kind.RECORD) {
                return false;
            }
        }
        return false;
    }

    /** Where each value of {@code scenario(overrides)} was given. */
    SourceLines lines(Map<String, ?> overrides) {
        YamlNode.Mapping t = overrides.isEmpty()
                ? tree : Overrides.apply(Scenario.class, tree, overrides, displayName);
        return RecordBinder.bind(Scenario.class, t, displayName).lines();
    }

    /**
     * Binds and validates the scenario with values replaced at dotted key paths.
     *
     * @param overrides key path (e.g. {@code militants.ttp.attackRate}, {@code events[2].day}) to
     *     value; a {@link String} is read as YAML text ({@code "1.5"} is a number), a
     *     {@link Number} or {@link Boolean} is taken as is; applied in iteration order; not null
     * @return the scenario
     * @throws ScenarioException if a path names no parameter (or an actor or event not declared
     *     in the file), or the resulting scenario is invalid; errors in overridden values have
     *     no line and say they were given on the command line
     */
    public Scenario scenario(Map<String, ?> overrides) {
        YamlNode.Mapping t = overrides.isEmpty()
                ? tree : Overrides.apply(Scenario.class, tree, overrides, displayName);
        try {
            RecordBinder.Bound<Scenario> bound = RecordBinder.bind(Scenario.class, t, displayName);
            ScenarioValidator.validate(bound.value(), bound.lines(), displayName);
            return bound.value();
        } catch (ScenarioException e) {
            throw Inheritance.attribute(e, chain);
        }
    }
}
