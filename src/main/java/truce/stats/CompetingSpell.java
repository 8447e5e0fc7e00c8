package truce.stats;

/**
 * One run's spell when a ceasefire can end in several ways (competing risks): how long it was
 * observed and how it ended. Cause {@code 0} means censored (still in force when observation
 * stopped); causes {@code 1..K} are the kinds of ending (for a ceasefire: breakdown, settlement,
 * expiry, numbered by the caller).
 *
 * @param time days from the start until the ending (or until observation stopped); finite,
 *        {@code >= 0}; {@code -0.0} is stored as {@code 0.0}
 * @param cause {@code 0} if censored at {@code time}, else the ending's number, {@code >= 1}
 */
public record CompetingSpell(double time, int cause) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code time} is NaN, infinite or negative
     * @throws IllegalArgumentException if {@code cause < 0}
     */
    public CompetingSpell {
        if (!Double.isFinite(time) || time < 0) {
            throw new IllegalArgumentException("spell time must be finite and >= 0 days: " + time);
        }
        if (cause < 0) {
            throw new IllegalArgumentException("cause must be 0 (censored) or >= 1: " + cause);
        }
        time = time + 0.0;
    }
}
