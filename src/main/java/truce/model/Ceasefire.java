package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceasefire itself: its agreement (strength and monitoring; Fortna 2003, 2004; Clayton &amp;
 * Sticher 2021) and its collapse rule (Richardson 1960's escalation ladder made operational).
 * As the day's last decision phase it checks the rule: the ceasefire collapses when
 * {@code K + tolerancePerRung x rung} state-on-state violations fall within a window of
 * {@code W} days, or when any state's escalation reaches the major-offensive rung.
 */
public final class Ceasefire implements Steppable {

    private static final long serialVersionUID = 1L;

    private final CollapseRule rule;
    private final Agreement agreement;
    private final int tolerated;
    /** Days of the most recent {@code tolerated} violations, as a ring buffer. */
    private final int[] recent;
    private int recorded;
    private boolean monitoring;
    private Ending ending = Ending.IN_FORCE;
    private int endingDay = -1;
    private CollapseCause cause = CollapseCause.NONE;

    Ceasefire(CollapseRule rule, Agreement agreement) {
        this.rule = rule;
        this.agreement = agreement;
        this.tolerated = rule.violations() + rule.tolerancePerRung() * agreement.strength().rung();
        this.recent = new int[tolerated];
        this.monitoring = agreement.monitoring();
    }

    void recordViolation(int day) {
        recent[recorded % tolerated] = day;
        recorded++;
    }

    void startMonitoring() {
        monitoring = true;
    }

    @Override
    public void step(SimState state) {
        if (!inForce()) {
            return;
        }
        TruceModel model = (TruceModel) state;
        int day = model.day();
        if (recorded >= tolerated && day - recent[recorded % tolerated] < rule.windowDays()) {
            collapse(day, CollapseCause.VIOLATIONS);
        } else if (model.maxEscalation() >= rule.offensiveEscalation()) {
            collapse(day, CollapseCause.OFFENSIVE);
        }
    }

    private void collapse(int day, CollapseCause why) {
        end(day, Ending.BREAKDOWN);
        cause = why;
    }

    /** The spell ends today in the given way; the first ending wins (endings compete). */
    void end(int day, Ending how) {
        if (inForce()) {
            ending = how;
            endingDay = day;
        }
    }

    /** Factor on wrongful attribution of militant attacks: cut while monitored. */
    double attributionFactor() {
        return monitoring ? 1 - agreement.attributionCut() : 1;
    }

    /** Factor on perception noise: cut while monitored. */
    double noiseFactor() {
        return monitoring ? 1 - agreement.noiseCut() : 1;
    }

    boolean monitoring() {
        return monitoring;
    }

    boolean inForce() {
        return ending == Ending.IN_FORCE;
    }

    Ending ending() {
        return ending;
    }

    /** Day of the ending, or -1 while in force. */
    int endingDay() {
        return endingDay;
    }

    CollapseCause cause() {
        return cause;
    }

    // ---- read-only bean properties, for MASON's inspectors and the GUI ----

    public boolean getInForce() {
        return inForce();
    }

    public boolean getMonitoring() {
        return monitoring;
    }

    public String getStrength() {
        return agreement.strength().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Violations tolerated within the window before collapse. */
    public int getTolerated() {
        return tolerated;
    }

    /** Day of breakdown, or -1 while in force or if it ended otherwise. */
    public int getCollapseDay() {
        return ending == Ending.BREAKDOWN ? endingDay : -1;
    }

    /** Day the spell ended, or -1 while in force. */
    public int getEndingDay() {
        return endingDay;
    }

    /** How the spell ended: breakdown, settlement, expiry, or in_force. */
    public String getEnding() {
        return ending.label();
    }

    public String getCause() {
        return cause.name().toLowerCase(java.util.Locale.ROOT);
    }
}
