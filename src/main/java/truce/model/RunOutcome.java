package truce.model;

import java.util.List;

/**
 * What one run reports (DESIGN.md section 3). A pure function of (scenario, seed).
 *
 * @param seed the run's seed
 * @param horizon days simulated if the ceasefire survived
 * @param survived whether the ceasefire was still in force at the horizon
 * @param collapseDay day of collapse; equals {@code horizon} when censored (survived)
 * @param cause why it collapsed, or NONE
 * @param states per-state outcomes, in declaration order
 * @param attacks militant attacks
 * @param massCasualtyAttacks attacks with at least {@link #MASS_CASUALTY} casualties
 * @param casualties casualties of militant attacks
 * @param talksHeld talks rounds held
 * @param talksSucceeded talks rounds that succeeded
 * @param peakEscalation highest escalation of any state
 */
public record RunOutcome(long seed, int horizon, boolean survived, int collapseDay,
                         CollapseCause cause, List<StateOutcome> states, int attacks,
                         int massCasualtyAttacks, double casualties, int talksHeld,
                         int talksSucceeded, double peakEscalation) {

    /** Casualty count from which an attack counts as mass-casualty. */
    public static final double MASS_CASUALTY = 10.0;

    public RunOutcome {
        states = List.copyOf(states);
    }

    /** Total state-on-state violations by all states. */
    public int violations() {
        return states.stream().mapToInt(StateOutcome::violations).sum();
    }
}
