package truce.calibration;

import java.util.List;
import truce.model.RunOutcome;

/**
 * A simulated run as a spell, so that runs and observed ceasefires are summarised alike.
 *
 * <p>A run's spell ends with its ending (breakdown, settlement, expiry) on its ending day, or is
 * censored at the horizon if still in force. While the model has no mechanism that settles or
 * expires a ceasefire, its runs say nothing about those endings, so calibrations compare survival
 * from breakdown only by default: the observed survival is the cause-specific Kaplan–Meier, in
 * which the other endings censor, and that is the curve a model without them should reproduce
 * (if the endings are independent). Comparing the incidence of breakdown as well would pull the
 * other way, since without competing endings the model's incidence of breakdown is 1 - S.
 */
public final class SimulatedSpells {

    private SimulatedSpells() {
    }

    /** A run's spell. */
    public static Observation of(RunOutcome o) {
        return new Observation(o.endingDay(), o.ending());
    }


    /**
     * The measures compared by default: survival from breakdown, and the cumulative incidence of
     * each ending once the model reports competing endings.
     */
    public static List<Measure> defaultMeasures() {
        return List.of(Measure.SURVIVAL);
    }
}
