package truce.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, validated scenario: everything one run needs besides its seed. Maps keep the
 * order in which actors were declared, and that order is the order in which they act.
 *
 * @param name short name, used for result folders
 * @param description free text
 * @param horizon number of days simulated
 * @param startDay day of the ceasefire on which the run starts, from the stated conditions
 * @param collapse the collapse rule
 * @param agreement the agreement's strength and monitoring
 * @param talks effects of talks
 * @param ceasefires the ceasefires per dyad, by key; empty for one ceasefire among all the states,
 *        built from {@code collapse} and {@code agreement}
 * @param spillover how events on one front reach a state's other fronts (ceasefires per dyad only)
 * @param states the state parties, by name (at least two)
 * @param militants the militant groups, by name
 * @param massCasualty casualties from which one attack counts as mass-casualty (reporting only)
 * @param mediators the mediators, by name
 * @param channels direct channels between the parties of one ceasefire, by name
 * @param events scheduled exogenous events
 */
public record Scenario(
        @Param(doc = "short name of the scenario, used for result folders")
        String name,
        @Param(def = "", doc = "free text describing the scenario")
        String description,
        @Param(unit = "days", min = 1, max = 36500, def = "365", doc = "number of days simulated")
        int horizon,
        @Param(unit = "day", min = 0, max = 36499, def = "0",
               doc = "day of the ceasefire on which the run starts (before the horizon), from the conditions the"
                       + " file states (trust, escalation, talks.momentum, agreement.monitoring); events before it"
                       + " are history and are not replayed")
        int startDay,
        @Param(def = "{}", doc = "when the ceasefire collapses")
        CollapseRule collapse,
        @Param(def = "{}", doc = "the agreement's strength and monitoring")
        Agreement agreement,
        @Param(def = "{}", doc = "what a round of talks does")
        Talks talks,
        @Param(def = "{}", doc = "ceasefires per dyad by key, each between two states with its own agreement,"
                + " collapse rule and start day; left out: one ceasefire among all the states (agreement, collapse)")
        Map<String, CeasefireSpec> ceasefires,
        @Param(def = "{}", doc = "how events on one front reach a state's other fronts (ceasefires per dyad only;"
                + " all 0 = none)")
        Spillover spillover,
        @Param(doc = "state parties by name (at least two)")
        Map<String, StateSpec> states,
        @Param(def = "{}", doc = "militant groups by name")
        Map<String, GroupSpec> militants,
        @Param(unit = "casualties", min = 1, max = 100000, def = "10",
               doc = "casualties from which one attack counts as mass-casualty: counted in runs.csv's"
                       + " mass_casualty_attacks and drawn as the trajectory chart's dotted line. Reporting only:"
                       + " the model's chance of blame rises continuously with casualties (militants.*.attribution);"
                       + " no standard threshold exists, 10 counts the 12-casualty Islamabad bombing of 11 Nov 2025")
        double massCasualty,
        @Param(def = "{}", doc = "mediators by name")
        Map<String, MediatorSpec> mediators,
        @Param(def = "{}", doc = "direct channels by name: two states talking without a third party (a hotline),"
                + " serving one ceasefire")
        Map<String, ChannelSpec> channels,
        @Param(def = "[]", doc = "scheduled exogenous events")
        List<EventSpec> events) {

    public Scenario {
        ceasefires = ordered(ceasefires);
        states = ordered(states);
        militants = ordered(militants);
        mediators = ordered(mediators);
        channels = ordered(channels);
        events = List.copyOf(events);
    }

    /**
     * This scenario cut to a shorter (or longer) run: events on or after the new horizon are
     * dropped, since they would not happen within it.
     *
     * @param days the new horizon, at least 1
     * @return a scenario with the given horizon
     * @throws IllegalArgumentException if {@code days < 1}
     */
    public Scenario withHorizon(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        List<EventSpec> kept = events.stream().filter(e -> e.day() < days).toList();
        return new Scenario(name, description, days, startDay, collapse, agreement, talks, ceasefires, spillover,
                states, militants, massCasualty, mediators, channels, kept);
    }

    /**
     * This scenario with other scheduled events (for example none, to see what its agents do
     * without the script).
     *
     * @param newEvents the events, each before the horizon
     * @return a scenario that differs only in its events
     */
    public Scenario withEvents(List<EventSpec> newEvents) {
        return new Scenario(name, description, horizon, startDay, collapse, agreement, talks, ceasefires, spillover,
                states, militants, massCasualty, mediators, channels, newEvents);
    }

    /**
     * The key of the ceasefire a talks or monitoring event names: its own {@code ceasefire}, or for
     * talks through a direct channel the channel's; null if it names none (then it concerns the
     * only ceasefire).
     */
    public String ceasefireOf(EventSpec e) {
        if (e.ceasefire() != null) {
            return e.ceasefire();
        }
        ChannelSpec channel = e.channel() == null ? null : channels.get(e.channel());
        return channel == null ? null : channel.ceasefire();
    }

    /** Whether the scenario has ceasefires per dyad (a {@code ceasefires:} section) rather than one among all its states. */
    public boolean perDyad() {
        return !ceasefires.isEmpty();
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
