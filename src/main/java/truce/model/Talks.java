package truce.model;

/**
 * What a round of talks does (Beardsley 2006, 2008; Walter 2002; Kydd &amp; Walter 2002). A
 * round succeeds with probability {@code leverage x (1 - trustWeight + trustWeight x mean trust)
 * x (1 - commitment gap)}. Success raises every state's trust, cuts its escalation and is a
 * milestone of the process (momentum 1, which provokes spoilers); it may mature into a
 * settlement with probability {@code settlement x lowest trust}. Failure costs every state
 * {@code failureTrust x stakes}, the stakes being the highest escalation between the parties.
 *
 * @param successTrust trust gained by every state when talks succeed
 * @param failureTrust trust lost by every state when talks fail at full stakes
 * @param deescalation share of every state's escalation removed by a success
 * @param trustWeight how much the chance of success depends on mean trust
 * @param momentumDecay share of the process's momentum that fades each day
 * @param settlement chance that a success, at full mutual trust, supersedes the ceasefire
 * @param momentum momentum of the process on the first simulated day
 */
public record Talks(
        @Param(unit = "trust", min = 0, max = 1, def = "0.1",
               doc = "trust every state gains when talks succeed")
        double successTrust,
        @Param(unit = "trust", min = 0, max = 1, def = "0.1",
               doc = "trust every state loses when talks fail, times the stakes (the highest escalation"
                       + " between the parties)")
        double failureTrust,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.3",
               doc = "share of every state's escalation removed when talks succeed")
        double deescalation,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "weight of mean trust in the chance of success: leverage x (1 - w + w x trust) x (1 - gap)")
        double trustWeight,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.1",
               doc = "share of the process's momentum (1 after a successful round: a milestone) that fades"
                       + " each day")
        double momentumDecay,
        @Param(unit = "probability", min = 0, max = 1, def = "0",
               doc = "chance that a successful round, times the lowest trust, matures into a settlement that"
                       + " supersedes the ceasefire")
        double settlement,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0",
               doc = "momentum of the process on the first simulated day (a stated starting condition)")
        double momentum) {
}
