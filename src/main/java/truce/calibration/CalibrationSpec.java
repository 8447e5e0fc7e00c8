package truce.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A calibration file: a base scenario, priors over its parameters, the observed target, the
 * summary statistics and distance that compare them, the method and its budget.
 *
 * @param name short name, used for the results folder
 * @param file the calibration file as the user named it, for messages
 * @param scenario the base scenario file
 * @param fixed overrides applied to the scenario before the priors' values (key path to YAML text)
 * @param priors the free parameters and their priors, in file order
 * @param target the observed spells
 * @param statistics the summary statistics
 * @param distance the distance between summaries
 * @param method rejection (over a sampled sweep) or smc
 * @param masterSeed every seed derives from it
 * @param smc ABC-SMC settings (threads set at run time)
 * @param rejection rejection settings
 * @param lines lines of keys, for messages about them found later ({@code priors.<path>})
 */
public record CalibrationSpec(String name, String file, Path scenario, Map<String, String> fixed, List<Prior> priors,
                              Target target, SummaryStatistics statistics, Distance.Kind distance, Method method,
                              long masterSeed, SmcBudget smc, RejectionBudget rejection, Map<String, Integer> lines) {

    /** The two ABC methods. */
    public enum Method { REJECTION, SMC }

    /**
     * ABC-SMC budget.
     *
     * @param particles particles per generation
     * @param quantile tolerance quantile
     * @param minAcceptance stop below this acceptance rate
     * @param maxGenerations most generations
     * @param simulations most parameter sets simulated
     */
    public record SmcBudget(int particles, double quantile, double minAcceptance, int maxGenerations, long simulations) {
    }

    /**
     * Rejection budget.
     *
     * @param samples parameter sets drawn from the prior (the sweep's design points)
     * @param sobol Sobol design (else Latin hypercube)
     * @param accept share of samples kept
     * @param adjust whether to adjust by regression
     */
    public record RejectionBudget(int samples, boolean sobol, double accept, boolean adjust) {
    }

    public CalibrationSpec {
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
        priors = List.copyOf(priors);
        lines = Map.copyOf(lines);
    }

    /** Number of simulated runs per parameter set: one per observed ceasefire, so sampling noise matches. */
    public int replicates() {
        return target.spells().size();
    }

    /** This calibration compared with another target (for predictions out of sample). */
    public CalibrationSpec withTarget(Target other) {
        return new CalibrationSpec(name, file, scenario, fixed, priors, other, statistics, distance, method, masterSeed,
                smc, rejection, lines);
    }

    /** The line of a key path in the file, or 0 if unknown. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }
}
