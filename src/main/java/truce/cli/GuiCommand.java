package truce.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.scenario.ScenarioSource;

/**
 * {@code truce gui FILE}: watch one run of a scenario in an interactive MASON window (console,
 * actor display, live charts). It returns when the console is closed.
 *
 * <p>Only this command loads {@code truce.gui}, and only from {@link #call()}; every other
 * command runs headless. A bad scenario file is reported like {@code truce run} (exit 2); no
 * display is one line and exit 1.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Watch one run in an interactive MASON window.",
            "Shows the actors and their links, today's events, live trust, escalation and attack "
                + "charts; play, pause and step the run, inspect any actor, set key parameters "
                + "before a run. Needs a display (a desktop, or Xvfb)."})
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileParameter input;

    @Mixin
    SeedOption seed;

    @Option(names = "--autoplay", paramLabel = "DAYS",
            description = "Start playing at once and pause after DAYS days; prints one line "
                    + "'autoplay: ...' for that day and each later one (demos, tests).")
    Integer autoplay;

    @Mixin
    SetOptions set;

    @Override
    public Integer call() throws Exception {
        ScenarioSource source = set.source(input.path());
        source.scenario(); // a bad file fails here, as in `truce run`
        if (autoplay != null && autoplay < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--autoplay: expected at least 1 day, found " + autoplay);
        }
        String problem = displayProblem();
        if (problem != null) {
            spec.commandLine().getErr().println("error: " + problem);
            return ExitCodes.FAILURE;
        }
        // the one reference to truce.gui: loaded only now, with a display
        truce.gui.Gui.open(source, seed.or(1), autoplay, System.out, System.err);
        return ExitCodes.OK;
    }

    /**
     * Undoes {@code TruceCommand.main}'s headless setting and checks that a window can be opened.
     * Must run before any other AWT or Swing use in this JVM.
     *
     * @return why no window can be opened, or null if one can
     */
    static String displayProblem() {
        // main sets java.awt.headless=true for the other commands; without the property, AWT
        // decides for itself (on Linux: headless if DISPLAY is not set)
        System.clearProperty("java.awt.headless");
        if (GraphicsEnvironment.isHeadless()) {
            return "truce gui needs a display and there is none (DISPLAY is not set); "
                    + "run it on a desktop, or on a virtual one (Xvfb, see scripts/gui-it.sh)";
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (AWTError | HeadlessException | UnsatisfiedLinkError e) {
            return "cannot open a window on display " + System.getenv("DISPLAY") + ": "
                    + e.getMessage();
        }
    }
}
