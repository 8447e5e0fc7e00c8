package truce.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dotted key paths such as {@code militants.ttp.attackRate} or {@code events[3].day}: building
 * them while walking a tree, and splitting them into segments for overrides.
 */
final class KeyPath {

    /**
     * One step of a path: a mapping key, or (when {@code key} is null) a list index. The key
     * {@code *} stands for every actor of a section ({@code mediators.*.leverage}).
     */
    record Segment(String key, int index) {

        /** The key that stands for every actor of a section. */
        static final String EVERY = "*";

        boolean isIndex() {
            return key == null;
        }

        boolean isWildcard() {
            return EVERY.equals(key);
        }

        @Override
        public String toString() {
            return isIndex() ? "[" + index + "]" : key;
        }
    }

    private static final Pattern SEGMENT =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*|\\*)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private KeyPath() {
    }

    /** The path of key {@code key} under {@code parent} (which may be empty: the top level). */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of item {@code index} (0-based) of the list at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Splits a path into segments.
     *
     * @param path e.g. {@code events[3].day}; not null
     * @return the segments, never empty
     * @throws IllegalArgumentException if the path is not of the form {@code key(.key|[n])*}
     */
    static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected a path like 'militants.ttp.attackRate'"
                        + " or 'events[0].day', found '" + path + "'");
            }
            segments.add(new Segment(m.group(1), -1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                segments.add(new Segment(null, Integer.parseInt(idx.group(1))));
            }
        }
        return segments;
    }
}
