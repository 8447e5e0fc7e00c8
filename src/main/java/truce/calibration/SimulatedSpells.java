package truce.calibration;

import java.util.List;
import truce.model.RunOutcome;

/**
 * A simulated run as a spell, so that runs and observed ceasefires are summarised alike.
 *
 * <p>A run's spell ends with its ending (breakdown, settlement, expiry) on its ending day, or is
 * censored at the horizon if still in force, exactly as an observed ceasefire's.
 */
public final class SimulatedSpells {

    private SimulatedSpells() {
    }

    /** A run's spell. */
    public static Observation of(RunOutcome o) {
        return new Observation(o.endingDay(), o.ending());
    }


    /**
     * The measures compared by default: survival from breakdown and the cumulative incidence of
     * each ending (breakdown, settlement, expiry), the model's runs ending in the same competing
     * ways as the data's ceasefires.
     */
    public static List<Measure> defaultMeasures() {
        return List.of(Measure.SURVIVAL, Measure.incidence(truce.model.Ending.BREAKDOWN),
                Measure.incidence(truce.model.Ending.SETTLEMENT), Measure.incidence(truce.model.Ending.EXPIRY));
    }
}
