package truce.model;

import java.util.List;

/**
 * What one run reports (the README, "What one run reports"). A pure function of (scenario, seed).
 *
 * @param seed the run's seed
 * @param horizon days simulated if the ceasefire survived
 * @param survived whether the ceasefire did not break down within the horizon (breakdown-free
 *        survival: a ceasefire that ended in settlement or expiry never broke down)
 * @param collapseDay day of breakdown; equals {@code horizon} when it did not break down
 * @param cause why it broke down, or NONE
 * @param ending how the ceasefire's spell ended: breakdown, settlement, expiry, or in force at the horizon
 * @param endingDay day of that ending; equals {@code horizon} when still in force
 * @param states per-state outcomes, in declaration order
 * @param attacks militant attacks
 * @param massCasualtyAttacks attacks with at least the scenario's {@code massCasualty} casualties
 * @param casualties casualties of militant attacks
 * @param talksHeld talks rounds held
 * @param talksSucceeded talks rounds that succeeded
 * @param peakEscalation highest escalation of any state
 * @param ceasefires per-ceasefire outcomes, in declaration order: one, keyed
 *        {@link CeasefireOutcome#SINGLE}, for a scenario without a {@code ceasefires:} section; with
 *        several, the fields above ({@code survived}, {@code collapseDay}, {@code cause},
 *        {@code ending}, {@code endingDay}) describe the composite "every ceasefire still in force",
 *        which ends with the first ceasefire to end (declaration order breaks ties)
 */
public record RunOutcome(long seed, int horizon, boolean survived, int collapseDay,
                         CollapseCause cause, Ending ending, int endingDay, List<StateOutcome> states, int attacks,
                         int massCasualtyAttacks, double casualties, int talksHeld,
                         int talksSucceeded, double peakEscalation, List<CeasefireOutcome> ceasefires) {

    public RunOutcome {
        states = List.copyOf(states);
        ceasefires = List.copyOf(ceasefires);
        if (survived != (ending != Ending.BREAKDOWN)) {
            throw new IllegalArgumentException("survived must mean: the ending is not a breakdown");
        }
    }

    /** Total state-on-state violations by all states. */
    public int violations() {
        return states.stream().mapToInt(StateOutcome::violations).sum();
    }
}
