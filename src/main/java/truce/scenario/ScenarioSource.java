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
