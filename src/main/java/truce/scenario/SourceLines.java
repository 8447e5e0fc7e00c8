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
    /** Lines looked up when this map has none for a path; null for none. */
    private final SourceLines under;

    SourceLines() {
        this(null);
    }

    /** Lines that add to (and take precedence over) {@code under}, which is not modified. */
    SourceLines(SourceLines under) {
        this.under = under;
    }

    /** Records that the value at {@code path} was given at {@code line}. */
    void put(String path, int line) {
        lines.put(path, line);
    }

    /** Whether a value was given at {@code path} (in the file or by an override). */
    boolean given(String path) {
        return lines.containsKey(path) || under != null && under.given(path);
    }

    /**
     * The line of {@code path}, or of its nearest enclosing path that was given; 0 if none.
     *
     * @param path e.g. {@code events[3].group}
     */
    int line(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lookUp(p);
            if (line != null) {
                return line;
            }
            p = parent(p);
        }
        return 0;
    }

    private Integer lookUp(String path) {
        Integer line = lines.get(path);
        return line != null || under == null ? line : under.lookUp(path);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
