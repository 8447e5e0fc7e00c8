package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help} prints its usage and no picocli warning (an unescaped '%' gives three). */
class HelpTest {

    @Test
    void helpOfEveryCommandPrintsNoWarning() {
        CommandLine root = new CommandLine(new TruceCommand());
        for (String name : root.getSubcommands().keySet()) {
            PrintStream before = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Cli.Result r;
            try {
                r = Cli.execute(name, "--help");
            } finally {
                System.setErr(before);
            }
            assertEquals(0, r.code(), name);
            String all = r.out() + r.err() + err.toString(StandardCharsets.UTF_8);
            assertFalse(all.contains("WARN"), name + " --help warns:\n" + all);
        }
    }

    @Test
    void noCommandPrintsTheUsageAndExitsTwo() {
        Cli.Result r = Cli.execute();
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Usage: truce"), r.err());
    }

    @Test
    void anArgumentErrorIsOneLineAndAHint() {
        Cli.Result r = Cli.execute("sweep", "--bogus", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(List.of("error: Unknown option: '--bogus'", "run 'truce sweep --help' for the usage"),
                r.err().lines().toList());
    }

    @Test
    void theWrongKindOfFileIsNamedAsSuch() {
        Cli.Result sweep = Cli.execute("sweep", "scenarios/baseline-2025.yaml");
        assertEquals(ExitCodes.BAD_INPUT, sweep.code());
        assertTrue(sweep.err().contains("this is a scenario file, not a sweep file"), sweep.err());
        Cli.Result run = Cli.execute("run", "scenarios/sweeps/attribution.yaml");
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertTrue(run.err().contains("this is a sweep file, not a scenario"), run.err());
    }
}
