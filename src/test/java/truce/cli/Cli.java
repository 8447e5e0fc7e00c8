package truce.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code truce} command line in process, as the tests of every command do. */
final class Cli {

    /**
     * What a command did.
     *
     * @param code its exit code
     * @param out what it printed on stdout
     * @param err what it printed on stderr
     */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code truce ARGS...} with Truce's exit-code mapping, capturing both streams. */
    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TruceCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
