package truce.model;

import java.util.List;

/**
 * The daily record of one run.
 *
 * @param states state names, in the order of each day's trust and escalation lists
 * @param days one record per simulated day, from day 0
 * @param massCasualty casualties from which one attack counts as mass-casualty (the scenario's
 *        {@code massCasualty})
 */
public record Trajectory(List<String> states, List<DayRecord> days, double massCasualty) {

    public Trajectory {
        states = List.copyOf(states);
        days = List.copyOf(days);
    }
}
