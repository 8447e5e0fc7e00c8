package truce.model;

import java.util.List;

/**
 * One ceasefire of a regional scenario: an agreement between two states, with its own collapse
 * rule and start day (Bara &amp; Clayton 2022: a state's ceasefires on several fronts are
 * distinct agreements, each with its own fate, linked through the state they share). Violations,
 * talks and collapse are counted per ceasefire; a state may be party to several.
 *
 * <p>A ceasefire without its own {@code agreement} (or {@code collapse}) takes the scenario's
 * top-level one whole; one that gives its own uses it whole, and the keys it leaves out take
 * their documented defaults (not the top level's).
 *
 * @param parties its two states, distinct; no other ceasefire may join the same two
 * @param startDay the day (of the scenario's calendar) it takes effect: before the run's first day
 *        it is already in force, after it the pair has no ceasefire until then
 * @param agreement its agreement, or null for the scenario's
 * @param collapse its collapse rule, or null for the scenario's
 */
public record CeasefireSpec(
        @Param(ref = "states", doc = "the two states party to this ceasefire, e.g. [pakistan, india]")
        List<String> parties,
        @Param(unit = "day", min = 0, max = 36499, def = "0",
               doc = "day of the scenario's calendar on which the ceasefire takes effect (before the horizon);"
                       + " before the run's startDay it is already in force, after it the pair has none until then")
        int startDay,
        @Param(def = Param.NONE,
               doc = "this ceasefire's agreement (the keys of the top-level agreement); left out: the top-level"
                       + " agreement, whole")
        Agreement agreement,
        @Param(def = Param.NONE,
               doc = "this ceasefire's collapse rule (the keys of the top-level collapse); left out: the top-level"
                       + " collapse rule, whole")
        CollapseRule collapse) {

    public CeasefireSpec {
        parties = List.copyOf(parties);
    }
}
