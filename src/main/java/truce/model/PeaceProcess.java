package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Talks and their effects (Beardsley 2006, 2008 on mediator leverage; Fearon 1995 and Walter
 * 1997 on the commitment problem). A round succeeds with probability
 * {@code leverage x (0.5 + 0.5 x mean trust) x (1 - demand gap)}, where the demand gap is the
 * largest shortfall of one state's concession below another's demand. Success raises every
 * state's trust, cuts escalation and may set up monitoring; failure costs trust. Talks also
 * feed the process's momentum, which with trust makes up the "progress" that provokes
 * spoilers (Kydd &amp; Walter 2002). As a phase of the day, it lets momentum fade.
 */
final class PeaceProcess implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Share of momentum that fades each day. */
    private static final double MOMENTUM_DECAY = 0.1;

    private final Talks p;
    private double momentum;
    private int held;
    private int succeeded;
    /** Mean trust of the states as of the end of the previous day. */
    private double meanTrust;

    PeaceProcess(Talks p, double initialMeanTrust) {
        this.p = p;
        this.meanTrust = initialMeanTrust;
    }

    /** Holds a round of talks convened by {@code mediator}; returns whether it succeeded. */
    boolean hold(TruceModel model, Mediator mediator, TalksOutcome fixed) {
        boolean success = switch (fixed) {
            case SUCCESS -> true;
            case FAILURE -> false;
            case MODEL -> model.random.nextBoolean(successChance(model, mediator));
        };
        held++;
        momentum += success ? 1.0 : 0.5;
        if (success) {
            succeeded++;
            for (StateAgent s : model.states()) {
                s.shiftTrust(p.successTrust());
                s.deescalate(p.deescalation());
            }
            if (mediator.monitors()) {
                model.ceasefire().startMonitoring();
            }
        } else {
            for (StateAgent s : model.states()) {
                s.shiftTrust(-p.failureTrust());
            }
        }
        mediator.talksEnded(model.day(), success);
        model.countTalks(success);
        return success;
    }

    double successChance(TruceModel model, Mediator mediator) {
        StateAgent[] states = model.states();
        double gap = 0;
        for (StateAgent a : states) {
            for (StateAgent b : states) {
                if (a != b) {
                    gap = Math.max(gap, a.demand() - b.concession());
                }
            }
        }
        double trust = meanTrust(states);
        return StateAgent.clamp01(mediator.leverage() * (0.5 + 0.5 * trust) * (1 - gap));
    }

    /** Progress of the peace process in [0, 1]: half mean trust, half recent talks momentum. */
    double progress() {
        return 0.5 * meanTrust + 0.5 * Math.min(1, momentum);
    }

    /** Phase "peace process": momentum fades and today's mean trust is noted for spoilers. */
    @Override
    public void step(SimState state) {
        momentum *= 1 - MOMENTUM_DECAY;
        meanTrust = meanTrust(((TruceModel) state).states());
    }

    static double meanTrust(StateAgent[] states) {
        double sum = 0;
        for (StateAgent s : states) {
            sum += s.meanTrust();
        }
        return sum / states.length;
    }

    int held() {
        return held;
    }

    int succeeded() {
        return succeeded;
    }
}
