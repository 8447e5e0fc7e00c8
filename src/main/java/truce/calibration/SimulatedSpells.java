package truce.calibration;

import java.util.List;
import truce.model.RunOutcome;

/**
 * A simulated run as a spell, so that runs and observed ceasefires are summarised alike.
 *
 * <p>The model reports one ending today: a collapse is a breakdown, and a ceasefire in force at
 * the horizon is censored there. Until it reports competing endings, its runs say nothing about
 * settlement or expiry, so calibrations compare survival from breakdown only; the observed
 * survival is the cause-specific Kaplan–Meier, in which the other endings censor, and that is
 * the curve a model without them should reproduce (if endings are independent).
 */
public final class SimulatedSpells {

    private SimulatedSpells() {
    }

    /** A run's spell. */
    public static Observation of(RunOutcome o) {
        return o.survived() ? new Observation(o.horizon(), Ending.CENSORED) : new Observation(o.collapseDay(), Ending.BREAKDOWN);
    }

    /** A row of {@code runs.csv} as a spell, from its {@code survived} and {@code collapse_day} columns. */
    public static Observation of(boolean survived, int collapseDay) {
        return new Observation(collapseDay, survived ? Ending.CENSORED : Ending.BREAKDOWN);
    }

    /**
     * The measures compared by default: survival from breakdown, and the cumulative incidence of
     * each ending once the model reports competing endings.
     */
    public static List<Measure> defaultMeasures() {
        return List.of(Measure.SURVIVAL);
    }
}
