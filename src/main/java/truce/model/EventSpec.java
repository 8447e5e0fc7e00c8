package truce.model;

/**
 * One exogenous event on a given day, used to replay a historical timeline. Which fields an
 * event needs depends on its type (see {@link EventType}); the others must be left out.
 *
 * @param day day on which the event happens (day 0 is the ceasefire)
 * @param type kind of event
 * @param note free text saying what the event stands for
 * @param group for attacks: the militant group
 * @param casualties for attacks: the casualty count, or null to draw it
 * @param blamed for attacks: whether the victim blames the host state, or null to draw it
 * @param mediator for talks: the convening mediator (or leave it out and name a channel)
 * @param channel for talks: the direct channel the parties talk through, instead of a mediator
 * @param outcome for talks: model, success or failure
 * @param by for strikes: the striking state
 * @param against for strikes: the state struck; for coercion: the state coerced
 * @param state for demand changes: the state whose demand changes; for coercion: the coercing state
 * @param value for demand changes: the new demand; for coercion: the escalation it adds
 * @param enabled whether the event happens (false switches it off, e.g. from a sweep)
 * @param ceasefire for talks and monitoring: the ceasefire concerned (needed when the scenario has
 *        several ceasefires, except for talks through a channel, which are on the channel's)
 */
public record EventSpec(
        @Param(unit = "day", min = 0, max = 36500, doc = "day of the event (day 0 = the ceasefire)")
        int day,
        @Param(unit = "attack|talks|strike|demand|monitoring|coercion", doc = "kind of event")
        EventType type,
        @Param(def = Param.NONE, doc = "free text saying what the event stands for")
        String note,
        @Param(ref = "militants", def = Param.NONE, doc = "attack: the militant group")
        String group,
        @Param(unit = "casualties", min = 0, max = 100000, def = Param.NONE,
               doc = "attack: casualty count (drawn from the group's Pareto law if left out)")
        Double casualties,
        @Param(unit = "boolean", def = Param.NONE,
               doc = "attack: whether the victim blames the host state (drawn if left out)")
        Boolean blamed,
        @Param(ref = "mediators", def = Param.NONE, doc = "talks: the convening mediator (or a channel instead)")
        String mediator,
        @Param(ref = "channels", def = Param.NONE,
               doc = "talks: the direct channel the parties talk through, instead of a mediator; the talks are"
                       + " on its ceasefire")
        String channel,
        @Param(unit = "model|success|failure", def = "model",
               doc = "talks: outcome, drawn by the model unless fixed")
        TalksOutcome outcome,
        @Param(ref = "states", def = Param.NONE, doc = "strike: the striking state")
        String by,
        @Param(ref = "states", def = Param.NONE, doc = "strike: the state struck; coercion: the state coerced")
        String against,
        @Param(ref = "states", def = Param.NONE,
               doc = "demand: the state whose demand changes; coercion: the coercing state")
        String state,
        @Param(unit = "level 0-1", min = 0, max = 1, def = Param.NONE,
               doc = "demand: the new demand; coercion: the escalation it adds, x(against -> state) += value"
                       + " (Richardson 1960's grievance as a one-off shock)")
        Double value,
        @Param(ref = "ceasefires", def = Param.NONE,
               doc = "talks, monitoring: the ceasefire concerned (required when the scenario has several)")
        String ceasefire,
        @Param(unit = "boolean", def = "true",
               doc = "whether the event happens: false switches it off, so a sweep (events[3].enabled: false)"
                       + " can take a scripted event out of a design instead of confounding it")
        boolean enabled) {
}
