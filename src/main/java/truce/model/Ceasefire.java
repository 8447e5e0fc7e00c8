package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceasefire: its agreement (Fortna 2003, 2004; Clayton &amp; Sticher 2021; Walter 2002), how it
 * ends, and, as the day's last decision phase, whether it ends today. Endings compete (ETH/PRIO):
 *
 * <ul>
 *   <li><b>breakdown</b>, under the decision rule (the default, the same for every strength): state
 *       i resumes war against j when holding is worth less than fighting,
 *       {@code x_ij >= warCost_i + D + trustValue_i x T_ij}, where the agreement's cost of defection
 *       is {@code D = defectionCostPerRung x rung + enforcementCost [if enforced] + sum over mediators
 *       with a deal of guarantee x current leverage} (Fearon 1995; Fortna 2003; Walter 2002;
 *       Beardsley 2008). Under the violations rule: K violations within W days, or any escalation at
 *       the offensive rung;</li>
 *   <li><b>expiry</b>: a fixed-term ceasefire reaches the end of a term and some party, trusting the
 *       others less than {@code renewalTrust}, does not renew it;</li>
 *   <li><b>settlement</b>: decided at talks ({@link PeaceProcess}).</li>
 * </ul>
 */
public final class Ceasefire implements Steppable {

    private static final long serialVersionUID = 1L;

    private final CollapseRule rule;
    private final Agreement agreement;
    private final int rung;
    /** Factors fixed by the agreement, computed once (they are read every day). */
    private final double accidentFactor;
    private final double narrowing;
    private final double spoilerFactor;
    private final double unresolvedShare;
    private final double fixedDefectionCost;
    /** Days of the most recent K violations, as a ring buffer (violations rule). */
    private final int[] recent;
    private int recorded;
    private boolean monitoring;
    private Ending ending = Ending.IN_FORCE;
    private int endingDay = -1;
    private CollapseCause cause = CollapseCause.NONE;
    private String breaker = "";

    Ceasefire(CollapseRule rule, Agreement agreement) {
        this.rule = rule;
        this.agreement = agreement;
        this.rung = agreement.strength().rung();
        this.recent = new int[rule.violations()];
        this.monitoring = agreement.monitoring();
        this.accidentFactor = 1 - agreement.clarityPerRung() * rung;
        this.narrowing = 1 - agreement.narrowingPerRung() * rung;
        this.spoilerFactor = 1 - agreement.spoilerRestraintPerRung() * rung;
        this.unresolvedShare = agreement.implementation() ? 1 - agreement.implementationResolve() : 1;
        this.fixedDefectionCost = agreement.defectionCostPerRung() * rung
                + (agreement.enforcement() ? agreement.enforcementCost() : 0);
    }

    void recordViolation(int day) {
        recent[recorded % recent.length] = day;
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
        if (rule.rule() == CollapseRule.Rule.DECISION) {
            decide(model, day);
        } else if (recorded >= recent.length && day - recent[recorded % recent.length] < rule.windowDays()) {
            breakDown(day, CollapseCause.VIOLATIONS, "");
        } else if (model.maxEscalation() >= rule.offensiveEscalation()) {
            breakDown(day, CollapseCause.OFFENSIVE, "");
        }
        if (inForce() && agreement.term() > 0 && day > 0 && day % agreement.term() == 0 && !renewed(model)) {
            end(day, Ending.EXPIRY);
        }
    }

    private void decide(TruceModel model, int day) {
        double cost = defectionCost(model);
        StateAgent[] states = model.states();
        for (StateAgent a : states) {
            for (StateAgent b : states) {
                if (a != b && a.prefersWar(b.index, cost)) {
                    breakDown(day, CollapseCause.DECISION, a.name);
                    return;
                }
            }
        }
    }

    /** Renewal is a choice: every party renews only if it trusts each other one at least renewalTrust. */
    private boolean renewed(TruceModel model) {
        for (StateAgent s : model.states()) {
            if (s.minTrustNow() < agreement.renewalTrust()) {
                return false;
            }
        }
        return true;
    }

    /** The agreement's cost of defection D (see the class comment). */
    double defectionCost(TruceModel model) {
        double cost = fixedDefectionCost;
        for (Mediator m : model.mediators()) {
            cost += m.guaranteeNow();
        }
        return cost;
    }

    private void breakDown(int day, CollapseCause why, String who) {
        end(day, Ending.BREAKDOWN);
        cause = why;
        breaker = who;
    }

    /** The spell ends today in the given way; the first ending wins (endings compete). */
    void end(int day, Ending how) {
        if (inForce()) {
            ending = how;
            endingDay = day;
        }
    }

    /** Factor on blame for militant attacks: cut while monitored. */
    double attributionFactor() {
        return monitoring ? 1 - agreement.attributionCut() : 1;
    }

    /** Factor on misperception: cut by monitoring and by the agreement's clarity. */
    double noiseFactor() {
        return (monitoring ? 1 - agreement.noiseCut() : 1) * accidentFactor();
    }

    /** Factor on accidents: cut by the agreement's clarity. */
    double accidentFactor() {
        return accidentFactor;
    }

    /** Factor on demands: issues the agreement settled. */
    double narrowing() {
        return narrowing;
    }

    /** Factor on militant attacks: spoilers the agreement demobilised or restrained. */
    double spoilerFactor() {
        return spoilerFactor;
    }

    /** Share of perceived violations not settled by an implementation mechanism. */
    double unresolvedShare() {
        return unresolvedShare;
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

    /** The state that chose war (decision rule), or "" if none did. */
    public String getBreaker() {
        return breaker;
    }
}
