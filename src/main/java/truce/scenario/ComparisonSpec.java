package truce.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A comparison of scenarios: each scenario file run with the same replicate seeds, then compared
 * (Kaplan–Meier curves, restricted mean survival, pairwise log-rank tests). Comes from the
 * command line ({@code truce compare A.yaml B.yaml}) or from a sweep file whose design is
 * {@code type: scenarios} with a list of {@code files}.
 *
 * @param name names the results folder (letters, digits, {@code . _ -})
 * @param file the comparison file as the user named it, or null when the files were given on the
 *     command line
 * @param scenarios the scenario files, the reference (first) first; resolved against the
 *     comparison file's folder
 * @param replicates runs per scenario
 * @param masterSeed the seed every run's seed derives from (the same seeds for every scenario)
 * @param fixed overrides applied to every scenario (key path to YAML text)
 * @param horizon the horizon of restricted mean survival, in days; null for the shortest
 *     scenario horizon
 */
public record ComparisonSpec(String name, String file, List<Path> scenarios, int replicates, long masterSeed,
                             Map<String, String> fixed, Integer horizon) {

    public ComparisonSpec {
        scenarios = List.copyOf(scenarios);
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
    }

    /**
     * The one-point sweep that runs scenario {@code i}: a list design with one empty point, so its
     * run seeds depend only on the master seed and the replicate index, the same for every
     * scenario (common random numbers) and the same as {@code truce run FILE --replicates N}.
     */
    public SweepSpec sweep(int i, String label) {
        Path scenario = scenarios.get(i);
        return new SweepSpec(label, scenario.toString(), scenario, replicates, masterSeed, fixed,
                new Design(DesignType.LIST, List.of(), 0, List.of(Map.of())));
    }
}
