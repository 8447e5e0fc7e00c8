package truce.model;

/**
 * Parameters of one mediator (Beardsley 2006, 2008; Walter 2002 on third-party guarantees).
 *
 * @param leverage initial leverage over the parties
 * @param leverageDecay share of leverage lost per day without renewal
 * @param renewal leverage regained when talks it convenes succeed
 * @param talksEvery interval of scheduled talks; 0 for none
 * @param escalationTrigger escalation at which the mediator convenes talks on its own
 * @param cooldown minimum days between two talks it convenes
 * @param monitors whether successful talks under this mediator set up a monitoring mission
 * @param guarantee cost of defecting its deal adds per unit of its current leverage
 * @param serves the keys of the ceasefires it serves; empty for every ceasefire
 */
public record MediatorSpec(
        @Param(unit = "probability", min = 0, max = 1, def = "0.5",
               doc = "initial leverage; scales the chance that talks succeed")
        double leverage,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.01",
               doc = "share of leverage lost each day without renewal")
        double leverageDecay,
        @Param(unit = "leverage", min = 0, max = 1, def = "0.1",
               doc = "leverage regained when talks this mediator convenes succeed")
        double renewal,
        @Param(unit = "days", min = 0, max = 3650, def = "0",
               doc = "interval between scheduled talks rounds (0 = none scheduled)")
        int talksEvery,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.5",
               doc = "escalation (of either state) at which the mediator convenes talks on its own")
        double escalationTrigger,
        @Param(unit = "days", min = 1, max = 3650, def = "7",
               doc = "minimum days between two talks this mediator convenes")
        int cooldown,
        @Param(unit = "boolean", def = "false",
               doc = "whether a success under this mediator sets up a monitoring mission")
        boolean monitors,
        @Param(unit = "level 0-1 per leverage", min = 0, max = 1, def = "0.1",
               doc = "cost of defecting that a deal this mediator brokered adds, times its current leverage:"
                       + " it fades as leverage lapses (Beardsley 2008; Walter 2002)")
        double guarantee,
        @Param(ref = "ceasefires", def = "[]",
               doc = "keys of the ceasefires this mediator serves, e.g. [western] (left out: every ceasefire)")
        java.util.List<String> serves) {

    public MediatorSpec {
        serves = java.util.List.copyOf(serves);
    }
}
