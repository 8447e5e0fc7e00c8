package truce.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import truce.model.CollapseCause;
import truce.model.DayRecord;
import truce.model.Ending;
import truce.model.RunOutcome;
import truce.model.StateOutcome;
import truce.model.Trajectory;

/** Hand-built trajectories for writer and chart tests; no model involved. */
public final class SampleTrajectories {

    public static final long SEED = 20251019L;
    public static final List<String> STATES = List.of("pakistan", "afghanistan");

    /** Casualties from which an attack counts as mass-casualty (the scenarios' default massCasualty). */
    public static final double MASS_CASUALTY = 10;
    /** Attack day -> casualties (one attack each). Day 21 is a mass-casualty attack. */
    private static final Map<Integer, Double> ATTACKS =
            Map.of(5, 3.0, 12, 0.0, 21, 14.0, 33, 6.0, 38, 25.0);
    /** Violation day -> count. */
    private static final Map<Integer, Integer> VIOLATIONS =
            Map.of(22, 1, 23, 2, 34, 1, 38, 1, 39, 2, 40, 3);
    /** Talks day -> {held, succeeded}. */
    private static final Map<Integer, int[]> TALKS =
            Map.of(8, new int[] {1, 1}, 15, new int[] {1, 0}, 26, new int[] {1, 1},
                    30, new int[] {2, 1}, 36, new int[] {1, 0});

    private SampleTrajectories() {
    }

    /**
     * Two states, days 0..59, monitoring on days 10..31, the ceasefire collapsing on day
     * 40 (in force false from then on). Trust and escalation use irregular decimals.
     */
    public static Trajectory collapsedOnDay40() {
        return build(60, 40);
    }

    /** Like {@link #collapsedOnDay40()} but {@code days} long and never collapsing. */
    public static Trajectory survived(int days) {
        return build(days, Integer.MAX_VALUE);
    }

    /** The outcome matching {@link #collapsedOnDay40()}. */
    public static RunOutcome collapsedOutcome(Trajectory t) {
        return outcome(t, 60, false, 40, CollapseCause.VIOLATIONS);
    }

    /** The outcome of a trajectory that survived to its last day. */
    public static RunOutcome survivedOutcome(Trajectory t) {
        int horizon = t.days().size();
        return outcome(t, horizon, true, horizon, CollapseCause.NONE);
    }

    private static Trajectory build(int n, int collapseDay) {
        List<DayRecord> days = new ArrayList<>();
        double[] trust = {0.62, 0.48};
        double[] escalation = {0.11, 0.17};
        for (int day = 0; day < n; day++) {
            int d = day % 60;
            double cas = ATTACKS.getOrDefault(d, -1.0);
            int attacks = cas >= 0 ? 1 : 0;
            int violations = VIOLATIONS.getOrDefault(d, 0);
            int[] talks = TALKS.getOrDefault(d, new int[] {0, 0});
            for (int s = 0; s < 2; s++) {
                double shock = attacks * (0.04 + 0.01 * Math.max(cas, 0)) * (s == 0 ? 1.0 : 0.6)
                        + 0.05 * violations - 0.06 * talks[1];
                trust[s] = clamp(trust[s] - shock + 0.004 * Math.sin(day * 0.7 + s) + 0.002);
                escalation[s] = clamp(escalation[s] * 0.93 + 0.8 * shock
                        + 0.003 * Math.cos(day * 1.3 + s));
            }
            days.add(new DayRecord(day, List.of(trust[0], trust[1]),
                    List.of(escalation[0], escalation[1]), attacks, Math.max(cas, 0.0),
                    violations, talks[0], talks[1], day >= 10 && day <= 31,
                    day < collapseDay));
        }
        return new Trajectory(STATES, days, MASS_CASUALTY);
    }

    private static RunOutcome outcome(Trajectory t, int horizon, boolean survived,
                                      int collapseDay, CollapseCause cause) {
        int attacks = 0;
        int mass = 0;
        double casualties = 0;
        int held = 0;
        int ok = 0;
        for (DayRecord d : t.days()) {
            attacks += d.attacks();
            mass += d.casualties() >= MASS_CASUALTY ? 1 : 0;
            casualties += d.casualties();
            held += d.talksHeld();
            ok += d.talksSucceeded();
        }
        List<StateOutcome> states = new ArrayList<>();
        double peak = 0;
        for (int s = 0; s < t.states().size(); s++) {
            double min = 1;
            double top = 0;
            int violations = 0;
            for (DayRecord d : t.days()) {
                min = Math.min(min, d.trust().get(s));
                top = Math.max(top, d.escalation().get(s));
                violations += s == 0 ? (d.violations() + 1) / 2 : d.violations() / 2;
            }
            peak = Math.max(peak, top);
            double last = t.days().get(t.days().size() - 1).trust().get(s);
            states.add(new StateOutcome(t.states().get(s), violations, last, min, top));
        }
        return new RunOutcome(SEED, horizon, survived, collapseDay, cause,
                survived ? Ending.IN_FORCE : Ending.BREAKDOWN, collapseDay, states, attacks,
                mass, casualties, held, ok, peak, List.of());
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
