package truce.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads sweep files. A sweep names a base scenario, replicates, a master seed, optional fixed
 * overrides ({@code set}) and a design:
 *
 * <pre>
 * name: leverage-x-attacks
 * scenario: ../baseline-2025.yaml      # relative to this file
 * replicates: 200
 * masterSeed: 20251019
 * set: {horizon: 180}
 * design:
 *   type: grid                         # grid | list | lhs | sobol
 *   parameters:
 *     mediators.*.leverage: {from: 0.1, to: 0.9, steps: 5}
 *     militants.ttp.attackRate: [0.3, 0.6, 1.2]
 * </pre>
 *
 * A {@code list} design has {@code points:} (a list of mappings from key path to value);
 * {@code lhs} and {@code sobol} designs have {@code samples: n} and ranges
 * {@code {from: a, to: b}} (add {@code integer: true} for whole-number parameters). Whether the
 * key paths exist and the values are valid is checked when the points are bound to the
 * scenario. Errors are {@link ScenarioException}s naming the file, line and key path.
 */
public final class SweepLoader {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> TOP = Set.of("name", "scenario", "replicates", "masterSeed", "set", "design");
    private static final Set<String> DESIGN = Set.of("type", "parameters", "samples", "points");
    private static final Set<String> POSTERIOR_DESIGN = Set.of("type", "posterior", "samples", "parameters");
    private static final Set<String> RANGE = Set.of("from", "to", "steps", "integer");
    private static final Set<String> COMPARISON_TOP = Set.of("name", "replicates", "masterSeed", "horizon", "set", "design");
    private static final Set<String> COMPARISON_DESIGN = Set.of("type", "files");
    /** The design type of a comparison file, which {@code truce compare} runs. */
    public static final String SCENARIOS = "scenarios";
    /** The design type that draws parameter sets from a calibration's posterior.csv. */
    public static final String POSTERIOR = "posterior";
    private static final int MAX_REPLICATES = SweepSpec.MAX_REPLICATES;
    private static final int MAX_SAMPLES = 1_000_000;
    /** Most design points a sweep may have; each is bound to a scenario before any run. */
    public static final long MAX_POINTS = 1_000_000;

    private final String file;

    private SweepLoader(String file) {
        this.file = file;
    }

    /**
     * Loads and checks a sweep file (not yet its parameter paths; see the class comment).
     *
     * @param path the sweep file; not null
     * @return the sweep
     * @throws ScenarioException if the file is unreadable, not YAML, or not a valid sweep
     */
    public static SweepSpec load(Path path) {
        String name = path.toString();
        YamlNode.Mapping root = YamlReader.readFile(path, name, "sweep");
        Path dir = path.getParent() != null ? path.getParent() : Path.of("");
        return new SweepLoader(name).sweep(root, dir);
    }

    /**
     * Whether a file is a comparison of scenarios: a sweep file whose design has
     * {@code type: scenarios}. False for a file that cannot be read.
     */
    public static boolean isComparison(Path path) {
        try {
            YamlNode.Entry d = YamlReader.readFile(path, path.toString()).get("design");
            return d != null && d.value() instanceof YamlNode.Mapping m && m.get("type") != null
                    && m.get("type").value() instanceof YamlNode.Scalar s && SCENARIOS.equals(s.text());
        } catch (ScenarioException e) {
            return false;
        }
    }

    /**
     * Loads a comparison file: a sweep file without {@code scenario}, whose design is
     * {@code {type: scenarios, files: [a.yaml, b.yaml, ...]}} (paths relative to the file), with
     * optional {@code replicates} (default 100), {@code masterSeed} (default 1), {@code horizon}
     * (of restricted mean survival) and {@code set}.
     *
     * @param path the file; not null
     * @return the comparison
     * @throws ScenarioException if the file is unreadable, not YAML, or not a valid comparison
     */
    public static ComparisonSpec loadComparison(Path path) {
        String name = path.toString();
        YamlNode.Mapping root = YamlReader.readFile(path, name, "sweep");
        Path dir = path.getParent() != null ? path.getParent() : Path.of("");
        return new SweepLoader(name).comparison(root, dir);
    }

    /** The file's {@code name}, which names its results folder, so it must be fit for a file name. */
    private String resultsName(YamlNode.Mapping root) {
        String name = string(require(root, "", "name"), "name");
        if (!NAME.matcher(name).matches()) {
            throw fail(require(root, "", "name").line(), "name",
                    "expected a name of at most 100 letters, digits, '.', '_' or '-' (it names the results folder),"
                            + " found '" + (name.length() > 40 ? name.substring(0, 40) + "...' (" + name.length()
                            + " characters)" : name + "'"));
        }
        return name;
    }

    private ComparisonSpec comparison(YamlNode.Mapping root, Path dir) {
        keys(root, "", COMPARISON_TOP);
        String name = resultsName(root);
        int replicates = root.get("replicates") == null ? 100
                : (int) whole(root.get("replicates").value(), "replicates", 1, MAX_REPLICATES, "runs per scenario");
        long masterSeed = root.get("masterSeed") == null ? 1
                : whole(root.get("masterSeed").value(), "masterSeed", Long.MIN_VALUE, Long.MAX_VALUE, "seed");
        Integer horizon = root.get("horizon") == null ? null
                : (int) whole(root.get("horizon").value(), "horizon", 1, 100_000, "days");
        Map<String, String> fixed = new LinkedHashMap<>();
        if (root.get("set") != null) {
            for (YamlNode.Entry e : mapping(root.get("set").value(), "set").entries().values()) {
                fixed.put(e.key(), text(e.value(), "set." + e.key()));
            }
        }
        YamlNode.Mapping d = mapping(require(root, "", "design"), "design");
        keys(d, "design", COMPARISON_DESIGN);
        YamlNode files = require(d, "design", "files");
        if (!(files instanceof YamlNode.Sequence seq) || seq.items().size() < 2) {
            throw fail(files.line(), "design.files", "expected a list of at least two scenario files, found "
                    + (files instanceof YamlNode.Sequence seq ? seq.items().size() + "" : files.describe()));
        }
        List<Path> scenarios = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            scenarios.add(dir.resolve(string(seq.items().get(i), "design.files[" + i + "]")).normalize());
        }
        return new ComparisonSpec(name, file, scenarios, replicates, masterSeed, fixed, horizon);
    }

    /**
     * Whether a file is a sweep rather than a scenario: its top level has a {@code design} or
     * {@code scenario} key, which scenarios never have. False for a file that cannot be read.
     */
    public static boolean isSweep(Path path) {
        try {
            YamlNode.Mapping root = YamlReader.readFile(path, path.toString());
            return root.get("design") != null || root.get("scenario") != null;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** Parses sweep text; the scenario path is resolved against {@code dir}. */
    public static SweepSpec parse(String text, String displayName, Path dir) {
        return new SweepLoader(displayName).sweep(YamlReader.readDocument(text, displayName, "sweep"), dir);
    }

    private SweepSpec sweep(YamlNode.Mapping root, Path dir) {
        YamlNode.Entry d = root.get("design");
        if (d != null && d.value() instanceof YamlNode.Mapping m && m.get("type") != null
                && m.get("type").value() instanceof YamlNode.Scalar s && SCENARIOS.equals(s.text())) {
            throw fail(m.get("type").line(), "design.type", "a scenarios design compares scenario files:"
                    + " run it with 'truce compare " + file + "'");
        }
        keys(root, "", TOP);
        String name = resultsName(root);
        String scenario = string(require(root, "", "scenario"), "scenario");
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("scenario", root.get("scenario").line());
        int replicates = root.get("replicates") == null ? 100
                : (int) whole(root.get("replicates").value(), "replicates", 1, MAX_REPLICATES, "runs per point");
        long masterSeed = root.get("masterSeed") == null ? 1
                : whole(root.get("masterSeed").value(), "masterSeed", Long.MIN_VALUE, Long.MAX_VALUE, "seed");
        Map<String, String> fixed = new LinkedHashMap<>();
        if (root.get("set") != null) {
            YamlNode.Mapping set = mapping(root.get("set").value(), "set");
            for (YamlNode.Entry e : set.entries().values()) {
                fixed.put(e.key(), text(e.value(), "set." + e.key()));
                lines.put("set." + e.key(), e.line());
            }
        }
        Design design = design(mapping(require(root, "", "design"), "design"), dir, masterSeed);
        return new SweepSpec(name, file, dir.resolve(scenario).normalize(), replicates, masterSeed, fixed, design, lines);
    }

    private Design design(YamlNode.Mapping d, Path dir, long masterSeed) {
        YamlNode typeNode = require(d, "design", "type");
        String typeText = string(typeNode, "design.type");
        if (typeText.equals(POSTERIOR)) {
            return posterior(d, dir, masterSeed);
        }
        keys(d, "design", DESIGN);
        DesignType type;
        try {
            type = DesignType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(typeNode.line(), "design.type", "expected one of grid, list, lhs, sobol, saltelli, morris, posterior, found '"
                    + typeText + "'");
        }
        if (type == DesignType.LIST) {
            forbid(d, "design", "parameters", "a list design gives its points under 'points'");
            forbid(d, "design", "samples", "a list design has exactly its listed points");
            return new Design(type, List.of(), 0, points(require(d, "design", "points")));
        }
        forbid(d, "design", "points", "only a list design has 'points'");
        boolean sampled = type != DesignType.GRID;
        int samples = 0;
        if (sampled) {
            samples = (int) whole(require(d, "design", "samples"), "design.samples", 1, MAX_SAMPLES, "points");
        } else {
            forbid(d, "design", "samples", "a grid has one point per combination of values");
        }
        YamlNode.Mapping params = mapping(require(d, "design", "parameters"), "design.parameters");
        if (params.entries().isEmpty()) {
            throw fail(params.line(), "design.parameters", "expected at least one parameter, found none");
        }
        List<Axis> axes = new ArrayList<>();
        for (YamlNode.Entry e : params.entries().values()) {
            axes.add(axis(e, sampled));
        }
        long points = type == DesignType.SALTELLI ? (long) samples * (axes.size() + 2)
                : type == DesignType.MORRIS ? (long) samples * (axes.size() + 1)
                : sampled ? samples : 1;
        if (type == DesignType.GRID) {
            for (Axis a : axes) {
                points = Math.min(MAX_POINTS + 1, points * (a.listed() ? a.values().size() : a.steps()));
            }
        }
        if (points > MAX_POINTS) {
            throw fail(d.get("parameters").line(), "design.parameters", "too many design points: expected at most "
                    + MAX_POINTS + ", found " + (type == DesignType.GRID ? "more" : Long.toString(points))
                    + " (each point is bound to a scenario before any run; use lhs or sobol to cover large spaces)");
        }
        return new Design(type, axes, samples, List.of());
    }

    /** A posterior design: draws from a posterior.csv, run as the list of its distinct points. */
    private Design posterior(YamlNode.Mapping d, Path dir, long masterSeed) {
        keys(d, "design", POSTERIOR_DESIGN);
        return new Design(DesignType.LIST, List.of(), 0, posteriorDraws(d, dir, masterSeed).points());
    }

    private PosteriorDraws posteriorDraws(YamlNode.Mapping d, Path dir, long masterSeed) {
        String shown = dir.resolve(string(require(d, "design", "posterior"), "design.posterior")).normalize().toString();
        int samples = (int) whole(require(d, "design", "samples"), "design.samples", 1, MAX_SAMPLES, "draws");
        List<String> only = new ArrayList<>();
        if (d.get("parameters") != null) {
            YamlNode list = d.get("parameters").value();
            List<YamlNode> items = list instanceof YamlNode.Sequence seq ? seq.items() : List.of(list);
            for (int i = 0; i < items.size(); i++) {
                only.add(string(items.get(i), "design.parameters[" + i + "]"));
            }
        }
        try {
            return PosteriorDraws.draw(Path.of(shown), shown, samples, masterSeed, only);
        } catch (ScenarioException e) {
            throw fail(d.get("posterior").line(), "design.posterior", e.quoted());
        } catch (IllegalArgumentException e) {
            throw fail(d.get("parameters").line(), "design.parameters", e.getMessage());
        }
    }

    /**
     * The draws of a sweep file's posterior design, or null if its design is of another type;
     * the same draws as the sweep runs (for weighting its points).
     */
    public static PosteriorDraws posteriorDraws(Path path) {
        YamlNode.Mapping root = YamlReader.readFile(path, path.toString(), "sweep");
        if (!(root.get("design") != null && root.get("design").value() instanceof YamlNode.Mapping d
                && d.get("type") != null && d.get("type").value() instanceof YamlNode.Scalar s
                && POSTERIOR.equals(s.text()))) {
            return null;
        }
        SweepLoader l = new SweepLoader(path.toString());
        long masterSeed = root.get("masterSeed") == null ? 1
                : l.whole(root.get("masterSeed").value(), "masterSeed", Long.MIN_VALUE, Long.MAX_VALUE, "seed");
        return l.posteriorDraws(d, path.getParent() != null ? path.getParent() : Path.of(""), masterSeed);
    }

    private Axis axis(YamlNode.Entry e, boolean sampled) {
        String path = "design.parameters." + e.key();
        if (e.value() instanceof YamlNode.Sequence seq) {
            if (sampled) {
                throw fail(e.line(), path, "expected a range {from: a, to: b} for a sampled design, found a list of values");
            }
            if (seq.items().isEmpty()) {
                throw fail(e.line(), path, "expected at least one value, found an empty list");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                values.add(text(seq.items().get(i), path + "[" + i + "]"));
            }
            return new Axis(e.key(), values, Double.NaN, Double.NaN, 0, false);
        }
        YamlNode.Mapping range = mapping(e.value(), path);
        keys(range, path, RANGE);
        double from = number(require(range, path, "from"), path + ".from");
        double to = number(require(range, path, "to"), path + ".to");
        if (!(from <= to)) {
            throw fail(range.line(), path, "expected from <= to, found from " + from + " and to " + to);
        }
        boolean integer = range.get("integer") != null && bool(range.get("integer").value(), path + ".integer");
        int steps = 0;
        if (sampled) {
            forbid(range, path, "steps", "a sampled design draws its values from the range");
        } else {
            steps = (int) whole(require(range, path, "steps"), path + ".steps", 1, 100_000, "values");
            if (steps == 1 && from != to) {
                throw fail(range.line(), path + ".steps", "expected at least 2 steps for a range with from < to, found 1");
            }
        }
        return new Axis(e.key(), List.of(), from, to, steps, integer);
    }

    private List<Map<String, String>> points(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw fail(node.line(), "design.points", "expected a non-empty list of points, found " + node.describe());
        }
        List<Map<String, String>> points = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "design.points[" + i + "]";
            YamlNode.Mapping m = mapping(seq.items().get(i), path);
            if (m.entries().isEmpty()) {
                throw fail(m.line(), path, "expected at least one parameter, found an empty mapping");
            }
            Map<String, String> point = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries().values()) {
                point.put(e.key(), text(e.value(), path + "." + e.key()));
            }
            points.add(point);
        }
        return points;
    }

    // ---- typed reading with messages -------------------------------------------------------

    private void keys(YamlNode.Mapping m, String path, Set<String> allowed) {
        for (YamlNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw fail(e.line(), KeyPath.child(path, e.key()), "unknown key"
                        + Suggestions.hint(e.key(), allowed) + " (valid keys: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private YamlNode require(YamlNode.Mapping m, String path, String key) {
        YamlNode.Entry e = m.get(key);
        if (e == null || (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL)) {
            throw fail(e == null ? m.line() : e.line(), KeyPath.child(path, key), "missing required key '" + key + "'");
        }
        return e.value();
    }

    private void forbid(YamlNode.Mapping m, String path, String key, String why) {
        YamlNode.Entry e = m.get(key);
        if (e != null) {
            throw fail(e.line(), KeyPath.child(path, key), "not allowed here: " + why);
        }
    }

    private YamlNode.Mapping mapping(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw fail(node.line(), path, "expected a mapping (key: value lines), found " + node.describe());
    }

    private String string(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()) {
            return s.text();
        }
        throw fail(node.line(), path, "expected text, found " + node.describe());
    }

    /** A scalar's value as canonical YAML text: numbers without trailing zeros, words as written. */
    private String text(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
            throw fail(node.line(), path, "expected a single value (a number, a word, true or false), found " + node.describe());
        }
        return switch (s.kind()) {
            case INT, FLOAT -> canonical(s, path);
            default -> s.text();
        };
    }

    private String canonical(YamlNode.Scalar s, String path) {
        double d = ((Number) s.value()).doubleValue();
        if (!Double.isFinite(d)) {
            throw fail(s.line(), path, "expected a finite number, found " + s.text());
        }
        return s.value() instanceof Double ? new BigDecimal(s.text().replace("_", "")).stripTrailingZeros().toPlainString()
                : s.value().toString();
    }

    private double number(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.value() instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw fail(node.line(), path, "expected a finite number, found " + node.describe());
    }

    private long whole(YamlNode node, String path, long min, long max, String unit) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INT) {
            BigDecimal v = new BigDecimal(s.value().toString());
            if (v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return v.longValueExact();
            }
        }
        String range = min == Long.MIN_VALUE ? "" : " in [" + min + ", " + max + "]";
        throw fail(node.line(), path, "expected a whole number" + range + " (" + unit + "), found " + node.describe());
    }

    private boolean bool(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw fail(node.line(), path, "expected true or false, found " + node.describe());
    }

    private ScenarioException fail(int line, String path, String problem) {
        return new ScenarioException(file, line, path, problem);
    }
}
