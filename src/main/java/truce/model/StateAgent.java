package truce.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state party to the ceasefire. Toward each counterpart j it holds a trust, a believed
 * control, an escalation and a pressure (casualties blamed on j); each day it first perceives
 * ({@link #perceive}) and later acts ({@link #step}).
 *
 * <ul>
 *   <li><b>Trust as belief</b> (Kydd &amp; Walter 2002): a day without perceived violations from
 *       j closes a share {@code trustGain} of the gap to 1; a perceived violation of severity s
 *       multiplies trust by {@code (1 - trustLoss)^s}. A militant attack blamed on j is evidence
 *       about j's type: with independent beliefs T (j committed) and B (j in control), and
 *       {@code r = attackSignal} the share of such attacks a committed host in control would
 *       have stopped, Bayes gives {@code T' = T(1 - Br)/(1 - TBr)} and
 *       {@code B' = B(1 - Tr)/(1 - TBr)}. A crackdown by j, likelier from a committed state by
 *       the ratio {@code rho = crackdownSignal}, gives {@code T' = T rho/(T rho + 1 - T)}.</li>
 *   <li><b>Reciprocity with noise</b> (Axelrod 1984; Wu &amp; Axelrod 1995): violations are
 *       misperceived ({@code perceptionNoise}) and committed by accident ({@code accidents}). A
 *       perceived violation of severity s is answered with probability
 *       {@code (1 - forgiveness)(1 - T)(1 - resolve)(1 - D)} by one of severity
 *       {@code s(1 + overreaction x)}, D being the agreement's cost of defection (see
 *       {@link Ceasefire}), which lowers the gain from every deliberate violation (Fortna 2003);
 *       a state whose accident drew the reply accepts it with probability {@code contrition}
 *       (no reply, no loss of trust); an opportunist violates unprovoked with probability
 *       {@code opportunism x max(0, f - (1 - f))}, its expected net gain when an unanswered
 *       violation gains as much as an answered one costs, f being the victim's forgiveness
 *       estimated from its replies (Beta(1, 1) prior); this is on top of
 *       {@code aggression x x (1 - T)}, and both are times {@code (1 - D)}. A forbearing state pays an audience cost: escalation
 *       toward the violator rises by {@code audienceCost x s} for each violation it leaves
 *       unanswered (Fearon 1994).</li>
 *   <li><b>Directed escalation</b> (Richardson 1960): toward each counterpart j,
 *       {@code x' = x + a s - m x + g P + u gap}, where s is the severity of j's violations
 *       perceived today, P the fading count of casualties blamed on j, and gap the commitment
 *       gap with j (Fearon 1995). Casualties blamed on no one (a domestic group, or an attack not
 *       attributed) add to undirected pressure only: they push toward no one.</li>
 *   <li><b>Contact</b> (politically relevant dyads: Maoz &amp; Russett 1993; Lemke &amp; Reed 2001):
 *       in a scenario with a {@code ceasefires:} section, states i and j are in contact only if a
 *       ceasefire joins them (in force, yet to start, or ended), {@code c_ij = 1}, else
 *       {@code c_ij = 0}; noise, retaliation, unprovoked and accidental violations between them are
 *       times {@code c_ij}, and toward a state not in contact {@code x' = x - m x + g P}: only
 *       blamed militant attacks move it (see {@link #setContacts}). Without the section every pair
 *       is in contact.</li>
 * </ul>
 */
public final class StateAgent implements Steppable {

    private static final long serialVersionUID = 1L;

    final int index;
    final String name;
    private final StateSpec p;
    private final int n;

    /**
     * Whether this state is in contact with each other state: every other state without a
     * {@code ceasefires:} section; with one, the states a ceasefire joins it to (see {@link #setContacts}).
     */
    private final boolean[] contact;
    private final double[] trust;
    private final double[] believedControl;
    private final double[] escalation;
    /** Casualties blamed on each counterpart, fading (Richardson's grievance, directed). */
    private final double[] pressure;
    /** Severity of violations by each counterpart, arriving for tomorrow's perception. */
    private final double[] incoming;
    /** Severity perceived today from each counterpart, which this state may answer. */
    private final double[] perceived;
    /** Whether an attack was blamed on each counterpart today (no day of restraint then). */
    private final boolean[] blamedToday;
    /** A scripted strike against each counterpart, to be carried out in today's act phase. */
    private final boolean[] strikeToday;
    /** Last day on which this state would perceive the reply to its accident against each counterpart, or -1. */
    private final int[] contriteDay;
    /** Day on which this state sees whether each counterpart answered its last violation, or -1. */
    private final int[] replyDay;
    private final int[] replied;
    private final int[] unanswered;
    /** Escalation and pressure toward each counterpart spilled over from this state's other fronts, for tomorrow. */
    private final double[] spilledEscalation;
    private final double[] spilledPressure;
    /** Casualties blamed on no state, fading. */
    private double domesticPressure;
    private double demand;
    private int crackdownUntil = -1;
    private int crackdowns;

    private int violations;
    private final int[] violationsAgainst;
    private double minTrust;
    private double peakEscalation;

    StateAgent(int index, String name, StateSpec p, int states) {
        this.index = index;
        this.name = name;
        this.p = p;
        this.n = states;
        this.contact = new boolean[states];
        java.util.Arrays.fill(contact, true);
        contact[index] = false;
        this.trust = filled(states, p.trust());
        this.believedControl = filled(states, p.believedControl());
        this.escalation = filled(states, p.escalation());
        this.pressure = new double[states];
        this.spilledEscalation = new double[states];
        this.spilledPressure = new double[states];
        this.incoming = new double[states];
        this.perceived = new double[states];
        this.blamedToday = new boolean[states];
        this.strikeToday = new boolean[states];
        this.contriteDay = new int[states];
        this.replyDay = new int[states];
        java.util.Arrays.fill(contriteDay, -1);
        java.util.Arrays.fill(replyDay, -1);
        this.replied = new int[states];
        this.unanswered = new int[states];
        this.violationsAgainst = new int[states];
        this.demand = p.demand();
        this.minTrust = p.trust();
        this.peakEscalation = p.escalation();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /**
     * The states this state is in contact with ({@code contact[j]}; its own entry is ignored): in a
     * scenario with a {@code ceasefires:} section, those a declared ceasefire joins it to, whether
     * in force, yet to start or ended; in contact with every other state otherwise (the default).
     * Toward a state not in contact it perceives no noise, commits no unprovoked or accidental
     * violation and has no standing demand, so only blamed attacks move its escalation
     * ({@code x' = x - m x + g P}); such a state is not a counterpart in its mean trust or its
     * escalation.
     */
    void setContacts(boolean[] inContact) {
        for (int j = 0; j < n; j++) {
            contact[j] = j != index && inContact[j];
        }
    }

    /** Whether this state is in contact with state {@code j} (see {@link #setContacts}). */
    public boolean inContactWith(int j) {
        return contact[j];
    }

    /** A violation by state {@code from} of the given severity, perceived tomorrow. */
    void suffer(int from, double severity) {
        incoming[from] += severity;
    }

    /**
     * A militant attack blamed on {@code sponsor} (the group's host unless another sponsor is named):
     * a Bayesian update of trust in it and of belief in its control (Kydd &amp; Walter 2002), and its
     * casualties become pressure toward it.
     */
    void blame(int sponsor, double casualties) {
        double t = trust[sponsor];
        double b = believedControl[sponsor];
        double r = p.attackSignal();
        double z = 1 - t * b * r;
        trust[sponsor] = t * (1 - b * r) / z;
        believedControl[sponsor] = b * (1 - t * r) / z;
        pressure[sponsor] += casualties;
        blamedToday[sponsor] = true;
    }

    /**
     * Escalation and pressure toward counterpart {@code toward}, spilled over from an event on another
     * of this state's fronts ({@link Spillover}), felt in tomorrow's perception.
     */
    void spill(int toward, double escalationGain, double pressureGain) {
        spilledEscalation[toward] += escalationGain;
        spilledPressure[toward] += pressureGain;
    }

    /** Casualties blamed on no state (a domestic group, or an attack not attributed). */
    void sufferUnblamed(double casualties) {
        domesticPressure += casualties;
    }

    /** State {@code by} cracked down on the groups it hosts: a costly signal of commitment. */
    void observeCrackdown(int by) {
        double t = trust[by];
        double rho = p.crackdownSignal();
        trust[by] = t * rho / (t * rho + 1 - t);
    }

    /**
     * Coercion by state {@code by} short of force (a scripted event): escalation toward it rises by
     * {@code shock} at once, {@code x <- min(1, x + shock)}, a one-off grievance (Richardson 1960).
     */
    void coerced(int by, double shock) {
        escalation[by] = clamp01(escalation[by] + shock);
        peakEscalation = Math.max(peakEscalation, escalation[by]);
    }

    /** A scripted strike against {@code against}: carried out in the act phase, like any violation. */
    void scheduleStrike(int against) {
        strikeToday[against] = true;
    }

    /**
     * Phase "states perceive": misperception, contrition, trust and directed escalation. Toward each
     * counterpart, misperception is cut by monitoring and the clarity of the agreement acting between
     * them, and demands are narrowed by it ({@link TruceModel#agreement}).
     *
     * @param model the model (for today, the counterparts and the agreements between them)
     */
    void perceive(TruceModel model) {
        MersenneTwisterFast random = model.random;
        int day = model.day();
        for (int j = 0; j < n; j++) {
            if (j == index) {
                continue;
            }
            Ceasefire agreement = model.agreement(index, j);
            boolean inContact = contact[j];
            double noise = inContact ? p.perceptionNoise() * agreement.noiseFactor() : 0;
            double narrowing = agreement.narrowing();
            double severity = incoming[j];
            incoming[j] = 0;
            if (noise > 0 && random.nextBoolean(noise)) {
                severity += 1.0;
            }
            if (replyDay[j] == day) {
                if (severity > 0) {
                    replied[j]++;
                } else {
                    unanswered[j]++;
                }
                replyDay[j] = -1;
            }
            if (severity > 0 && day <= contriteDay[j]) {
                contriteDay[j] = -1;
                if (p.contrition() > 0 && random.nextBoolean(p.contrition())) {
                    severity = 0; // the reply to one's own accident, accepted
                }
            }
            perceived[j] = severity;
            if (severity > 0) {
                trust[j] *= Math.pow(1 - p.trustLoss(), severity);
            } else if (!blamedToday[j] && inContact) { // no contact, no quiet day to observe
                trust[j] += p.trustGain() * (1 - trust[j]);
            }
            blamedToday[j] = false;
            double standing = inContact && p.unmetDemand() > 0 ? p.unmetDemand() * commitmentGap(model.state(j), narrowing) : 0;
            double restraint = p.restraint();
            double spilled = 0;
            if (model.spillover() && inContact) { // events on this state's other fronts (Spillover)
                restraint *= model.restraintFactor(index, j);
                pressure[j] += spilledPressure[j];
                spilled = spilledEscalation[j];
                spilledPressure[j] = 0;
                spilledEscalation[j] = 0;
            }
            escalation[j] = clamp01(escalation[j] + p.reactivity() * severity - restraint * escalation[j]
                    + p.grievance() * pressure[j] + standing + spilled);
            pressure[j] *= 1 - p.pressureDecay();
            if (inContact) {
                peakEscalation = Math.max(peakEscalation, escalation[j]);
            }
        }
        domesticPressure *= 1 - p.pressureDecay();
        minTrust = Math.min(minTrust, meanTrust());
    }

    /**
     * The commitment gap with counterpart {@code other} (Fearon 1995; Walter 2002): this state's
     * demand (narrowed by the agreement) less what the other can credibly promise, which is its
     * concession capped by its control over the groups it hosts and by this state's belief in that
     * control: {@code max(0, demand x narrowing - min(concession, control, believed control))}.
     */
    double commitmentGap(StateAgent other, double narrowing) {
        double credible = Math.min(other.p.concession(), Math.min(other.p.control(), believedControl[other.index]));
        return Math.max(0, demand * narrowing - credible);
    }

    /** Phase "states act": crack down, carry out scripted strikes, retaliate, violate unprovoked or by accident. */
    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        MersenneTwisterFast random = model.random;
        int day = model.day();
        if (p.crackdown() > 0 && day > crackdownUntil) {
            considerCrackdown(model, day);
        }
        for (int j = 0; j < n; j++) {
            if (!contact[j]) { // itself, or a state it is not in contact with: no violation between them
                continue;
            }
            // the cost of defection of the agreement between us lowers the gain from any deliberate
            // violation (Fortna 2003)
            Ceasefire agreement = model.agreement(index, j);
            double deterred = agreement.deterrence();
            double retaliation = (1 - p.forgiveness()) * agreement.unresolvedShare() * deterred;
            double accidents = p.accidents() * agreement.accidentFactor();
            double severity = 0;
            if (strikeToday[j]) {
                strikeToday[j] = false;
                severity = 1;
            } else if (perceived[j] > 0 && random.nextBoolean(retaliation * (1 - trust[j]))) {
                severity = perceived[j] * (1 + p.overreaction() * escalation[j]);
            } else {
                if (perceived[j] > 0) { // left unanswered: the sucker's payoff
                    escalation[j] = clamp01(escalation[j] + p.audienceCost() * perceived[j]);
                }
                double unprovoked = deterred * (p.aggression() * escalation[j] * (1 - trust[j])
                        + (p.opportunism() > 0 ? p.opportunism() * Math.max(0, 2 * believedForgiveness(j) - 1) : 0));
                if (unprovoked > 0 && random.nextBoolean(unprovoked)) {
                    severity = 1;
                } else if (accidents > 0 && random.nextBoolean(accidents)) {
                    severity = 1;
                    contriteDay[j] = day + 2; // the reply, if any, is perceived two days on
                }
            }
            perceived[j] = 0;
            if (severity > 0) {
                replyDay[j] = day + 2;
                model.violation(index, j, severity);
            }
        }
    }

    /** Will rises under pressure: a crackdown with probability crackdown x the victim's escalation toward us. */
    private void considerCrackdown(TruceModel model, int day) {
        double threat = 0;
        for (MilitantGroup g : model.groupsHostedBy(index)) {
            if (g.target != index) {
                threat = Math.max(threat, model.state(g.target).escalationToward(index));
            }
        }
        if (threat > 0 && model.random.nextBoolean(Math.min(1, p.crackdown() * threat))) {
            crackdownUntil = day + p.crackdownDays() - 1;
            crackdowns++;
            for (StateAgent other : model.states()) {
                if (other != this) {
                    other.observeCrackdown(index);
                }
            }
        }
    }

    /** Beta(1, 1) posterior mean of the chance that counterpart j leaves a violation unanswered. */
    double believedForgiveness(int j) {
        return (unanswered[j] + 1.0) / (unanswered[j] + replied[j] + 2.0);
    }

    /**
     * The choice between holding and fighting (Fearon 1995; Fortna 2003; Walter 2002): this state
     * resumes war against j when {@code x_j >= warCost + defectionCost + trustValue x T_j}.
     */
    boolean prefersWar(int j, double defectionCost) {
        return prefersWar(j, defectionCost, 0);
    }

    /** As {@link #prefersWar(int, double)}, war costing {@code extraCost} more (a second front: {@link Spillover}). */
    boolean prefersWar(int j, double defectionCost, double extraCost) {
        // warCost + 0 is warCost exactly: without a second front the rule is unchanged
        return escalation[j] >= p.warCost() + extraCost + defectionCost + p.trustValue() * trust[j];
    }

    /** Trust in every other one of {@code parties} rises by {@code amount} (negative: falls), within [0, 1]. */
    void shiftTrust(double amount, int[] parties) {
        for (int j : parties) {
            if (j != index) {
                trust[j] = clamp01(trust[j] + amount);
            }
        }
        minTrust = Math.min(minTrust, meanTrust());
    }

    /** Escalation toward every other one of {@code parties} is cut by the given share (talks succeeded). */
    void deescalate(double share, int[] parties) {
        for (int j : parties) {
            if (j != index) {
                escalation[j] *= 1 - share;
            }
        }
    }

    /** Highest escalation toward any other one of {@code parties}. */
    double escalationAmong(int[] parties) {
        double max = 0;
        for (int j : parties) {
            if (j != index) {
                max = Math.max(max, escalation[j]);
            }
        }
        return max;
    }

    /** Mean trust in the other ones of {@code parties} (which include this state). */
    double meanTrustAmong(int[] parties) {
        double sum = 0;
        for (int j : parties) {
            if (j != index) {
                sum += trust[j];
            }
        }
        return parties.length > 1 ? sum / (parties.length - 1) : 1.0;
    }

    /** Lowest trust in any other one of {@code parties}. */
    double minTrustAmong(int[] parties) {
        double min = 1;
        for (int j : parties) {
            if (j != index) {
                min = Math.min(min, trust[j]);
            }
        }
        return min;
    }

    void countViolation(int against) {
        violations++;
        violationsAgainst[against]++;
    }

    void setDemand(double demand) {
        this.demand = demand;
    }

    /** Restraint of the groups this state hosts: control x will (will is 1 during a crackdown). */
    double restraintOfHostedGroups(int day) {
        return p.control() * (day <= crackdownUntil ? 1 : p.will());
    }

    double escalationToward(int j) {
        return escalation[j];
    }

    /** Highest escalation toward any counterpart (a state in contact). */
    double escalation() {
        double max = 0;
        for (int j = 0; j < n; j++) {
            if (contact[j]) {
                max = Math.max(max, escalation[j]);
            }
        }
        return max;
    }

    /** Mean trust in its counterparts (the states in contact); its initial trust if it has none. */
    double meanTrust() {
        double sum = 0;
        int counterparts = 0;
        for (int j = 0; j < n; j++) {
            if (contact[j]) {
                sum += trust[j];
                counterparts++;
            }
        }
        return counterparts > 0 ? sum / counterparts : p.trust();
    }

    // ---- read-only bean properties, for MASON's inspectors and the GUI ----

    public String getName() {
        return name;
    }

    /** Mean trust in the counterparts, in [0, 1]. */
    public double getTrust() {
        return meanTrust();
    }

    /** Trust in one counterpart, by its index among the states. */
    public double trustIn(int counterpart) {
        return trust[counterpart];
    }

    /** Believed control of one counterpart over the groups it hosts, by its index. */
    public double believedControlOf(int counterpart) {
        return believedControl[counterpart];
    }

    /** Highest escalation toward any counterpart. */
    public double getEscalation() {
        return escalation();
    }

    /** Pressure toward all counterparts plus undirected pressure: the fading count of casualties suffered. */
    public double getPressure() {
        double sum = domesticPressure;
        for (double x : pressure) {
            sum += x;
        }
        return sum;
    }

    public double getDemand() {
        return demand;
    }

    public double getConcession() {
        return p.concession();
    }

    public double getForgiveness() {
        return p.forgiveness();
    }

    public double getControl() {
        return p.control();
    }

    public double getWill() {
        return p.will();
    }

    /** Crackdowns on the groups it hosts so far. */
    public int getCrackdowns() {
        return crackdowns;
    }

    /** Violations this state has committed so far. */
    public int getViolations() {
        return violations;
    }

    /** Violations this state has committed so far against one counterpart, by its index. */
    public int violationsAgainst(int counterpart) {
        return violationsAgainst[counterpart];
    }

    StateOutcome outcome() {
        return new StateOutcome(name, violations, meanTrust(), minTrust, peakEscalation);
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
