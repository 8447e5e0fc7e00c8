package truce.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value given in a scenario file was written: key path to 1-based line (0 for a
 * value set by an override). Paths of values that took their default are absent, which is how
 * "given in the file" is told apart from "defaulted".
 */
final class SourceLines {

    private final Map<String, Integer> lines = new HashMap<>();

    /** Records that the value at {@code path} was given at {@code line}. */
    void put(String path, int line) {
        lines.put(path, line);
    }

    /** Whether a value was given at {@code path} (in the file or by an override). */
    boolean given(String path) {
        return lines.containsKey(path);
    }

    /**
     * The line of {@code path}, or of its nearest enclosing path that was given; 0 if none.
     *
     * @param path e.g. {@code events[3].group}
     */
    int line(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = parent(p);
        }
        return 0;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
