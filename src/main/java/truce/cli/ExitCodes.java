package truce.cli;

/** Exit codes of every Truce command, in one place. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The work ran but reported a failure (e.g. an I/O error writing results). */
    public static final int FAILURE = 1;
    /** Bad input: a scenario or sweep file, or a command-line argument, is unusable. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
