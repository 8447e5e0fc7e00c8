package truce.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.model.Scenario;
import truce.scenario.ScenarioException;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioSource;
import truce.scenario.SweepSpec;

/**
 * Everything a sweep will run, fixed before the first run: its design points, each bound to a
 * validated scenario, and every run's seed. Runs are numbered point-major (all replicates of
 * point 0, then point 1, ...); that order is the order of {@code runs.csv}.
 *
 * <p>Bad input (a path that names no parameter, a value out of range) is found here, before
 * anything runs.
 */
public final class SweepPlan {

    private final SweepSpec spec;
    private final Scenario base;
    private final List<String> columns;
    private final List<DesignPoint> points;
    private final List<Scenario> scenarios;

    private SweepPlan(SweepSpec spec, Scenario base, List<String> columns, List<DesignPoint> points,
                      List<Scenario> scenarios) {
        this.spec = spec;
        this.base = base;
        this.columns = columns;
        this.points = points;
        this.scenarios = scenarios;
    }

    /**
     * Reads the base scenario and binds every design point to it.
     *
     * @param spec the sweep; not null
     * @return the plan
     * @throws ScenarioException if the scenario is invalid, or a design point names a parameter
     *     that does not exist or gives it an invalid value
     */
    public static SweepPlan of(SweepSpec spec) {
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
        List<DesignPoint> points = Designs.expand(spec.design(), spec.masterSeed());
        List<Scenario> scenarios = new ArrayList<>(points.size());
        for (DesignPoint p : points) {
            Map<String, String> overrides = new LinkedHashMap<>(spec.fixed());
            p.values().forEach((path, value) -> expand(path, base, spec).forEach(e -> overrides.put(e, value)));
            try {
                scenarios.add(source.scenario(overrides));
            } catch (ScenarioException e) {
                throw new ScenarioException(spec.file(), 0, "design point " + p.id() + " " + p.values(),
                        e.getMessage());
            }
        }
        return new SweepPlan(spec, base, Designs.columns(spec.design()), points, scenarios);
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
        DesignPoint p = points.get(point);
        return new RunTask(run, p, replicate, Seeds.run(spec.masterSeed(), p.hash(), replicate),
                scenarios.get(point));
    }

    /** Hash of everything that decides which runs there are and their seeds. */
    public String designHash() {
        StringBuilder sb = new StringBuilder("replicates=").append(spec.replicates())
                .append("\nmasterSeed=").append(spec.masterSeed()).append('\n');
        spec.fixed().forEach((k, v) -> sb.append("set ").append(k).append('=').append(v).append('\n'));
        for (DesignPoint p : points) {
            sb.append(p.id()).append('\n').append(p.canonical());
        }
        return Seeds.sha256Hex(sb.toString());
    }

    /** Hash of the design run with adaptive replication, or {@link #designHash()} if {@code adaptive} is null. */
    public String designHash(Adaptive adaptive) {
        return adaptive == null ? designHash() : Seeds.sha256Hex(designHash() + adaptive.describe());
    }

    /** Hash of the base scenario's values (not its comments or layout). */
    public String scenarioHash() {
        return Seeds.sha256Hex(base.toString());
    }
}
