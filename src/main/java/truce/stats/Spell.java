package truce.stats;

/**
 * One run's survival spell: how long its ceasefire was observed and whether it ended in collapse.
 * A ceasefire that collapsed on day {@code d} is {@code new Spell(d, true)}; one still in force at
 * the horizon {@code H} is {@code new Spell(H, false)} (right-censored at {@code H}).
 *
 * @param time days from the start of the ceasefire until the collapse (if {@code event}) or until
 *        observation stopped (if censored); finite and {@code >= 0}; {@code -0.0} is stored as
 *        {@code 0.0}
 * @param event true if the ceasefire collapsed at {@code time}, false if censored there
 */
public record Spell(double time, boolean event) {

    /**
     * Checks the time.
     *
     * @throws IllegalArgumentException if {@code time} is NaN or infinite
     * @throws IllegalArgumentException if {@code time < 0}
     */
    public Spell {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("spell time must be finite: " + time);
        }
        if (time < 0) {
            throw new IllegalArgumentException("spell time must be >= 0 days: " + time);
        }
        time = time + 0.0; // -0.0 becomes 0.0, so both sort as one time
    }

    /**
     * A collapse on a day.
     *
     * @param day day of collapse, {@code >= 0}
     * @return {@code new Spell(day, true)}
     * @throws IllegalArgumentException if {@code day < 0}
     */
    public static Spell collapse(double day) {
        return new Spell(day, true);
    }

    /**
     * A ceasefire still in force when observation stopped.
     *
     * @param day day at which it was censored (the horizon for a run that survived), {@code >= 0}
     * @return {@code new Spell(day, false)}
     * @throws IllegalArgumentException if {@code day < 0}
     */
    public static Spell censored(double day) {
        return new Spell(day, false);
    }
}
