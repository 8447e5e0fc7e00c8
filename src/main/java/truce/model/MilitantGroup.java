package truce.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * A militant group: a spoiler that neither state fully controls (Stedman 1997; Kydd &amp; Walter
 * 2002). Each day it launches a Poisson number of attacks at rate
 * {@code attackRate x (1 - control x will of its host) x (1 + spoilerBoost x progress)}: the
 * host's restraint cuts it and an advancing peace process provokes it. Casualties follow a
 * Pareto law (heavy-tailed, so rare mass-casualty attacks occur). The victim blames the host
 * state with probability {@code attribution}, cut by monitoring.
 */
public final class MilitantGroup implements Steppable {

    private static final long serialVersionUID = 1L;

    final String name;
    final int host;
    final int target;
    private final GroupSpec p;
    private Poisson attacks;
    private int launched;

    MilitantGroup(String name, int host, int target, GroupSpec p) {
        this.name = name;
        this.host = host;
        this.target = target;
        this.p = p;
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        double rate = p.attackRate() * (1 - model.state(host).restraintOfHostedGroups())
                * (1 + p.spoilerBoost() * model.peace().progress());
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

    double attribution() {
        return p.attribution();
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

    /** Index of the target state. */
    public int targetIndex() {
        return target;
    }
}
