package truce.model;

/**
 * What a round of talks does (Beardsley 2006, 2008). The chance of success is
 * {@code leverage x (0.5 + 0.5 x mean trust) x (1 - demand gap)}, where the demand gap is the
 * largest shortfall between one state's demand and another's concession (Fearon 1995's
 * commitment problem: a demand the other side cannot credibly meet sinks talks).
 *
 * @param successTrust trust gained by every state when talks succeed
 * @param failureTrust trust lost by every state when talks fail
 * @param deescalation share of every state's escalation removed by a success
 */
public record Talks(
        @Param(unit = "trust", min = 0, max = 1, def = "0.1",
               doc = "trust every state gains when talks succeed")
        double successTrust,
        @Param(unit = "trust", min = 0, max = 1, def = "0.05",
               doc = "trust every state loses when talks fail")
        double failureTrust,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.3",
               doc = "share of every state's escalation removed when talks succeed")
        double deescalation) {
}
