package truce.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * A militant group: a spoiler that neither state fully controls (Stedman 1997; Kydd &amp; Walter
 * 2002). Each day it launches a Poisson number of attacks at rate
 * {@code attackRate x (1 - control x will of its host) x (1 + spoilerBoost x momentum)
 * x (1 - spoilerRestraintPerRung x rung)}: the host's restraint cuts it, milestones of the peace
 * process provoke it (momentum is 1 right after a successful round), and a stronger agreement
 * demobilises some of it. Casualties follow a Pareto law (heavy-tailed). The victim blames the
 * group's sponsor (its host unless the scenario names another state: Byman 2005) with probability
 * {@code 1 - (1 - attribution)^(casualties / casualtyScale)}, cut by monitoring: each
 * {@code casualtyScale} casualties is as if an independent clue pointing at the sponsor with chance
 * {@code attribution}, so deadlier attacks are likelier to be blamed (Kydd &amp; Walter 2002); a
 * mass-casualty attack of 12 casualties at attribution 0.1 is blamed 72% of the time, a
 * one-casualty attack 10%. A group whose sponsor is its target is domestic and never blamed on
 * another state.
 */
public final class MilitantGroup implements Steppable {

    private static final long serialVersionUID = 1L;

    final String name;
    final int host;
    /** The state blamed for its attacks: the sponsor, by default the host. */
    final int sponsor;
    final int target;
    private final GroupSpec p;
    private Poisson attacks;
    /** log(1 - attribution) / casualtyScale: blame is 1 - exp(logMiss x casualties). */
    private final double logMiss;
    private int launched;

    MilitantGroup(String name, int host, int sponsor, int target, GroupSpec p) {
        this.name = name;
        this.host = host;
        this.sponsor = sponsor;
        this.target = target;
        this.p = p;
        this.logMiss = Math.log1p(-p.attribution()) / p.casualtyScale();
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        // the agreement between target and host restrains it; that ceasefire's milestones provoke it
        Ceasefire agreement = model.agreement(target, host);
        double rate = p.attackRate() * (1 - model.state(host).restraintOfHostedGroups(model.day()))
                * (1 + p.spoilerBoost() * agreement.peace().momentum()) * agreement.spoilerFactor();
        if (rate <= 0) {
            return;
        }
        if (attacks == null) {
            attacks = new Poisson(rate, model.random);
        }
        int n = attacks.nextInt(rate);
        for (int i = 0; i < n; i++) {
            model.attack(this, casualties(model.random), null);
        }
    }

    /** Pareto draw by inversion: scale x U^(-1/tail). */
    double casualties(MersenneTwisterFast random) {
        return p.casualtyScale() * Math.pow(1 - random.nextDouble(), -1 / p.casualtyTail());
    }

    /** Chance the victim blames the sponsor for an attack with these casualties, before monitoring. */
    double blameChance(double casualties) {
        return p.attribution() <= 0 ? 0 : 1 - Math.exp(logMiss * casualties);
    }

    void launched() {
        launched++;
    }

    // ---- read-only bean properties, for MASON's inspectors and the GUI ----

    public String getName() {
        return name;
    }

    public String getHost() {
        return p.host();
    }

    /** The state blamed for the group's attacks (the host unless another sponsor is named). */
    public String getSponsor() {
        return p.blamedState();
    }

    public String getTarget() {
        return p.target();
    }

    /** Base attack rate, attacks/day. */
    public double getAttackRate() {
        return p.attackRate();
    }

    public double getAttribution() {
        return p.attribution();
    }

    /** Attacks launched so far. */
    public int getAttacks() {
        return launched;
    }

    /** Index of the host state. */
    public int hostIndex() {
        return host;
    }

    /** Index of the state blamed for its attacks. */
    public int sponsorIndex() {
        return sponsor;
    }

    /** Index of the target state. */
    public int targetIndex() {
        return target;
    }
}
