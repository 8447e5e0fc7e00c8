package truce.batch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import truce.model.Scenario;
import truce.scenario.Axis;
import truce.scenario.ScenarioException;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioFingerprint;
import truce.scenario.ScenarioSource;
import truce.scenario.SweepSpec;

/**
 * Everything a sweep will run: its design points, each bound to a validated scenario, and every
 * run's seed. Runs are numbered point-major (all replicates of point 0, then point 1, ...); that
 * order is the order of {@code runs.csv}.
 *
 * <p>Bad input (a path that names no parameter, a value out of range) is found here, before
 * anything runs: {@link #of} checks every point, most often by checking each swept parameter's
 * values once (see {@link #checkEveryPoint}). Points are not kept: a point's
 * scenario is made from the already-bound base scenario (only the records along the swept
 * paths are rebuilt) when a run needs it, and the last few are cached, so a plan of a million
 * points holds its design's numbers, not a million scenarios.
 */
public final class SweepPlan {

    /** Bound points cached for the runner: more than the points of the runs in flight. */
    private static final int CACHED_POINTS = 1024;
    /** Points checked together while planning, spread over the processors. */
    private static final int CHECK_BLOCK = 4096;

    /** A design point bound to its scenario. */
    private record Bound(DesignPoint point, Scenario scenario) {
    }

    private final SweepSpec spec;
    private final ScenarioSource source;
    private final Scenario base;
    private final List<String> columns;
    private final List<DesignPoint> points;
    private final Map<String, List<String>> expanded = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReferenceArray<Bound> cache = new AtomicReferenceArray<>(CACHED_POINTS);
    private volatile String designHash;

    private SweepPlan(SweepSpec spec, ScenarioSource source, Scenario base, List<String> columns,
                      List<DesignPoint> points) {
        this.spec = spec;
        this.source = source;
        this.base = base;
        this.columns = columns;
        this.points = points;
    }

    /**
     * Reads the base scenario and checks every design point against it.
     *
     * @param spec the sweep; not null
     * @return the plan
     * @throws ScenarioException if the scenario is invalid, or a design point names a parameter
     *     that does not exist or gives it an invalid value (the first such point)
     */
    public static SweepPlan of(SweepSpec spec) {
        return of(spec, false);
    }

    /** {@link #of(SweepSpec)}; {@code pointByPoint}: bind and check every point, as a test's reference. */
    static SweepPlan of(SweepSpec spec, boolean pointByPoint) {
        ScenarioSource source;
        try {
            source = ScenarioLoader.read(spec.scenario());
            source.scenario();
        } catch (ScenarioException e) {
            throw new ScenarioException(spec.file(), spec.line("scenario"), "scenario", e.quoted());
        }
        Scenario base;
        try {
            base = source.scenario(spec.fixed());
        } catch (ScenarioException e) {
            String key = "set." + e.path();
            throw new ScenarioException(spec.file(), spec.line(key), key, e.problem());
        }
        SweepPlan plan = new SweepPlan(spec, source, base, Designs.columns(spec.design()),
                Designs.expand(spec.design(), spec.masterSeed()));
        if (pointByPoint) {
            plan.checkPointByPoint();
        } else {
            plan.checkEveryPoint();
        }
        return plan;
    }

    /**
     * Checks every point; throws for the first bad one (the lowest index) the error that binding
     * it gives. When no cross-field rule reads two swept parameters together (see
     * {@link ScenarioSource#checkedApart}), a point is valid exactly when each of its values is
     * valid on its own, so each axis's values are checked once instead: each level of a grid's
     * axis, and the least and greatest value of a sampled range on a number parameter, whose
     * valid values are an interval (every value the design gives lies between them). Only a
     * design that couples its parameters, a sampled axis of any other kind, a list design, or a
     * sampled design with a bad extreme (to find its first bad point) is checked point by point.
     */
    private void checkEveryPoint() {
        List<Axis> axes = spec.design().axes();
        if (axes.isEmpty()) {
            checkPointByPoint();
            return;
        }
        List<Map<String, String>> paths = new java.util.ArrayList<>(); // axis -> its paths, for a value to fill in
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Axis a : axes) {
            List<String> expandedPaths = expanded.computeIfAbsent(a.path(), k -> expand(k, base, spec));
            for (String e : expandedPaths) {
                for (Map<String, String> earlier : paths) {
                    for (String o : earlier.keySet()) {
                        if (!ScenarioSource.checkedApart(e, o)) {
                            checkPointByPoint();
                            return;
                        }
                    }
                }
                if (!all.add(e)) { // two axes set one value: the later wins
                    checkPointByPoint();
                    return;
                }
            }
            Map<String, String> m = new LinkedHashMap<>();
            expandedPaths.forEach(e -> m.put(e, null));
            paths.add(m);
        }
        boolean grid = spec.design().type() == truce.scenario.DesignType.GRID;
        long first = Long.MAX_VALUE; // the first bad point of a grid
        long stride = 1;
        for (int j = axes.size() - 1; j >= 0; j--) {
            Axis a = axes.get(j);
            Map<String, String> at = paths.get(j);
            boolean range = !a.listed() && at.keySet().stream().allMatch(p -> ScenarioSource.numberRange(p,
                    a.integer() || grid && isWhole(a)));
            if (grid) {
                List<String> levels = Designs.levels(a);
                int bad = range && levels.size() > 2
                        && valid(at, levels.get(0)) && valid(at, levels.get(levels.size() - 1))
                        ? -1 : firstInvalid(at, levels);
                if (bad >= 0) {
                    first = Math.min(first, bad * stride);
                }
                stride *= levels.size();
            } else if (!range || !Designs.extremes(a).stream().allMatch(v -> valid(at, v))) {
                checkPointByPoint();
                return;
            }
        }
        if (first != Long.MAX_VALUE) {
            bind((int) first, true); // throws its error
            checkPointByPoint(); // (never: the point was found bad above)
        }
    }

    /** Whether a grid range gives only whole numbers: its levels are then whole. */
    private static boolean isWhole(Axis a) {
        return Designs.levels(a).stream().allMatch(v -> v.matches("-?[0-9]+"));
    }

    /** Whether the base scenario with the value at each of the paths is valid. */
    private boolean valid(Map<String, String> paths, String value) {
        Map<String, String> overrides = new LinkedHashMap<>();
        paths.keySet().forEach(p -> overrides.put(p, value));
        try {
            source.scenario(base, spec.fixed(), overrides);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** The index of the first value that is not valid at the paths, or -1. */
    private int firstInvalid(Map<String, String> paths, List<String> values) {
        return IntStream.range(0, values.size()).parallel().filter(i -> !valid(paths, values.get(i))).min().orElse(-1);
    }

    /** Binds every point once, a block at a time on every processor; throws for the first bad one. */
    private void checkPointByPoint() {
        int n = points.size();
        for (int from = 0; from < n; from += CHECK_BLOCK) {
            OptionalInt bad = IntStream.range(from, Math.min(n, from + CHECK_BLOCK)).parallel()
                    .filter(i -> !binds(i)).min();
            if (bad.isPresent()) {
                bind(bad.getAsInt(), true); // throws its error
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("planning interrupted");
            }
        }
    }

    private boolean binds(int point) {
        try {
            bind(point, true);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** Binds a point; {@code check}: apply the cross-field rules (planning does, once for every point). */
    private Bound bind(int index, boolean check) {
        DesignPoint p = points.get(index);
        Map<String, String> overrides = new LinkedHashMap<>();
        p.values().forEach((path, value) -> expanded.computeIfAbsent(path, k -> expand(k, base, spec))
                .forEach(e -> overrides.put(e, value)));
        try {
            return new Bound(p, check ? source.scenario(base, spec.fixed(), overrides)
                    : source.scenarioChecked(base, spec.fixed(), overrides));
        } catch (ScenarioException e) {
            throw new ScenarioException(spec.file(), 0, "design point " + p.id() + " " + p.values(),
                    e.getMessage());
        }
    }

    /** The point's binding, from the cache if a run of it came recently. Thread-safe. */
    private Bound bound(int index) {
        int slot = index % CACHED_POINTS;
        Bound b = cache.get(slot);
        if (b == null || b.point().index() != index) {
            b = bind(index, false); // of() checked every point
            cache.set(slot, b);
        }
        return b;
    }

    /**
     * A swept path with a {@code *} in place of an actor's name stands for that parameter of every
     * actor of the section: {@code mediators.*.leverage}.
     */
    static List<String> expand(String path, Scenario base, SweepSpec spec) {
        String[] parts = path.split("\\.", 3);
        if (!path.contains("*")) {
            return List.of(path);
        }
        if (parts.length != 3 || !parts[1].equals("*") || parts[2].contains("*")) {
            throw new ScenarioException(spec.file(), 0, "design.parameters." + path,
                    "a '*' may only stand for an actor's name, as in states.*.trust");
        }
        Collection<String> names = switch (parts[0]) {
            case "states" -> base.states().keySet();
            case "militants" -> base.militants().keySet();
            case "mediators" -> base.mediators().keySet();
            default -> throw new ScenarioException(spec.file(), 0, "design.parameters." + path,
                    "expected states.*, militants.* or mediators.* before a '*', found " + parts[0] + ".*");
        };
        if (names.isEmpty()) {
            throw new ScenarioException(spec.file(), 0, "design.parameters." + path,
                    "the scenario declares no " + parts[0] + " for '*' to stand for");
        }
        return names.stream().map(n -> parts[0] + "." + n + "." + parts[2]).toList();
    }

    public SweepSpec spec() {
        return spec;
    }

    /** The base scenario with the sweep's fixed overrides. */
    public Scenario base() {
        return base;
    }

    /** The swept key paths, in column order. */
    public List<String> columns() {
        return columns;
    }

    /** The design points, made as they are asked for (see {@link Designs#expand}). */
    public List<DesignPoint> points() {
        return points;
    }

    /** Number of runs: points times replicates. */
    public long runs() {
        return (long) points.size() * spec.replicates();
    }

    /** The run with the given number (point-major order). */
    public RunTask task(long run) {
        return task((int) (run / spec.replicates()), (int) (run % spec.replicates()), run);
    }

    /** Replicate {@code replicate} of point {@code point}, numbered {@code run} in its results file. */
    public RunTask task(int point, int replicate, long run) {
        Bound b = bound(point);
        return new RunTask(run, b.point(), replicate, Seeds.run(spec.masterSeed(), b.point().hash(), replicate),
                b.scenario());
    }

    /** Hash of everything that decides which runs there are and their seeds. */
    public String designHash() {
        String h = designHash;
        if (h == null) {
            h = computeDesignHash();
            designHash = h;
        }
        return h;
    }

    private String computeDesignHash() {
        StringBuilder head = new StringBuilder("replicates=").append(spec.replicates())
                .append("\nmasterSeed=").append(spec.masterSeed()).append('\n');
        spec.fixed().forEach((k, v) -> head.append("set ").append(k).append('=').append(v).append('\n'));
        // streamed point by point: a million points' text would not fit a small heap
        Iterable<String> parts = () -> java.util.stream.Stream.concat(java.util.stream.Stream.of(head.toString()),
                points.stream().map(p -> p.id() + '\n' + p.canonical())).iterator();
        return Seeds.sha256Hex(parts);
    }

    /** Hash of the design run with adaptive replication, or {@link #designHash()} if {@code adaptive} is null. */
    public String designHash(Adaptive adaptive) {
        return adaptive == null ? designHash() : Seeds.sha256Hex(designHash() + adaptive.describe());
    }

    /**
     * Hash of the base scenario's values (not its comments or layout, nor parameters at their
     * defaults: see {@link ScenarioFingerprint}).
     */
    public String scenarioHash() {
        return Seeds.sha256Hex(ScenarioFingerprint.text(base));
    }
}
