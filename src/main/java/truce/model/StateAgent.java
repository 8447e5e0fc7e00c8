package truce.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state party to the ceasefire. It holds a belief about each counterpart, an escalation level
 * and domestic pressure; each day it first perceives (see {@link #perceive}) and later acts
 * ({@link #step}).
 *
 * <ul>
 *   <li><b>Trust as belief</b> (Kydd &amp; Walter 2002, "Sabotaging the Peace"): trust in each
 *       counterpart is the belief that it is committed. A day of observed restraint moves it a
 *       small share of the way to 1; each perceived violation multiplies it by
 *       {@code (1 - trustLoss)^severity}, so trust is lost faster than it is gained. Attacks blamed
 *       on a counterpart weigh by the believed control it has over the group.</li>
 *   <li><b>Reciprocity with noise</b> (Axelrod 1984; Wu &amp; Axelrod 1995): perception is noisy
 *       (an accident or rumour is perceived as a violation with probability
 *       {@code perceptionNoise}), and a perceived violation is answered in kind with probability
 *       {@code (1 - forgiveness) x (1 - trust)}: the state may forgive it (generosity), and the
 *       more it trusts the counterpart the likelier it reads the act as an accident or a
 *       spoiler's work rather than a decision (Kydd &amp; Walter 2002).</li>
 *   <li><b>Escalation</b> (Richardson 1960): {@code x' = x + a*hostile - m*x + g*pressure}, where
 *       hostile is the severity of acts perceived today and pressure is the fading count of
 *       casualties suffered. Retaliation severity is {@code 1 + x}, so it grows with escalation;
 *       unprovoked violations happen with probability {@code aggression * x * (1 - trust)}.</li>
 * </ul>
 */
public final class StateAgent implements Steppable {

    private static final long serialVersionUID = 1L;

    final int index;
    final String name;
    private final StateSpec p;

    /** Trust in each counterpart; the entry for this state itself is unused. */
    private final double[] trust;
    /** Severity of hostile acts attributed to each counterpart, arriving for tomorrow's perception. */
    private final double[] incoming;
    /** Severity perceived today from each counterpart, which this state may answer. */
    private final double[] perceived;

    private double escalation;
    private double pressure;
    private double demand;

    private int violations;
    /** Violations this state committed against each counterpart. */
    private final int[] violationsAgainst;
    private double minTrust;
    private double peakEscalation;

    StateAgent(int index, String name, StateSpec p, int states) {
        this.index = index;
        this.name = name;
        this.p = p;
        this.trust = new double[states];
        java.util.Arrays.fill(trust, p.trust());
        this.incoming = new double[states];
        this.perceived = new double[states];
        this.violationsAgainst = new int[states];
        this.escalation = p.escalation();
        this.demand = p.demand();
        this.minTrust = p.trust();
        this.peakEscalation = p.escalation();
    }

    /** A hostile act by state {@code from} (a violation or a blamed attack) of the given severity. */
    void suffer(int from, double severity) {
        incoming[from] += severity;
    }

    /** Casualties suffered from a militant attack feed domestic pressure (Richardson's g). */
    void addCasualties(double casualties) {
        pressure += casualties;
    }

    /** Phase "states perceive": noise, trust update and Richardson escalation. */
    void perceive(MersenneTwisterFast random, double noiseFactor) {
        double noise = p.perceptionNoise() * noiseFactor;
        double hostile = 0;
        for (int j = 0; j < trust.length; j++) {
            if (j == index) {
                continue;
            }
            double severity = incoming[j];
            incoming[j] = 0;
            if (noise > 0 && random.nextBoolean(noise)) {
                severity += 1.0;
            }
            perceived[j] = severity;
            if (severity > 0) {
                trust[j] *= Math.pow(1 - p.trustLoss(), severity);
                hostile += severity;
            } else {
                trust[j] += p.trustGain() * (1 - trust[j]);
            }
        }
        escalation = clamp01(escalation + p.reactivity() * hostile - p.restraint() * escalation
                + p.grievance() * pressure);
        pressure *= 1 - p.pressureDecay();
        minTrust = Math.min(minTrust, meanTrust());
        peakEscalation = Math.max(peakEscalation, escalation);
    }

    /** Phase "states act": retaliate for what was perceived, or violate unprovoked. */
    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        MersenneTwisterFast random = model.random;
        for (int j = 0; j < trust.length; j++) {
            if (j == index) {
                continue;
            }
            boolean violate = perceived[j] > 0
                    && random.nextBoolean((1 - p.forgiveness()) * (1 - trust[j]));
            if (!violate) {
                double unprovoked = p.aggression() * escalation * (1 - trust[j]);
                violate = unprovoked > 0 && random.nextBoolean(unprovoked);
            }
            perceived[j] = 0;
            if (violate) {
                model.violation(index, j, 1 + escalation);
            }
        }
    }

    /** Trust in every counterpart rises by {@code amount} (negative: falls), within [0, 1]. */
    void shiftTrust(double amount) {
        for (int j = 0; j < trust.length; j++) {
            if (j != index) {
                trust[j] = clamp01(trust[j] + amount);
            }
        }
        minTrust = Math.min(minTrust, meanTrust());
    }

    /** Escalation is cut by the given share (talks succeeded). */
    void deescalate(double share) {
        escalation *= 1 - share;
    }

    void countViolation(int against) {
        violations++;
        violationsAgainst[against]++;
    }

    void setDemand(double demand) {
        this.demand = demand;
    }

    double demand() {
        return demand;
    }

    double concession() {
        return p.concession();
    }

    /** Restraint of the groups this state hosts: control x will. */
    double restraintOfHostedGroups() {
        return p.control() * p.will();
    }

    double believedControl() {
        return p.believedControl();
    }

    double escalation() {
        return escalation;
    }

    /** Mean trust in the counterparts. */
    double meanTrust() {
        double sum = 0;
        for (int j = 0; j < trust.length; j++) {
            if (j != index) {
                sum += trust[j];
            }
        }
        return trust.length > 1 ? sum / (trust.length - 1) : 1.0;
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

    public double getEscalation() {
        return escalation;
    }

    /** Domestic pressure: the fading count of casualties suffered. */
    public double getPressure() {
        return pressure;
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
