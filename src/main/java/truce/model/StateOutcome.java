package truce.model;

/**
 * What one run reports for one state.
 *
 * @param name the state's name
 * @param violations ceasefire violations this state committed (retaliations, unprovoked, strikes)
 * @param finalTrust mean trust in its counterparts at the end of the run
 * @param minTrust lowest mean trust in its counterparts during the run
 * @param peakEscalation highest escalation reached during the run
 */
public record StateOutcome(String name, int violations, double finalTrust, double minTrust,
                           double peakEscalation) {
}
