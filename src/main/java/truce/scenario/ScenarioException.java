package truce.scenario;

/**
 * A scenario or sweep file that cannot be used, with everything a user needs to fix it:
 * the file, the line, the key path, what was expected and what was found.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String path;
    private final String problem;

    /**
     * @param file the file, as the user named it; never null
     * @param line 1-based line, or 0 if unknown
     * @param path dotted key path (e.g. {@code militants.ttp.attackRate}); empty for the whole file
     * @param problem what was expected and what was found
     */
    public ScenarioException(String file, int line, String path, String problem) {
        super(format(file, line, path, problem));
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    /** What was expected and what was found, without the file, line and path. */
    public String problem() {
        return problem;
    }

    /** The problem with its key path and where it is, for quoting inside another file's message. */
    public String quoted() {
        return (path == null || path.isEmpty() ? "" : path + ": ") + problem + " (in " + file
                + (line > 0 ? ":" + line : "") + ")";
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    private static String format(String file, int line, String path, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(oneLine(path)).append(": ");
        }
        return sb.append(problem.replace('\n', ' ').replace('\r', ' ')).toString();
    }

    /** A key taken from a file may hold line breaks (a YAML complex key): show them escaped. */
    private static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
