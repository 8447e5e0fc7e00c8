package truce.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Properties;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.Scenario;
import truce.model.StateAgent;
import truce.model.TruceModel;
import truce.scenario.ScenarioSource;

/**
 * The MASON GUI of one scenario: a {@link Display2D} of the actors and their links, live charts
 * ({@link TimeSeriesFrame}) and the console's Model tab ({@link RunSettings}), in the idiom of
 * MASON's {@code SchellingWithUI}: portrayals are set up in one method, called from
 * {@link #start()} and {@link #load(SimState)}.
 *
 * <p>Each start builds a new {@link TruceModel} from the Model tab's seed and parameters, so a
 * run shown here with seed N is the run {@code truce run FILE --seed N} reports. After each day
 * ({@link AfterEachDay}) the GUI reads today's events, charts the day and, when the ceasefire
 * has collapsed or the horizon is reached, ends the run (MASON's console then stops).
 */
public final class TruceWithUI extends GUIState {

    /** Milliseconds the console waits between two days while playing, so a person can watch. */
    static final long DELAY_MS = 100;
    /** Width of the actor display in pixels; its height keeps the field's proportions. */
    static final int DISPLAY_WIDTH = 800;

    private final String title;
    private final RunSettings settings;
    private final EventTracker today = new EventTracker();
    private final Integer autoplay;
    private final PrintStream out;
    private final Runnable onQuit;
    private final List<String> stateNames = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();

    private final NetworkPortrayal2D linkPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D actorPortrayal = new ContinuousPortrayal2D();
    private final StatusOverlay overlay = new StatusOverlay(today);

    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private TimeSeriesFrame chartFrame;
    private ActorField field;

    /**
     * @param source the parsed scenario file; it must bind to a valid scenario
     * @param seed the first run's seed
     * @param autoplay days after which to pause when {@link #autoplay} starts playing; or null
     * @param out where autoplay reports that it has paused
     * @param err where rejected Model-tab values are explained
     * @param onQuit run when the console closes
     */
    TruceWithUI(ScenarioSource source, long seed, Integer autoplay, PrintStream out,
                PrintStream err, Runnable onQuit) {
        // until the first start, a started model of the file as written: the display shows it
        super(started(new TruceModel(seed, source.scenario(), false)));
        Scenario scenario = model().scenario();
        this.title = scenario.name();
        this.settings = new RunSettings(source, seed, today, err);
        this.autoplay = autoplay;
        this.out = out;
        this.onQuit = onQuit;
        stateNames.addAll(scenario.states().keySet());
        groupNames.addAll(scenario.militants().keySet());
        today.reset(model());
    }

    private static TruceModel started(TruceModel m) {
        m.start();
        return m;
    }

    /** The console's title. */
    public static String getName() {
        return "Truce";
    }

    /** The console's About tab. */
    public static Object getInfo() {
        return """
                <html><body style="font-family: sans-serif">
                <h2>Truce: watch one run</h2>
                <p>Press <b>play</b> (&#9654;) to run the scenario day by day and <b>pause</b>
                to stop and look; while paused, play becomes <b>step</b> and advances one day,
                and pause resumes. <b>Stop</b> ends the run; play then starts a new one. The
                delay slider (Console tab) sets the speed.</p>
                <p>The <b>display</b> shows the states (filled by escalation: green 0, yellow
                0.5, red 1), the militant groups (below their host, growing with their attacks)
                and the mediators (above, sized by leverage). Arrows between the states show
                each one's trust in the other (wider and bluer with more trust). Today's events
                flash: a red ring and arc for a militant attack, a purple arrow for a violation
                by that state, a green or red ring round a mediator whose talks succeeded or
                failed.</p>
                <p><b>Double-click</b> an actor or a link to inspect it (Inspectors tab).
                The <b>Model</b> tab sets the seed, the days and key parameters of the next
                run; they apply when a run starts (the Console tab's random seed is not
                used).</p>
                <p>The run stops by itself when the ceasefire collapses or at the horizon.</p>
                </body></html>""";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return null; // the Model tab shows getSimulationProperties()
    }

    @Override
    public Properties getSimulationProperties() {
        return settings;
    }

    @Override
    public boolean validSimState(SimState state) {
        return state instanceof TruceModel;
    }

    private TruceModel model() {
        return (TruceModel) state;
    }

    @Override
    public void start() {
        // a new model each run, from the Model tab's seed and parameters
        state = new TruceModel(settings.seed(), settings.scenario(), false);
        super.start();
        settings.setLocked(true);
        charts.clearLater();
        scheduleDailyReaders();
        setupPortrayals();
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        settings.setLocked(true);
        charts.clearLater();
        scheduleDailyReaders();
        setupPortrayals();
    }

    /** After each day: read today's events, chart the day, end the run if it is over. */
    private void scheduleDailyReaders() {
        today.reset(model());
        scheduleRepeatingImmediatelyAfter(new AfterEachDay(today, charts, autoplay, out));
    }

    @Override
    public void finish() {
        super.finish();
        settings.setLocked(false);
    }

    private void setupPortrayals() {
        attachFields();
        display.reset();
        display.setBackdrop(Color.WHITE);
        display.repaint();
    }

    /** Lays out the current model's actors and points the portrayals at them. */
    private void attachFields() {
        field = new ActorField(model());
        linkPortrayal.setField(new SpatialNetwork2D(field.space, field.links));
        linkPortrayal.setPortrayalForAll(new LinkPortrayal(today));
        actorPortrayal.setField(field.space);
        actorPortrayal.setPortrayalForClass(StateAgent.class, ActorPortrayal.forStates(today));
        actorPortrayal.setPortrayalForClass(MilitantGroup.class, ActorPortrayal.forGroups(today));
        actorPortrayal.setPortrayalForClass(Mediator.class, ActorPortrayal.forMediators(today));
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = Math.min(DISPLAY_WIDTH, Math.max(400, screen.width / 2));
        display = new Display2D(width, width * ActorField.HEIGHT / ActorField.WIDTH, this);
        display.setBackdrop(Color.WHITE);
        display.attach(linkPortrayal, "Links");
        display.attach(actorPortrayal, "Actors");
        display.attach(overlay, "Status and key");
        attachFields(); // shows the actors before the first run
        // scroll bars only when zoomed in (MASON shows them always)
        display.display.setBorder(BorderFactory.createEmptyBorder());
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Truce \u2014 " + title);
        displayFrame.setLocation(screen.x, screen.y);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts(stateNames, groupNames);
        chartFrame = new TimeSeriesFrame("Trust and escalation \u2014 " + title, charts);
        int chartWidth = Math.max(480, Math.min(800, screen.width - displayFrame.getWidth()));
        chartFrame.setSize(chartWidth, Math.min(1000, screen.height));
        chartFrame.setLocation(screen.x + displayFrame.getWidth(), screen.y);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);

        if (c instanceof Console console) {
            // below the display; MASON keeps a console where init() puts it
            int top = displayFrame.getHeight();
            int height = Math.max(340, Math.min(480, screen.height - top));
            console.setSize(displayFrame.getWidth(), height);
            console.setLocation(screen.x, screen.y + Math.min(top, screen.height - height));
            console.setPlaySleep(DELAY_MS);
        }
    }

    /** Presses play, to pause after {@link #autoplay} days (the console counts the steps). */
    void autoplay(Console console) {
        if (autoplay != null) {
            console.setWhenShouldPause(autoplay);
            console.pressPlay();
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        display = null;
        displayFrame = null;
        chartFrame = null;
        onQuit.run();
    }
}
