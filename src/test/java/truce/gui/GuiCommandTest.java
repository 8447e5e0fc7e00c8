package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import truce.cli.ExitCodes;
import truce.cli.TruceCommand;

/**
 * {@code truce gui} without a window: a bad file or argument is bad input (exit 2) before any
 * display is needed, and no display is one line and exit 1. The window itself is tested under
 * Xvfb by {@code scripts/gui-it.sh}.
 */
class GuiCommandTest {

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result execute(String... args) {
        CommandLine cl = TruceCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aBadScenarioIsOneLineAndExitTwoAsInRun() throws IOException {
        Path bad = tmp.resolve("broken.yaml");
        Files.writeString(bad, "name: broken\nstates:\n  a: {trust: 2}\n  b: {}\n");
        Result r = execute("gui", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("states.a.trust"), r.err());
    }

    @Test
    void autoplayNeedsAtLeastOneDay() {
        Result r = execute("gui", GuiFixtures.BASELINE.toString(), "--autoplay", "0");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--autoplay"), r.err());
    }

    @Test
    void helpNamesTheOptions() {
        Result r = execute("gui", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--seed") && r.out().contains("--autoplay"), r.out());
    }

    @Test
    void withoutADisplayItSaysSoAndExitsOne() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") == null, "only where there is no display");
        String headless = System.getProperty("java.awt.headless");
        try {
            Result r = execute("gui", GuiFixtures.BASELINE.toString());
            assertEquals(ExitCodes.FAILURE, r.code());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("needs a display"), r.err());
        } finally {
            if (headless != null) {
                System.setProperty("java.awt.headless", headless);
            }
        }
    }
}
