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
 * @param accidents daily probability of an unintended violation against each counterpart
 * @param contrition probability of accepting a counterpart's reply to one's own accident unanswered
 * @param opportunism daily probability of an unprovoked violation, times the believed forgiveness of the victim
 * @param overreaction how much escalation enlarges a retaliation beyond the act it answers
 * @param unmetDemand Richardson's standing grievance: escalation added per day per unit of commitment gap
 * @param warCost domestic cost of war: how much escalation it takes to choose war over the ceasefire
 * @param trustValue how much trust in a counterpart adds to the value of holding the ceasefire with it
 * @param attackSignal share of blamed attacks a committed host in control would have stopped (Bayes)
 * @param crackdown daily probability of cracking down on hosted groups per unit of a victim's escalation
 * @param crackdownDays days a crackdown lasts
 * @param crackdownSignal likelihood ratio of a crackdown: how much likelier a committed state cracks down
 * @param audienceCost escalation toward a violator added per unit of severity left unanswered
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
               doc = "prior belief that a counterpart controls the militants it hosts; updated by Bayes after"
                       + " blamed attacks (Kydd & Walter 2002)")
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
               doc = "Richardson a: escalation toward a counterpart added per violation by it, times its severity")
        double reactivity,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.05",
               doc = "Richardson m: share of escalation that decays each day")
        double restraint,
        @Param(unit = "level/(casualty*day)", min = 0, max = 1, def = "0.002",
               doc = "Richardson g: daily escalation toward a counterpart per casualty blamed on it (pressure)")
        double grievance,
        @Param(unit = "1/day", min = 0, max = 1, def = "0.1",
               doc = "share of pressure (casualties, blamed or not) that fades each day")
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
               doc = "the most this state will concede at talks; a promise to restrain groups counts only up to"
                       + " its control and the other side's believed control (Fearon 1995; Walter 2002)")
        double concession,
        @Param(unit = "1/day", min = 0, max = 1, def = "0",
               doc = "daily chance of an unintended violation against each counterpart (Wu & Axelrod 1995's"
                       + " noise in implementation)")
        double accidents,
        @Param(unit = "probability", min = 0, max = 1, def = "0",
               doc = "contrition: chance of accepting, unanswered and without losing trust, the reply to one's own"
                       + " accident (Wu & Axelrod 1995)")
        double contrition,
        @Param(unit = "1/day", min = 0, max = 1, def = "0",
               doc = "opportunism: daily chance of an unprovoked violation, times its expected net gain"
                       + " max(0, 2f - 1), f the victim's forgiveness estimated from its replies (Wu & Axelrod 1995's"
                       + " exploiters)")
        double opportunism,
        @Param(unit = "multiplier", min = 0, max = 5, def = "0.5",
               doc = "retaliation severity = severity answered x (1 + overreaction x escalation toward the target)")
        double overreaction,
        @Param(unit = "level/day", min = 0, max = 1, def = "0",
               doc = "Richardson g (standing grievance): escalation added per day per unit of commitment gap"
                       + " with a counterpart")
        double unmetDemand,
        @Param(unit = "level 0-1", min = 0, max = 2, def = "0.9",
               doc = "domestic cost of war: a state resumes war when its escalation toward a counterpart reaches"
                       + " warCost + the agreement's defection costs + trustValue x trust (Fearon 1995)")
        double warCost,
        @Param(unit = "level 0-1", min = 0, max = 2, def = "0",
               doc = "value of holding the ceasefire per unit of trust in the counterpart (Kydd & Walter 2002)")
        double trustValue,
        @Param(unit = "fraction", min = 0, max = 1, def = "0.5",
               doc = "Bayesian weight of a blamed attack: the share of such attacks a committed host in control"
                       + " would have stopped (Kydd & Walter 2002)")
        double attackSignal,
        @Param(unit = "1/day per level", min = 0, max = 1, def = "0",
               doc = "daily chance of cracking down on the groups it hosts, per unit of their victim's escalation"
                       + " toward it (will rises under pressure)")
        double crackdown,
        @Param(unit = "days", min = 1, max = 365, def = "7",
               doc = "days a crackdown lasts: the state's will is 1 meanwhile, and the crackdown is not repeated")
        int crackdownDays,
        @Param(unit = "likelihood ratio", min = 1, max = 100, def = "2",
               doc = "how much likelier a committed state is to crack down than an uncommitted one: a costly"
                       + " signal that raises its counterparts' trust by Bayes (Kydd & Walter 2002)")
        double crackdownSignal,
        @Param(unit = "level/severity", min = 0, max = 1, def = "0",
               doc = "audience cost of forbearance: escalation toward a violator added per unit of severity this"
                       + " state leaves unanswered, the sucker's payoff that makes exploitation costly (Fearon 1994;"
                       + " Wu & Axelrod 1995)")
        double audienceCost) {
}
