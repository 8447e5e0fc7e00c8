package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Talks on one ceasefire and their effects (Beardsley 2006, 2008; Walter 2002; Fearon 1995; Kydd
 * &amp; Walter 2002). A round, convened by a mediator or a direct channel serving the ceasefire,
 * succeeds with probability {@code leverage x (1 - w + w x mean trust) x (1 - gap)}, where w is
 * {@code talks.trustWeight}, mean trust and gap (the largest commitment gap, see
 * {@link StateAgent#commitmentGap}) being taken among the ceasefire's parties. Success raises each
 * party's trust in the other parties, cuts its escalation toward them, leaves the convener's deal
 * (see {@link Mediator}), may set up monitoring, and is a milestone: the ceasefire's momentum is
 * set to 1 and then fades by {@code momentumDecay} a day, and spoilers attack more while it is
 * high. With probability {@code settlement x lowest trust} a success supersedes the ceasefire with
 * a stronger agreement (a settlement). Failure costs each party {@code failureTrust x stakes} of
 * its trust in the others, the stakes being the highest escalation between the parties. Talks
 * touch only the ceasefire's parties. At most one round a day per ceasefire.
 */
final class PeaceProcess implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Talks p;
    private final Ceasefire ceasefire;
    private double momentum;
    private int lastRound = Integer.MIN_VALUE;

    PeaceProcess(Talks p, Ceasefire ceasefire) {
        this.p = p;
        this.ceasefire = ceasefire;
        this.momentum = p.momentum();
    }

    /** Holds a round of talks convened by {@code convener}; returns whether it succeeded. */
    boolean hold(TruceModel model, Convener convener, TalksOutcome fixed) {
        boolean success = switch (fixed) {
            case SUCCESS -> true;
            case FAILURE -> false;
            case MODEL -> model.random.nextBoolean(successChance(model, convener));
        };
        lastRound = model.day();
        int[] parties = ceasefire.parties;
        if (success) {
            momentum = 1;
            for (int s : parties) {
                model.state(s).shiftTrust(p.successTrust(), parties);
                model.state(s).deescalate(p.deescalation(), parties);
            }
            if (convener.monitors()) {
                ceasefire.startMonitoring();
            }
            if (p.settlement() > 0 && model.random.nextBoolean(p.settlement() * ceasefire.lowestTrust(model))) {
                ceasefire.end(model.day(), Ending.SETTLEMENT);
            }
        } else {
            double stakes = ceasefire.maxEscalation(model);
            for (int s : parties) {
                model.state(s).shiftTrust(-p.failureTrust() * stakes, parties);
            }
        }
        convener.talksEnded(ceasefire, model.day(), success);
        model.countTalks(success);
        ceasefire.countTalks(success);
        return success;
    }

    double successChance(TruceModel model, Convener convener) {
        double trust = ceasefire.meanTrust(model);
        return StateAgent.clamp01(convener.leverage() * (1 - p.trustWeight() + p.trustWeight() * trust)
                * (1 - commitmentGap(model)));
    }

    /** The largest commitment gap between any two of the ceasefire's parties. */
    double commitmentGap(TruceModel model) {
        double narrowing = ceasefire.narrowing();
        double gap = 0;
        for (int a : ceasefire.parties) {
            for (int b : ceasefire.parties) {
                if (a != b) {
                    gap = Math.max(gap, model.state(a).commitmentGap(model.state(b), narrowing));
                }
            }
        }
        return gap;
    }

    /** Whether a round was held on the given day. */
    boolean heldOn(int day) {
        return lastRound == day;
    }

    /** Momentum of the process in [0, 1]: 1 right after a successful round (a milestone). */
    double momentum() {
        return momentum;
    }

    /** Phase "peace process": momentum fades. */
    @Override
    public void step(SimState state) {
        momentum *= 1 - p.momentumDecay();
    }
}
