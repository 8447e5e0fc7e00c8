package truce.model;

/**
 * What one run reports for one ceasefire. A scenario without a {@code ceasefires:} section has one
 * ceasefire among all its states, reported under the key {@link #SINGLE}.
 *
 * @param key the ceasefire's key in the scenario ({@link #SINGLE} for the one ceasefire of a scenario
 *        without a {@code ceasefires:} section)
 * @param startDay the day it took (or takes) effect
 * @param ending how its spell ended: breakdown, settlement, expiry, or in force at the horizon (also
 *        when it had not started by then)
 * @param endingDay day of that ending; equals the horizon when still in force
 * @param cause why it broke down, or NONE
 * @param breaker the state that chose war (decision rule), or "" if none did
 * @param violations state-on-state violations between its parties while it was in force
 * @param talksHeld talks rounds held on it (by mediators and direct channels)
 * @param talksSucceeded of those, rounds that succeeded
 * @param talksNotHeld scripted talks rounds on it that fell after it had ended in this run, and so
 *        were not held
 */
public record CeasefireOutcome(String key, int startDay, Ending ending, int endingDay, CollapseCause cause,
                               String breaker, int violations, int talksHeld, int talksSucceeded,
                               int talksNotHeld) {

    /** Key of the one ceasefire of a scenario without a {@code ceasefires:} section. */
    public static final String SINGLE = "ceasefire";

    /** Whether it did not break down within the horizon (breakdown-free survival). */
    public boolean survived() {
        return ending != Ending.BREAKDOWN;
    }
}
