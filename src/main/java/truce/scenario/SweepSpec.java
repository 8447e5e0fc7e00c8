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
 */
public record SweepSpec(String name, String file, Path scenario, int replicates, long masterSeed,
                        Map<String, String> fixed, Design design) {

    public SweepSpec {
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
    }
}
