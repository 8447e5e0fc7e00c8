package truce.cli;

/**
 * A command-line argument that cannot be used, reported as one line (no usage text) with exit
 * code {@link ExitCodes#BAD_INPUT}: for problems found after parsing, where the usage would not
 * help (e.g. "expected two or more scenario files").
 */
final class ArgumentError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ArgumentError(String message) {
        super(message);
    }
}
