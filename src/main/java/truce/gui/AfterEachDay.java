package truce.gui;

import java.io.PrintStream;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import truce.model.TruceModel;

/**
 * What the GUI does after each day of the model, in this order: read today's events
 * ({@link EventTracker}), chart the day ({@link LiveCharts}), and end the run when the model
 * says it is over (the ceasefire collapsed or the horizon is reached), as
 * {@code truce.model.Simulation} does headless. Ending empties the schedule, so MASON's console
 * stops. With autoplay, the day it pauses, each later day (stepped or played) and the run's
 * end are reported, one line each starting {@code autoplay:}, so that scripts can follow.
 */
final class AfterEachDay implements Steppable {

    private static final long serialVersionUID = 1L;

    private final EventTracker today;
    private final LiveCharts charts;
    private final Integer autoplay;
    private final transient PrintStream out;

    /**
     * @param charts where the days go; null for none
     * @param autoplay the days after which autoplay pauses, or null without autoplay
     * @param out where autoplay reports
     */
    AfterEachDay(EventTracker today, LiveCharts charts, Integer autoplay, PrintStream out) {
        this.today = today;
        this.charts = charts;
        this.autoplay = autoplay;
        this.out = out;
    }

    @Override
    public void step(SimState state) {
        TruceModel m = (TruceModel) state;
        double time = m.schedule.getTime();
        if (time < Schedule.EPOCH || time >= Schedule.AFTER_SIMULATION) {
            return; // MASON steps this once more after the run has ended
        }
        today.update(m);
        if (charts != null) {
            charts.record(m);
        }
        int daysRun = m.day() + 1;
        boolean over = !m.inProgress();
        if (autoplay != null && (daysRun >= autoplay || over)) {
            String what = over ? "run ended" : daysRun == autoplay ? "paused" : "stepped";
            out.println("autoplay: " + what + " after day " + m.day() + "; "
                    + EventTracker.describe(m.getCeasefire()));
            out.flush();
        }
        if (over) {
            m.kill(); // empties the schedule: the console stops after this day
        }
    }
}
