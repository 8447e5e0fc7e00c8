package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Talks and their effects (Beardsley 2006, 2008; Walter 2002; Fearon 1995; Kydd &amp; Walter 2002).
 * A round succeeds with probability {@code leverage x (1 - w + w x mean trust) x (1 - gap)}, where
 * w is {@code talks.trustWeight} and gap the largest commitment gap between two states (see
 * {@link StateAgent#commitmentGap}). Success raises every state's trust, cuts its escalation,
 * leaves the mediator's deal (see {@link Mediator}), may set up monitoring, and is a milestone:
 * momentum is set to 1 and then fades by {@code momentumDecay} a day, and spoilers attack more
 * while it is high. With probability {@code settlement x lowest trust} a success supersedes the
 * ceasefire with a stronger agreement (a settlement). Failure costs every state
 * {@code failureTrust x stakes}, the stakes being the highest escalation between the parties.
 * At most one round a day: a mediator does not convene on a day that already had one.
 */
final class PeaceProcess implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Talks p;
    private double momentum;
    private int lastRound = Integer.MIN_VALUE;

    PeaceProcess(Talks p) {
        this.p = p;
        this.momentum = p.momentum();
    }

    /** Holds a round of talks convened by {@code mediator}; returns whether it succeeded. */
    boolean hold(TruceModel model, Mediator mediator, TalksOutcome fixed) {
        boolean success = switch (fixed) {
            case SUCCESS -> true;
            case FAILURE -> false;
            case MODEL -> model.random.nextBoolean(successChance(model, mediator));
        };
        lastRound = model.day();
        StateAgent[] states = model.states();
        if (success) {
            momentum = 1;
            for (StateAgent s : states) {
                s.shiftTrust(p.successTrust());
                s.deescalate(p.deescalation());
            }
            if (mediator.monitors()) {
                model.ceasefire().startMonitoring();
            }
            if (p.settlement() > 0 && model.random.nextBoolean(p.settlement() * lowestTrust(states))) {
                model.ceasefire().end(model.day(), Ending.SETTLEMENT);
            }
        } else {
            double stakes = model.maxEscalation();
            for (StateAgent s : states) {
                s.shiftTrust(-p.failureTrust() * stakes);
            }
        }
        mediator.talksEnded(model.day(), success);
        model.countTalks(success);
        return success;
    }

    double successChance(TruceModel model, Mediator mediator) {
        double trust = meanTrust(model.states());
        return StateAgent.clamp01(mediator.leverage() * (1 - p.trustWeight() + p.trustWeight() * trust)
                * (1 - commitmentGap(model)));
    }

    /** The largest commitment gap between any two states. */
    static double commitmentGap(TruceModel model) {
        double narrowing = model.ceasefire().narrowing();
        double gap = 0;
        for (StateAgent a : model.states()) {
            for (StateAgent b : model.states()) {
                if (a != b) {
                    gap = Math.max(gap, a.commitmentGap(b, narrowing));
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

    static double meanTrust(StateAgent[] states) {
        double sum = 0;
        for (StateAgent s : states) {
            sum += s.meanTrust();
        }
        return sum / states.length;
    }

    private static double lowestTrust(StateAgent[] states) {
        double min = 1;
        for (StateAgent s : states) {
            min = Math.min(min, s.minTrustNow());
        }
        return min;
    }
}
