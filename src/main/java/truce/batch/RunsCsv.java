package truce.batch;

import java.util.ArrayList;
import java.util.List;
import truce.model.CeasefireOutcome;
import truce.model.RunOutcome;
import truce.model.Scenario;
import truce.model.StateOutcome;

/**
 * The columns of {@code runs.csv}: one row per run, identifying it (run number, design point,
 * replicate, seed), its swept parameter values, and every outcome of {@link truce.model.RunOutcome}.
 *
 * <p>The file opens cleanly in R and Python: every column name is a syntactically valid R name
 * (a swept path such as {@code mediators.*.leverage} becomes {@code mediators.all.leverage},
 * {@code events[2].day} becomes {@code events_2.day}; {@code codebook.csv} maps each column back to
 * its path), booleans are {@code TRUE}/{@code FALSE} (logical in R's {@code read.csv}, bool in
 * pandas), and the 64-bit seed is a decimal integer, exact in pandas and, read as text, in R
 * ({@code read.csv(f, colClasses = c(seed = "character"))}).
 *
 * <p>A scenario with a {@code ceasefires:} section adds, after the outcomes, {@code all_survived}
 * (no ceasefire broke down) and for each ceasefire {@code <key>_start_day} (the first day it was in
 * force in the run), {@code <key>_ending}, {@code <key>_ending_day}, {@code <key>_violations} and
 * {@code <key>_talks}; {@code survived}, {@code collapse_day}, {@code ending} and {@code ending_day}
 * then describe the composite "every ceasefire still in force", which ends with the first ceasefire
 * to end. A scenario without the section has exactly the columns it had before.
 */
public final class RunsCsv {

    /** Columns before the swept parameters. */
    public static final List<String> KEYS = List.of("run", "point", "replicate", "seed");
    /** Outcome columns after the swept parameters, before the per-state ones. */
    public static final List<String> OUTCOMES = List.of("survived", "collapse_day", "cause", "ending",
            "ending_day", "attacks",
            "mass_casualty_attacks", "casualties", "violations", "talks_held", "talks_succeeded",
            "peak_escalation");
    /** Whether no ceasefire broke down: the column a scenario with a {@code ceasefires:} section adds. */
    public static final String ALL_SURVIVED = "all_survived";
    /** Per-ceasefire outcome columns, each prefixed with {@code <key>_}. */
    public static final List<String> PER_CEASEFIRE = List.of("start_day", "ending", "ending_day", "violations",
            "talks");
    /** Per-state outcome columns, each suffixed with {@code _<state>}. */
    public static final List<String> PER_STATE = List.of("violations", "final_trust", "min_trust",
            "peak_escalation");

    private RunsCsv() {
    }

    /** The header for the given swept paths and states, of a scenario without a {@code ceasefires:} section. */
    public static List<String> header(List<String> columns, List<String> states) {
        return header(columns, states, List.of());
    }

    /**
     * The header for the given swept paths, states and ceasefire keys.
     *
     * @param ceasefires the keys of the scenario's {@code ceasefires:} section, empty without one
     */
    public static List<String> header(List<String> columns, List<String> states, List<String> ceasefires) {
        List<String> h = new ArrayList<>(KEYS);
        h.addAll(columnNames(columns));
        h.addAll(OUTCOMES);
        if (!ceasefires.isEmpty()) {
            h.add(ALL_SURVIVED);
            for (String key : ceasefires) {
                for (String c : PER_CEASEFIRE) {
                    h.add(perCeasefire(c, key));
                }
            }
        }
        for (String s : states) {
            for (String c : PER_STATE) {
                h.add(perState(c, s));
            }
        }
        return h;
    }

    /** The column of a per-ceasefire outcome, e.g. {@code western_ending_day}. */
    public static String perCeasefire(String outcome, String key) {
        return rName(key) + "_" + outcome;
    }

    /** The keys of a scenario's {@code ceasefires:} section, in order; empty without one. */
    public static List<String> ceasefireKeys(Scenario scenario) {
        return List.copyOf(scenario.ceasefires().keySet());
    }

    /** The column of a per-state outcome, e.g. {@code min_trust_pakistan}. */
    public static String perState(String outcome, String state) {
        return outcome + "_" + rName(state);
    }

    /**
     * The column names of swept parameter paths: each path as a valid R name ({@link #rName}),
     * with {@code _2}, {@code _3}, ... added where two paths would share a name or a path's name
     * is another column's.
     *
     * @param paths the swept key paths, in column order; not null
     * @return one name per path, in the same order
     */
    public static List<String> columnNames(List<String> paths) {
        java.util.Set<String> used = new java.util.HashSet<>(KEYS);
        used.addAll(OUTCOMES);
        List<String> names = new ArrayList<>();
        for (String path : paths) {
            String base = rName(path);
            String name = base;
            for (int k = 2; !used.add(name); k++) {
                name = base + "_" + k;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * A key path as a valid R name: {@code *} becomes {@code all}, an index {@code [n]} becomes
     * {@code _n}, any other character that is not a letter, digit, {@code .} or {@code _}
     * becomes {@code _}, and a name that does not start with a letter gets an {@code x} in front.
     *
     * @param path a key path or actor name; not null
     * @return the name
     */
    public static String rName(String path) {
        String n = path.replace("*", "all").replaceAll("\\[(\\d+)]", "_$1").replaceAll("[^A-Za-z0-9._]", "_");
        return n.isEmpty() || !Character.isLetter(n.charAt(0)) ? "x" + n : n;
    }

    /** One run's row, in {@link #header} order. */
    public static List<String> row(RunTask t, RunOutcome o, List<String> columns) {
        List<String> r = new ArrayList<>(KEYS.size() + columns.size() + OUTCOMES.size() + 4 * o.states().size());
        r.add(Long.toString(t.run()));
        r.add(t.point().id());
        r.add(Integer.toString(t.replicate()));
        r.add(Long.toString(t.seed()));
        for (String c : columns) {
            r.add(t.point().values().getOrDefault(c, ""));
        }
        r.add(o.survived() ? "TRUE" : "FALSE");
        r.add(Integer.toString(o.collapseDay()));
        r.add(o.cause().name().toLowerCase(java.util.Locale.ROOT));
        r.add(o.ending().label());
        r.add(Integer.toString(o.endingDay()));
        r.add(Integer.toString(o.attacks()));
        r.add(Integer.toString(o.massCasualtyAttacks()));
        r.add(Numbers.format(o.casualties()));
        r.add(Integer.toString(o.violations()));
        r.add(Integer.toString(o.talksHeld()));
        r.add(Integer.toString(o.talksSucceeded()));
        r.add(Numbers.format(o.peakEscalation()));
        if (t.scenario().perDyad()) {
            r.add(o.ceasefires().stream().allMatch(CeasefireOutcome::survived) ? "TRUE" : "FALSE");
            int first = t.scenario().startDay();
            for (CeasefireOutcome c : o.ceasefires()) {
                r.add(Integer.toString(Math.max(first, c.startDay())));
                r.add(c.ending().label());
                r.add(Integer.toString(c.endingDay()));
                r.add(Integer.toString(c.violations()));
                r.add(Integer.toString(c.talksHeld()));
            }
        }
        for (StateOutcome s : o.states()) {
            r.add(Integer.toString(s.violations()));
            r.add(Numbers.format(s.finalTrust()));
            r.add(Numbers.format(s.minTrust()));
            r.add(Numbers.format(s.peakEscalation()));
        }
        return r;
    }
}
