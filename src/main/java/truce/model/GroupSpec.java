package truce.model;

/**
 * Parameters of one militant group, a potential spoiler that neither state fully controls
 * (Stedman 1997; Kydd &amp; Walter 2002). Where it shelters ({@code host}) and whom its target
 * blames for it ({@code sponsor}) may differ: Pakistan blames India for the BLA, which shelters in
 * Pakistan and Afghanistan (Byman 2005 on state sponsorship as distinct from safe haven).
 *
 * @param host the state on whose territory the group is based: its control, will and crackdowns
 *        restrain the group
 * @param sponsor the state its target blames for the group's attacks; null means the host
 * @param target the state the group attacks
 * @param attackRate base attack rate before the host's restraint
 * @param spoilerBoost how much the attack rate rises as the peace process advances
 * @param casualtyScale smallest casualty count of an attack (Pareto scale)
 * @param casualtyTail Pareto tail index of casualties; smaller means heavier tails
 * @param attribution probability that an attack of the smallest size is blamed on the sponsor
 */
public record GroupSpec(
        @Param(ref = "states", doc = "state on whose territory the group is based")
        String host,
        @Param(ref = "states", def = Param.NONE, doc = "state the target blames for the group's attacks (default: the"
                + " host); a sponsor equal to the target makes the group domestic, never blamed on another state"
                + " (Byman 2005)")
        String sponsor,
        @Param(ref = "states", doc = "state the group attacks")
        String target,
        @Param(unit = "attacks/day", min = 0, max = 50, def = "0.5",
               doc = "base rate of attacks (Poisson) before the host's restraint cuts it")
        double attackRate,
        @Param(unit = "multiplier", min = 0, max = 10, def = "0.5",
               doc = "rate multiplier per unit of the peace process's momentum: spoilers strike around"
                       + " milestones (Kydd & Walter 2002)")
        double spoilerBoost,
        @Param(unit = "casualties", min = 0.1, max = 1000, def = "2",
               doc = "Pareto scale: smallest casualty count of an attack")
        double casualtyScale,
        @Param(unit = "tail index", min = 1.01, max = 10, def = "1.6",
               doc = "Pareto tail index of casualties (smaller = more mass-casualty attacks)")
        double casualtyTail,
        @Param(unit = "probability", min = 0, max = 1, def = "0.5",
               doc = "chance an attack of casualtyScale casualties is blamed on the sponsor; c casualties are"
                       + " blamed with 1 - (1 - attribution)^(c / casualtyScale), as if each casualtyScale of"
                       + " casualties were an independent clue (Kydd & Walter 2002)")
        double attribution) {

    /** The state blamed for the group's attacks: the sponsor if one is named, else the host. */
    public String blamedState() {
        return sponsor != null ? sponsor : host;
    }
}
