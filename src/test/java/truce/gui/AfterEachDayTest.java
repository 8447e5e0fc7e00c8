package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import truce.model.RunOutcome;
import truce.model.Scenario;
import truce.model.Simulation;
import truce.model.TruceModel;

/**
 * The GUI's day loop, without the window: MASON steps the model, then {@link AfterEachDay};
 * the run it shows is the run {@code truce run} reports, and it ends where that one ends.
 */
class AfterEachDayTest {

    private static final List<String> STATES = List.of("pakistan", "taliban");
    private static final List<String> GROUPS = List.of("ttp", "bla");

    /** Steps as MASON's console does until the schedule is empty (at most 400 steps). */
    private static int play(TruceModel m, AfterEachDay after) {
        int steps = 0;
        while (steps < 400 && m.schedule.step(m)) {
            after.step(m);
            steps++;
        }
        after.step(m); // MASON runs the after-steppables once more on the empty schedule
        return steps;
    }

    @Test
    void theGuiShowsTheSameRunAsTruceRunAndStopsWhereItStops() throws Exception {
        Scenario scenario = GuiFixtures.baseline().scenario();
        for (long seed = 1; seed <= 15; seed++) {
            TruceModel m = new TruceModel(seed, scenario, false);
            m.start();
            EventTracker today = new EventTracker();
            today.reset(m);
            LiveCharts charts = new LiveCharts(STATES, GROUPS);
            int steps = play(m, new AfterEachDay(today, charts, null, System.out));
            RunOutcome headless = Simulation.run(scenario, seed);
            assertEquals(headless, m.outcome(), "seed " + seed);
            int lastDay = headless.survived() ? scenario.horizon() - 1 : headless.collapseDay();
            assertEquals(lastDay + 1, steps, "seed " + seed + ": one step per day, then stop");
            assertEquals(lastDay, today.day());

            SwingUtilities.invokeAndWait(() -> { }); // the charts' days are queued on Swing
            assertEquals(steps, charts.days(), "one chart point per day");
            assertEquals(lastDay, charts.levels().getSeries(0).getMaxX(), 0.0);
            assertEquals(headless.attacks(), (int) (charts.counts().getSeries(0).getMaxY()
                    + charts.counts().getSeries(1).getMaxY()), "cumulative attacks by group");
        }
    }

    @Test
    void autoplayReportsThePauseDayLaterDaysAndTheEnd() {
        Scenario scenario = GuiFixtures.baseline().scenario();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        TruceModel m = new TruceModel(1, scenario, false);
        m.start();
        EventTracker today = new EventTracker();
        today.reset(m);
        AfterEachDay after = new AfterEachDay(today, null, 10, out);
        for (int day = 0; day < 12; day++) {
            m.schedule.step(m);
            after.step(m);
        }
        String nl = System.lineSeparator();
        assertEquals("autoplay: paused after day 9; ceasefire in force (preliminary, not monitored)" + nl
                + "autoplay: stepped after day 10; ceasefire in force (preliminary, not monitored)" + nl
                + "autoplay: stepped after day 11; ceasefire in force (preliminary, monitored)" + nl,
                bytes.toString(StandardCharsets.UTF_8));

        bytes.reset();
        m = new TruceModel(10, scenario, false);
        m.start();
        today.reset(m);
        play(m, new AfterEachDay(today, null, 100, out));
        assertEquals("autoplay: run ended after day 24; ceasefire COLLAPSED on day 24 (decision)"
                + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
        assertFalse(today.inForce());
    }

    @Test
    void aShortRunEndsAtItsHorizon() throws Exception {
        Scenario scenario = GuiFixtures.baseline().scenario().withHorizon(5);
        TruceModel m = new TruceModel(1, scenario, false);
        m.start();
        EventTracker today = new EventTracker();
        today.reset(m);
        LiveCharts charts = new LiveCharts(STATES, GROUPS);
        assertEquals(5, play(m, new AfterEachDay(today, charts, null, System.out)));
        assertTrue(today.inForce());
        assertTrue(today.status().startsWith("day 4 of 5"), today.status());
        SwingUtilities.invokeAndWait(() -> { });
        assertEquals(5, charts.days());
        charts.clear();
        assertEquals(0, charts.days());
    }
}
