package truce.batch;

import java.util.ArrayList;
import java.util.List;
import truce.model.RunOutcome;
import truce.model.StateOutcome;

/**
 * The columns of {@code runs.csv}: one row per run, identifying it (run number, design point,
 * replicate, seed), its swept parameter values, and every outcome of DESIGN.md section 3.
 */
public final class RunsCsv {

    /** Columns before the swept parameters. */
    public static final List<String> KEYS = List.of("run", "point", "replicate", "seed");
    /** Outcome columns after the swept parameters, before the per-state ones. */
    public static final List<String> OUTCOMES = List.of("survived", "collapse_day", "cause", "ending",
            "ending_day", "attacks",
            "mass_casualty_attacks", "casualties", "violations", "talks_held", "talks_succeeded",
            "peak_escalation");
    /** Per-state outcome columns, each suffixed with {@code _<state>}. */
    public static final List<String> PER_STATE = List.of("violations", "final_trust", "min_trust",
            "peak_escalation");

    private RunsCsv() {
    }

    /** The header for the given swept paths and states. */
    public static List<String> header(List<String> columns, List<String> states) {
        List<String> h = new ArrayList<>(KEYS);
        h.addAll(columns);
        h.addAll(OUTCOMES);
        for (String s : states) {
            for (String c : PER_STATE) {
                h.add(c + "_" + s);
            }
        }
        return h;
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
        r.add(Boolean.toString(o.survived()));
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
        for (StateOutcome s : o.states()) {
            r.add(Integer.toString(s.violations()));
            r.add(Numbers.format(s.finalTrust()));
            r.add(Numbers.format(s.minTrust()));
            r.add(Numbers.format(s.peakEscalation()));
        }
        return r;
    }
}
