package truce.model;

import java.util.Comparator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase "scheduled events": applies the scenario's exogenous events of the day, in file order,
 * so that a scenario can replay a historical timeline (attacks, talks rounds, strikes, demand
 * changes, a monitoring mission, coercion). A scripted strike is carried out in the states' act
 * phase, like a violation the model decides itself, and is perceived by its victim the next day.
 * A coercion by state i against state j (a treaty put in abeyance, a border closure) is a
 * grievance shock felt at once: {@code x_ji <- min(1, x_ji + value)}, Richardson's (1960)
 * grievance term as an impulse; it is not a violation (not counted toward collapse, not
 * answered, no trust lost), but the escalation it adds decays at the coerced state's
 * {@code restraint} like any other and can carry that state to choose war.
 * Events before the scenario's start day are history and are not replayed; events with
 * {@code enabled: false} never happen. Talks and a monitoring
 * mission concern one ceasefire (the event's {@code ceasefire}, its channel's for talks through a
 * direct channel, or the only one); the loader
 * refuses talks before their ceasefire's start day, and talks on a ceasefire that ended on an
 * earlier day of the run are not held (there is no ceasefire left to talk on) but counted in its
 * outcome ({@link CeasefireOutcome#talksNotHeld}), which {@code truce run} prints. A strike or coercion
 * joins two states in contact (the loader refuses others: {@link StateAgent#setContacts}).
 */
final class ScheduledEvents implements Steppable {

    private static final long serialVersionUID = 1L;

    /** The events before the horizon by day, in file order within a day (a stable sort). */
    private final EventSpec[] byDay;
    /** The first event not yet applied or skipped. */
    private int next;

    /**
     * @param events the scenario's events, in file order
     * @param horizon days simulated; events on or after it never happen
     */
    ScheduledEvents(List<EventSpec> events, int horizon) {
        // a few events per run, not a horizon-sized table: this is built once per run
        byDay = events.stream().filter(e -> e.enabled() && e.day() < horizon)
                .sorted(Comparator.comparingInt(EventSpec::day)).toArray(EventSpec[]::new);
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        int day = model.day();
        while (next < byDay.length && byDay[next].day() < day) {
            next++; // history before the first simulated day (startDay): not replayed
        }
        while (next < byDay.length && byDay[next].day() == day) {
            apply(model, byDay[next++]);
        }
    }

    private static void apply(TruceModel model, EventSpec e) {
        switch (e.type()) {
            case ATTACK -> {
                MilitantGroup g = model.group(e.group());
                double casualties = e.casualties() != null ? e.casualties() : g.casualties(model.random);
                model.attack(g, casualties, e.blamed());
            }
            case TALKS -> {
                Mediator channel = e.channel() == null ? null : model.channel(e.channel());
                Ceasefire c = model.ceasefire(model.scenario().ceasefireOf(e)); // through a channel, on its ceasefire
                if (c.started(model.day()) && (c.inForce() || c.endingDay() == model.day())) {
                    c.peace().hold(model, channel != null ? channel : model.mediator(e.mediator()), e.outcome());
                } else {
                    c.scriptedTalksNotHeld(); // it ended on an earlier day of this run (a start after it is refused)
                }
            }
            case STRIKE -> model.state(e.by()).scheduleStrike(model.state(e.against()).index);
            case DEMAND -> model.state(e.state()).setDemand(e.value());
            case MONITORING -> model.ceasefire(e.ceasefire()).startMonitoring();
            case COERCION -> model.state(e.against()).coerced(model.state(e.state()).index, e.value());
        }
    }
}
