package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import truce.scenario.ScenarioFiles;

/** {@code truce validate}, run in process. */
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TruceCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String file(String name) {
        return ScenarioFiles.path(name).toString();
    }

    @Test
    void goodFileSaysOkWithCounts() {
        String f = file("good/full.yaml");
        assertEquals(ExitCodes.OK, run("validate", f));
        assertEquals(f + ": ok (2 states, 2 militant groups, 2 mediators, 5 events, horizon 200 days)",
                out.toString().strip());
        assertEquals("", err.toString());
    }

    @Test
    void badFileIsOneLineOnStderrAndExitTwo() {
        String f = file("bad/unknown-key.yaml");
        assertEquals(ExitCodes.BAD_INPUT, run("validate", f));
        String e = err.toString();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: " + f + ":7: militants.ttp.attackRat: unknown key;"
                + " did you mean 'attackRate'?"), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(e.contains("at truce."), e);
        assertEquals("", out.toString());
    }

    @Test
    void everyFileIsCheckedAndAnyFailureGivesExitTwo() {
        String good = file("good/minimal.yaml");
        assertEquals(ExitCodes.BAD_INPUT,
                run("validate", file("bad/nan.yaml"), good, file("bad/tabs.yaml")));
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertTrue(out.toString().startsWith(good + ": ok (2 states, 0 militant groups,"), out.toString());
    }

    @Test
    void overridesAreChecked() {
        String f = file("good/full.yaml");
        assertEquals(ExitCodes.OK, run("validate", "--set", "militants.ttp.attackRate=2", f));
        assertEquals(ExitCodes.BAD_INPUT, run("validate", "--set", "militants.ttp.attackRate=99", f));
        assertTrue(err.toString().contains("militants.ttp.attackRate: expected a number in [0, 50]"
                + " (attacks/day), found 99 (set by an override, not in the file)"), err.toString());
    }

    @Test
    void shippedScenariosAreValid() {
        Path dir = Path.of("scenarios");
        java.io.File[] files = dir.toFile().listFiles((d, n) -> n.endsWith(".yaml"));
        if (files == null || files.length == 0) {
            return;
        }
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        assertEquals(ExitCodes.OK, run(args), err.toString());
    }
}
