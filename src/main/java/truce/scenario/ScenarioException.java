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
            sb.append(path).append(": ");
        }
        return sb.append(problem.replace('\n', ' ')).toString();
    }
}
