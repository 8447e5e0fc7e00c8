package truce.model;

/**
 * Parameters of one state party to the ceasefire (e.g. Pakistan, the Afghan Taliban).
 *
 * @param trust initial belief that the counterparts are committed (Kydd &amp; Walter 2002)
 * @param trustGain per-day gain toward 1 after a day of observed restraint
 * @param trustLoss fraction of trust lost per perceived violation of unit severity
 * @param believedControl what this state believes its counterparts' control over the groups they host is
 * @param forgiveness probability of not retaliating for a perceived violation (Wu &amp; Axelrod 1995)
 * @param perceptionNoise daily probability of perceiving a violation that did not happen
 * @param escalation initial escalation level (Richardson 1960)
 * @param reactivity Richardson's a: escalation added per hostile act suffered
 * @param restraint Richardson's m: fraction of escalation that decays each day
 * @param grievance Richardson's g: escalation added per day per casualty of domestic pressure
 * @param pressureDecay fraction of domestic pressure that fades each day
 * @param aggression daily probability of an unprovoked violation at full escalation and zero trust
 * @param control this state's capacity to stop the militant groups it hosts
 * @param will this state's willingness to use that capacity
 * @param demand what this state demands of its counterparts at talks (Fearon 1995; Walter 1997)
 * @param concession the most this state will concede at talks
 */
public record StateSpec(
        @Param(unit = "probability", min = 0, max = 1, def = "0.5",
               doc = "initial belief that the counterparts are committed to the ceasefire")
        double trust,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.01",
               doc = "share of the gap to full trust regained per day of observed restraint")
        double trustGain,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.25",
               doc = "share of trust lost per perceived violation of unit severity")
        double trustLoss,
        @Param(unit = "probability", min = 0, max = 1, def = "0.5",
               doc = "believed control of the counterparts over the militants they host; scales blame for attacks")
        double believedControl,
        @Param(unit = "probability", min = 0, max = 1, def = "0.33",
               doc = "chance of not retaliating for a perceived violation (0 = strict tit-for-tat)")
        double forgiveness,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.01",
               doc = "daily chance of perceiving a violation that did not happen (an accident or rumour)")
        double perceptionNoise,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.2",
               doc = "initial escalation on the ladder (1 = major offensive)")
        double escalation,
        @Param(unit = "level/act", min = 0, max = 1, def = "0.1",
               doc = "Richardson a: escalation added per hostile act suffered, times its severity")
        double reactivity,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.05",
               doc = "Richardson m: share of escalation that decays each day")
        double restraint,
        @Param(unit = "level/(casualty*day)", min = 0, max = 1, def = "0.002",
               doc = "Richardson g: daily escalation per casualty of domestic pressure")
        double grievance,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.1",
               doc = "share of domestic pressure (casualties) that fades each day")
        double pressureDecay,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.05",
               doc = "daily chance of an unprovoked violation at full escalation and zero trust")
        double aggression,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "capacity to stop the militant groups this state hosts")
        double control,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "willingness to use that capacity; restraint = control x will")
        double will,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.3",
               doc = "what this state demands of its counterparts at talks")
        double demand,
        @Param(unit = "level 0-1", min = 0, max = 1, def = "0.5",
               doc = "the most this state will concede at talks")
        double concession) {
}
