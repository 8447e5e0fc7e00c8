package truce.scenario;

import java.nio.file.Path;
import java.util.Map;

/**
 * A sweep file: a base scenario, a design over its parameters, replicates and a master seed.
 *
 * @param name short name, used for the results folder (letters, digits, {@code . _ -})
 * @param file the sweep file as the user named it, for messages
 * @param scenario the base scenario file, resolved against the sweep file's folder
 * @param replicates runs per design point
 * @param masterSeed the seed every run's seed is derived from
 * @param fixed overrides applied to every point before the design's values (key path to YAML text)
 * @param design the design
 * @param lines the line of some key paths in the file ({@code scenario}, {@code set.<path>}), for
 *     messages about them found later
 */
public record SweepSpec(String name, String file, Path scenario, int replicates, long masterSeed,
                        Map<String, String> fixed, Design design, Map<String, Integer> lines) {

    public SweepSpec {
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
        lines = Map.copyOf(lines);
    }

    /** A sweep with no line information (built in code). */
    public SweepSpec(String name, String file, Path scenario, int replicates, long masterSeed,
                     Map<String, String> fixed, Design design) {
        this(name, file, scenario, replicates, masterSeed, fixed, design, Map.of());
    }

    /** Most runs per design point, in a sweep file or on the command line. */
    public static final int MAX_REPLICATES = 10_000_000;

    /**
     * This sweep with another number of replicates per point (e.g. {@code --replicates}), under
     * the limit a sweep file has.
     *
     * @throws IllegalArgumentException if {@code n} is not in [1, {@value #MAX_REPLICATES}], with
     *     the message a sweep file gets ("expected a whole number in [1, 10000000] ...")
     */
    public SweepSpec withReplicates(int n) {
        if (n < 1 || n > MAX_REPLICATES) {
            throw new IllegalArgumentException("expected a whole number in [1, " + MAX_REPLICATES
                    + "] (runs per point), found " + n);
        }
        return new SweepSpec(name, file, scenario, n, masterSeed, fixed, design, lines);
    }

    /**
     * This sweep with more fixed overrides, applied after its own (a path given again takes the
     * new value); e.g. {@code --set} on the command line.
     */
    public SweepSpec withFixed(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fixed);
        more.forEach((k, v) -> {
            all.remove(k);
            all.put(k, v);
        });
        return new SweepSpec(name, file, scenario, replicates, masterSeed, all, design, lines);
    }

    /** The line of a key path in the file, or 0 if unknown. */
    public int line(String keyPath) {
        return lines.getOrDefault(keyPath, 0);
    }
}
