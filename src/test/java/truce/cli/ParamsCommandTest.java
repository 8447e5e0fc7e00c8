package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import truce.scenario.ParameterCatalog;

/** {@code truce params}, run in process. */
class ParamsCommandTest {

    private final StringWriter out = new StringWriter();

    private List<String> run(String... args) {
        CommandLine cl = TruceCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.OK, cl.execute(args));
        return out.toString().lines().toList();
    }

    @Test
    void textTableListsEveryParameterAligned() {
        List<String> lines = run("params");
        assertEquals(ParameterCatalog.scenario().size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("path "), lines.get(0));
        String rate = lines.stream().filter(l -> l.startsWith("militants.<name>.attackRate "))
                .findFirst().orElseThrow();
        assertTrue(rate.matches("militants\\.<name>\\.attackRate +attacks/day +\\[0, 50] +0\\.5 +base"
                + " rate of attacks.*"), rate);
        int column = lines.get(0).indexOf("unit");
        assertEquals(column, rate.indexOf("attacks/day"), "columns are aligned");
    }

    @Test
    void csvHasHeaderAndQuotedCells() {
        List<String> lines = run("params", "--format", "csv");
        assertEquals("path,unit,range,default,meaning", lines.get(0));
        assertTrue(lines.contains("militants.<name>.attackRate,attacks/day,\"[0, 50]\",0.5,"
                + "base rate of attacks (Poisson) before the host's restraint cuts it"), out.toString());
    }

    @Test
    void markdownEscapesPipes() {
        List<String> lines = run("params", "-f", "markdown");
        assertEquals("| path | unit | range | default | meaning |", lines.get(0));
        assertTrue(lines.contains("| `agreement.strength` |  | cessation\\|preliminary\\|definitive"
                + " | cessation | strength of the agreement: its rung (0, 1, 2) scales the per-rung effects"
                + " below |"), out.toString());
    }
}
