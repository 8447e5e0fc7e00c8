package truce.model;

/**
 * A direct channel between the two parties of one ceasefire: talks without a third party, such as
 * the India–Pakistan hotline between the Directors General of Military Operations (DGMO talks). It
 * convenes talks on its ceasefire like a mediator ({@link Mediator}), with its own leverage and
 * schedule, but it guarantees no deal and sets up no monitoring: only the parties stand behind
 * what they agree (Walter 2002: without a third-party guarantee, a deal adds no cost of defecting).
 * Its talks touch only its ceasefire's parties.
 *
 * @param ceasefire the ceasefire it serves
 * @param leverage initial leverage: how much a round through it can achieve
 * @param leverageDecay share of leverage lost per day without renewal
 * @param renewal leverage regained when its talks succeed
 * @param talksEvery interval of scheduled talks; 0 for none
 * @param escalationTrigger escalation at which the parties use it on their own
 * @param cooldown minimum days between two rounds through it
 */
public record ChannelSpec(
        @Param(ref = "ceasefires", doc = "the ceasefire whose two parties talk through this channel")
        String ceasefire,
        @Param(unit = "probability", min = 0, max = 1, def = "0.3",
               doc = "initial leverage of the channel; scales the chance that its talks succeed")
        double leverage,
        @Param(unit = "1/day", min = 0, max = 1, def = "0",
               doc = "share of the channel's leverage lost each day without renewal")
        double leverageDecay,
        @Param(unit = "leverage", min = 0, max = 1, def = "0",
               doc = "leverage the channel regains when its talks succeed")
        double renewal,
        @Param(unit = "days", min = 0, max = 3650, def = "0",
               doc = "interval between scheduled rounds through the channel (0 = none; a weekly hotline call: 7)")
        int talksEvery,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.5",
               doc = "escalation of either party toward the other at which the parties use the channel on their own")
        double escalationTrigger,
        @Param(unit = "days", min = 1, max = 3650, def = "1",
               doc = "minimum days between two rounds through the channel")
        int cooldown) {

    /** This channel as a mediator that guarantees nothing and monitors nothing, serving its one ceasefire. */
    MediatorSpec asMediator() {
        return new MediatorSpec(leverage, leverageDecay, renewal, talksEvery, escalationTrigger, cooldown, false, 0,
                java.util.List.of(ceasefire));
    }
}
