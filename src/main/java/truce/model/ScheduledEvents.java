package truce.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase "scheduled events": applies the scenario's exogenous events of the day, in file order,
 * so that a scenario can replay a historical timeline (attacks, talks rounds, strikes, demand
 * changes, a monitoring mission).
 */
final class ScheduledEvents implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<List<EventSpec>> byDay;

    ScheduledEvents(List<EventSpec> events, int horizon) {
        byDay = new ArrayList<>(horizon);
        for (int d = 0; d < horizon; d++) {
            byDay.add(null);
        }
        for (EventSpec e : events) {
            if (e.day() < horizon) {
                if (byDay.get(e.day()) == null) {
                    byDay.set(e.day(), new ArrayList<>());
                }
                byDay.get(e.day()).add(e);
            }
        }
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        int day = model.day();
        List<EventSpec> today = day < byDay.size() ? byDay.get(day) : null;
        if (today == null) {
            return;
        }
        for (EventSpec e : today) {
            apply(model, e);
        }
    }

    private static void apply(TruceModel model, EventSpec e) {
        switch (e.type()) {
            case ATTACK -> {
                MilitantGroup g = model.group(e.group());
                double casualties = e.casualties() != null ? e.casualties() : g.casualties(model.random);
                model.attack(g, casualties, e.blamed());
            }
            case TALKS -> model.peace().hold(model, model.mediator(e.mediator()), e.outcome());
            case STRIKE -> {
                StateAgent by = model.state(e.by());
                model.violation(by.index, model.state(e.against()).index, 1 + by.escalation());
            }
            case DEMAND -> model.state(e.state()).setDemand(e.value());
            case MONITORING -> model.ceasefire().startMonitoring();
        }
    }
}
