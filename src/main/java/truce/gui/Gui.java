package truce.gui;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import sim.display.Console;
import truce.scenario.ScenarioSource;

/**
 * Opens the MASON window of a scenario: the one entry point of {@code truce.gui}, called by
 * {@code truce gui} only (so no other command loads a GUI class). Needs a display.
 */
public final class Gui {

    private Gui() {
    }

    /**
     * Opens the console, the actor display and the charts, and waits until the console is
     * closed.
     *
     * @param source the parsed scenario file; it must bind to a valid scenario
     * @param seed the first run's seed
     * @param autoplay if not null, start playing at once and pause after this many days
     * @param out where autoplay reports (one line starting {@code autoplay:})
     * @param err where rejected parameter values are explained
     * @throws InterruptedException if interrupted while the window is open
     * @throws InvocationTargetException if building the window failed
     */
    public static void open(ScenarioSource source, long seed, Integer autoplay, PrintStream out,
                            PrintStream err) throws InterruptedException, InvocationTargetException {
        CountDownLatch closed = new CountDownLatch(1);
        TruceWithUI gui = new TruceWithUI(source, seed, autoplay, out, err, closed::countDown);
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(gui);
            console.setNewMenuAllowed(false); // MASON's other demo models are not in this jar
            console.setVisible(true);
            gui.autoplay(console);
        });
        closed.await();
    }
}
