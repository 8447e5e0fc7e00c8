package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
