package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A ceasefire: its agreement (Fortna 2003, 2004; Clayton &amp; Sticher 2021; Walter 2002), its
 * parties, how it ends, and, as the day's last decision phase, whether it ends today. A scenario
 * without a {@code ceasefires:} section has one ceasefire among all its states; a regional one has
 * one per dyad, each with its own agreement, collapse rule, start day and peace process, and
 * violations, talks and endings are counted per ceasefire (Bara &amp; Clayton 2022). Endings
 * compete (ETH/PRIO):
 *
 * <ul>
 *   <li><b>breakdown</b>, under the decision rule (the default, the same for every strength): a
 *       party i resumes war against another party j when holding is worth less than fighting,
 *       {@code x_ij >= warCost_i + D + trustValue_i x T_ij}, where the agreement's cost of defection
 *       is {@code D = defectionCostPerRung x rung + enforcementCost [if enforced] + sum over the
 *       mediators serving it with a deal of guarantee x current leverage} (Fearon 1995; Fortna 2003;
 *       Walter 2002; Beardsley 2008). Under the violations rule: K violations between its parties
 *       within W days, or any party's escalation toward another at the offensive rung;</li>
 *   <li><b>expiry</b>: a fixed-term ceasefire reaches the end of a term (counted from its start day)
 *       and some party, trusting another less than {@code renewalTrust}, does not renew it;</li>
 *   <li><b>settlement</b>: decided at talks ({@link PeaceProcess}).</li>
 * </ul>
 *
 * <p>The agreement acts on its parties from its start day to the day it ends (inclusive); a pair
 * of states with no ceasefire acting between them behaves as under an agreement of no effect (see
 * {@link #none}): no cost of defection, no clarity, narrowing, spoiler restraint, monitoring or
 * implementation, and its violations count toward no ceasefire.
 */
public final class Ceasefire implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Its key ({@link CeasefireOutcome#SINGLE} for the one ceasefire of a scenario without a ceasefires section). */
    final String key;
    /** Its index among the scenario's ceasefires (-1 for {@link #none}). */
    final int index;
    /** The indices of its parties, ascending. */
    final int[] parties;
    final int startDay;
    private final CollapseRule rule;
    private final Agreement agreement;
    private final int rung;
    private final PeaceProcess peace;
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
    /** 1 - the cost of defection, as of the states' perception phase today. */
    private double deterrence = 1;
    private int violations;
    private int talksHeld;
    private int talksSucceeded;
    /** Scripted talks rounds that fell after it had ended. */
    private int talksNotHeld;

    Ceasefire(String key, int index, int[] parties, int startDay, CollapseRule rule, Agreement agreement,
              Talks talks) {
        this.key = key;
        this.index = index;
        this.parties = parties.clone();
        this.startDay = startDay;
        this.rule = rule;
        this.agreement = agreement;
        this.peace = new PeaceProcess(talks, this);
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

    /** A ceasefire among two states, with default talks, for tests of the agreement's factors. */
    Ceasefire(CollapseRule rule, Agreement agreement) {
        this(CeasefireOutcome.SINGLE, 0, new int[] {0, 1}, 0, rule, agreement,
                new Talks(0, 0, 0, 0, 0, 0, 0));
    }

    /** No ceasefire: an agreement of no effect, standing for a pair with no ceasefire acting between them. */
    static Ceasefire none() {
        Agreement nothing = new Agreement(Strength.CESSATION, false, 0, 0, 0, 0, 0, 0, false, 0, false, 0, 0, 0);
        return new Ceasefire("", -1, new int[0], 0, new CollapseRule(CollapseRule.Rule.DECISION, 1, 1, 1),
                nothing, new Talks(0, 0, 0, 0, 0, 0, 0));
    }

    /** Whether the agreement acts today: from its start day to its ending day, inclusive. */
    boolean acting(int day) {
        return day >= startDay && (inForce() || day == endingDay);
    }

    /** Whether it has started by the given day. */
    boolean started(int day) {
        return day >= startDay;
    }

    /** Whether state {@code s} is one of its parties. */
    boolean hasParty(int s) {
        for (int p : parties) {
            if (p == s) {
                return true;
            }
        }
        return false;
    }

    PeaceProcess peace() {
        return peace;
    }

    /** Recomputes today's deterrence, 1 - D (perception phase). */
    void updateDeterrence(TruceModel model) {
        deterrence = Math.max(0, 1 - defectionCost(model));
    }

    /** 1 - the cost of defection as of today's perception phase: the factor on deliberate violations. */
    double deterrence() {
        return deterrence;
    }

    void countTalks(boolean success) {
        talksHeld++;
        if (success) {
            talksSucceeded++;
        }
    }

    /** Scripted talks on it fell on a day after it had ended: not held, but counted. */
    void scriptedTalksNotHeld() {
        talksNotHeld++;
    }

    void recordViolation(int day) {
        violations++;
        recent[recorded % recent.length] = day;
        recorded++;
    }

    void startMonitoring() {
        monitoring = true;
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        int day = model.day();
        if (!inForce() || !started(day)) {
            return;
        }
        if (rule.rule() == CollapseRule.Rule.DECISION) {
            decide(model, day);
        } else if (recorded >= recent.length && day - recent[recorded % recent.length] < rule.windowDays()) {
            breakDown(day, CollapseCause.VIOLATIONS, "");
        } else if (maxEscalation(model) >= rule.offensiveEscalation()) {
            breakDown(day, CollapseCause.OFFENSIVE, "");
        }
        if (ending == Ending.BREAKDOWN) {
            model.collapsed(this);
        }
        int age = day - startDay;
        if (inForce() && agreement.term() > 0 && age > 0 && age % agreement.term() == 0 && !renewed(model)) {
            end(day, Ending.EXPIRY);
        }
    }

    private void decide(TruceModel model, int day) {
        double cost = defectionCost(model);
        for (int a : parties) {
            for (int b : parties) {
                if (a != b && model.state(a).prefersWar(b, cost, model.secondWarCost(a, this))) {
                    breakDown(day, CollapseCause.DECISION, model.state(a).name);
                    return;
                }
            }
        }
    }

    /** Highest escalation of any party toward another party. */
    double maxEscalation(TruceModel model) {
        double max = 0;
        for (int a : parties) {
            max = Math.max(max, model.state(a).escalationAmong(parties));
        }
        return max;
    }

    /** Mean, over its parties, of each party's mean trust in the others. */
    double meanTrust(TruceModel model) {
        double sum = 0;
        for (int a : parties) {
            sum += model.state(a).meanTrustAmong(parties);
        }
        return sum / parties.length;
    }

    /** Lowest trust of any party in another. */
    double lowestTrust(TruceModel model) {
        double min = 1;
        for (int a : parties) {
            min = Math.min(min, model.state(a).minTrustAmong(parties));
        }
        return min;
    }

    /** Renewal is a choice: every party renews only if it trusts each other one at least renewalTrust. */
    private boolean renewed(TruceModel model) {
        for (int a : parties) {
            if (model.state(a).minTrustAmong(parties) < agreement.renewalTrust()) {
                return false;
            }
        }
        return true;
    }

    /** The agreement's cost of defection D (see the class comment). */
    double defectionCost(TruceModel model) {
        double cost = fixedDefectionCost;
        for (Mediator m : model.mediators()) {
            cost += m.guaranteeNow(this);
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

    /** The party other than {@code s}, for a ceasefire between two states. */
    int otherParty(int s) {
        return parties[0] == s ? parties[1] : parties[0];
    }

    /** Whether it broke down before the given day. */
    boolean brokeDownBefore(int day) {
        return ending == Ending.BREAKDOWN && endingDay < day;
    }

    /** Violations between its parties while it was in force. */
    int violations() {
        return violations;
    }

    /** What the run reports for this ceasefire, as of the given horizon. */
    CeasefireOutcome outcome(int horizon) {
        return new CeasefireOutcome(key, startDay, ending, inForce() ? horizon : endingDay, cause, breaker,
                violations, talksHeld, talksSucceeded, talksNotHeld);
    }

    // ---- read-only bean properties, for MASON's inspectors and the GUI ----

    /** Its key in the scenario. */
    public String getKey() {
        return key;
    }

    /** Day it takes effect. */
    public int getStartDay() {
        return startDay;
    }

    /** Index of its party {@code k} (0 or 1) among the states, ascending. */
    public int party(int k) {
        return parties[k];
    }

    /**
     * Its state on the given day, as the GUI shows it: {@code not started (day N)}, {@code in force},
     * or how and when it ended ({@code breakdown on day N}).
     */
    public String stateOn(int day) {
        if (inForce()) {
            return day < startDay ? "not started (day " + startDay + ")" : "in force";
        }
        return ending.label() + " on day " + endingDay;
    }

    /** Violations between its parties so far while it was in force. */
    public int getViolations() {
        return violations;
    }

    /** Talks rounds held on it so far. */
    public int getTalksHeld() {
        return talksHeld;
    }

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
