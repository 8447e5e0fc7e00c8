package truce.gui;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.util.Interval;
import sim.util.Properties;
import truce.model.Agreement;
import truce.model.GroupSpec;
import truce.model.MediatorSpec;
import truce.model.Param;
import truce.model.Scenario;
import truce.model.StateSpec;
import truce.scenario.ScenarioException;
import truce.scenario.ScenarioSource;

/**
 * The Model tab of MASON's console: the run's seed and days, and a few key parameters of the
 * scenario, which can be changed while no run is in progress and apply when the next run
 * starts; then two read-only lines on the run (the day and status, today's events).
 *
 * <p>The parameters are each militant group's attack rate, each mediator's leverage, each
 * state's forgiveness, and whether the agreement is monitored from day 0. Their ranges and
 * meanings come from the scenario records' {@link Param} annotations (as {@code truce params}
 * prints them). As in MASON, a bad value is ignored and the field shows the old value again; the
 * reason is printed on standard error. A value is bad if it is out of range, if a run is in
 * progress, or if the scenario it makes does not validate.
 */
final class RunSettings extends Properties {

    private static final long serialVersionUID = 1L;

    /** A scenario parameter that can be set here, at its dotted key path. */
    record Tunable(String path, String label, Class<?> type, double min, double max, String doc,
                   Object original) {
    }

    private final ScenarioSource source;
    private final Scenario original;
    private final List<Tunable> tunables;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final EventTracker today;
    private final transient PrintStream err;
    private long seed;
    private int days;
    private boolean locked;

    /**
     * @param source the parsed scenario file, bound anew with the overrides at each start
     * @param seed the first run's seed
     * @param today where the read-only lines come from
     * @param err where rejected values are explained
     * @throws ScenarioException if the file does not bind to a valid scenario
     */
    RunSettings(ScenarioSource source, long seed, EventTracker today, PrintStream err) {
        this.source = source;
        this.original = source.scenario();
        this.tunables = tunables(original);
        this.today = today;
        this.err = err;
        this.seed = seed;
        this.days = original.horizon();
    }

    /** The key parameters of a scenario that the Model tab offers. */
    static List<Tunable> tunables(Scenario s) {
        List<Tunable> out = new ArrayList<>();
        s.militants().forEach((name, g) -> out.add(tunable("militants." + name + ".attackRate",
                name + " attack rate", GroupSpec.class, "attackRate", g)));
        s.mediators().forEach((name, m) -> out.add(tunable("mediators." + name + ".leverage",
                name + " leverage", MediatorSpec.class, "leverage", m)));
        s.states().forEach((name, st) -> out.add(tunable("states." + name + ".forgiveness",
                name + " forgiveness", StateSpec.class, "forgiveness", st)));
        out.add(tunable("agreement.monitoring", "monitored from day 0", Agreement.class,
                "monitoring", s.agreement()));
        return List.copyOf(out);
    }

    private static Tunable tunable(String path, String label, Class<? extends Record> type,
                                   String component, Record value) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Param p = c.getAnnotation(Param.class);
                Object v;
                try {
                    v = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String unit = p.unit().isEmpty() || p.unit().equals("boolean") ? ""
                        : " (" + p.unit() + ")";
                return new Tunable(path, label, c.getType(), p.min(), p.max(),
                        p.doc() + unit + "; sets " + path, v);
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + component);
    }

    /** Locks the parameters while a run is in progress ({@code true}) or unlocks them. */
    void setLocked(boolean locked) {
        this.locked = locked;
    }

    long seed() {
        return seed;
    }

    /** The changed values, by key path. */
    Map<String, Object> overrides() {
        return Map.copyOf(overrides);
    }

    /**
     * The scenario for the next run: the file with the changed values and days.
     *
     * @throws ScenarioException never in practice: values are checked when set
     */
    Scenario scenario() {
        Scenario s = source.scenario(overrides);
        return days == s.horizon() ? s : s.withHorizon(days);
    }

    // ---- sim.util.Properties ----

    private static final int SEED = 0;
    private static final int DAYS = 1;
    private static final int FIRST_TUNABLE = 2;

    private int statusRow() {
        return FIRST_TUNABLE + tunables.size();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return statusRow() + 2;
    }

    @Override
    public String getName(int i) {
        if (i == SEED) {
            return "seed";
        } else if (i == DAYS) {
            return "days";
        } else if (i < statusRow()) {
            return tunables.get(i - FIRST_TUNABLE).label();
        }
        return i == statusRow() ? "run" : "today";
    }

    @Override
    public Class<?> getType(int i) {
        if (i == SEED) {
            return long.class;
        } else if (i == DAYS) {
            return int.class;
        } else if (i < statusRow()) {
            return tunables.get(i - FIRST_TUNABLE).type();
        }
        return String.class;
    }

    @Override
    public Object getValue(int i) {
        if (i == SEED) {
            return seed;
        } else if (i == DAYS) {
            return days;
        } else if (i < statusRow()) {
            Tunable t = tunables.get(i - FIRST_TUNABLE);
            return overrides.getOrDefault(t.path(), t.original());
        }
        return i == statusRow() ? today.status() : today.summary();
    }

    @Override
    public boolean isReadWrite(int i) {
        return i < statusRow();
    }

    @Override
    public Object getDomain(int i) {
        if (i >= FIRST_TUNABLE && i < statusRow()) {
            Tunable t = tunables.get(i - FIRST_TUNABLE);
            if (t.type() == double.class && Double.isFinite(t.min()) && Double.isFinite(t.max())) {
                return new Interval(t.min(), t.max());
            }
        }
        return null;
    }

    @Override
    public String getDescription(int i) {
        if (i == SEED) {
            return "seed of the next run (all 64 bits; the same seed gives the run `truce run` gives)";
        } else if (i == DAYS) {
            return "days to simulate in the next run (the scenario's horizon: " + original.horizon()
                    + "); events after it are dropped";
        } else if (i < statusRow()) {
            return tunables.get(i - FIRST_TUNABLE).doc();
        }
        return i == statusRow() ? "the day and the ceasefire's status" : "today's events";
    }

    @Override
    protected Object _setValue(int i, Object value) {
        String problem = set(i, value);
        if (problem != null) {
            err.println("truce gui: " + getName(i) + " not changed: " + problem);
        }
        return getValue(i);
    }

    /** Sets row {@code i} to {@code value}; returns why not, or null if it was set. */
    String set(int i, Object value) {
        if (i >= statusRow() || i < 0) {
            return "read-only";
        }
        if (locked) {
            return "a run is in progress: stop it first (the values apply when a run starts)";
        }
        if (i == SEED) {
            if (!(value instanceof Number n)) {
                return "expected a whole number";
            }
            seed = n.longValue();
            return null;
        }
        if (i == DAYS) {
            if (!(value instanceof Number n) || n.intValue() < 1 || n.intValue() > 36500) {
                return "expected a whole number of days in [1, 36500], found " + value;
            }
            days = n.intValue();
            return null;
        }
        Tunable t = tunables.get(i - FIRST_TUNABLE);
        Object v;
        if (t.type() == boolean.class) {
            if (!(value instanceof Boolean)) {
                return "expected true or false, found " + value;
            }
            v = value;
        } else {
            if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
                return "expected a number, found " + value;
            }
            double d = n.doubleValue();
            if (d < t.min() || d > t.max()) {
                return "expected a number in [" + fmt(t.min()) + ", " + fmt(t.max()) + "], found "
                        + fmt(d);
            }
            v = d;
        }
        Map<String, Object> candidate = new LinkedHashMap<>(overrides);
        if (v.equals(t.original())) {
            candidate.remove(t.path());
        } else {
            candidate.put(t.path(), v);
        }
        try {
            source.scenario(candidate);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        overrides.clear();
        overrides.putAll(candidate);
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
