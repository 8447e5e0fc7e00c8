package truce.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Last phase of the day: records the day for the trajectory, when one is wanted. */
final class DayRecorder implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<DayRecord> days = new ArrayList<>();
    /** Today's attacks' casualties, in order. */
    private final List<Double> attacks = new ArrayList<>();

    /** An attack today, with these casualties. */
    void attack(double casualties) {
        attacks.add(casualties);
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        StateAgent[] states = model.states();
        List<Double> trust = new ArrayList<>(states.length);
        List<Double> escalation = new ArrayList<>(states.length);
        for (StateAgent s : states) {
            trust.add(s.meanTrust());
            escalation.add(s.escalation());
        }
        DayCounts c = model.today();
        days.add(new DayRecord(model.day(), trust, escalation, c.attacks, c.casualties,
                c.violations, c.talksHeld, c.talksSucceeded, model.anyMonitoring(),
                model.allInForce(), attacks));
        attacks.clear();
    }

    List<DayRecord> days() {
        return days;
    }
}
