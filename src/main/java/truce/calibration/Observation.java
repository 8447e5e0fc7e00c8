package truce.calibration;

import truce.model.Ending;

/**
 * One ceasefire's spell: how many days it lasted and how it ended.
 *
 * @param days days from the start until the ending (or until observation stopped, if censored);
 *     finite and {@code >= 0}
 * @param ending how it ended; {@link Ending#IN_FORCE} if still in force at {@code days} (censored)
 */
public record Observation(double days, Ending ending) {

    public Observation {
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("days must be finite and >= 0: " + days);
        }
        if (ending == null) {
            throw new NullPointerException("ending");
        }
    }
}
