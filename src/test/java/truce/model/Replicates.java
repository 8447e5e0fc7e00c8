package truce.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import truce.scenario.ScenarioLoader;

/** Runs a scenario with seeds 1..n and tallies its outcomes, for the statistical tests. */
final class Replicates {

    static final Path BASELINE = Path.of("scenarios/baseline-2025.yaml");
    static final Path POPULATION = Path.of("scenarios/population.yaml");
    static final Path GENERIC = Path.of("src/test/resources/scenarios/generic.yaml");

    private Replicates() {
    }

    static List<RunOutcome> run(Path file, int n, Map<String, ?> overrides) {
        return run(scenario(file, overrides), n);
    }

    /**
     * The scenario with the given overrides, plus those of the system property {@code facts.off}
     * ({@code path=value,path=value}; {@code *} for every actor), which switches a mechanism off to
     * see a stylized fact fail: {@code mvn verify -Dit.test='StylizedFactsIT#method' -Dfacts.off=...}.
     */
    static Scenario scenario(Path file, Map<String, ?> overrides) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(overrides);
        String off = System.getProperty("facts.off", "");
        for (String kv : off.split(",")) {
            if (!kv.isBlank()) {
                String[] parts = kv.split("=", 2);
                all.put(parts[0].trim(), parts[1].trim());
            }
        }
        return ScenarioLoader.load(file, Measurements.expand(file, all));
    }

    static List<RunOutcome> run(Scenario s, int n) {
        List<RunOutcome> out = new ArrayList<>(n);
        for (long seed = 1; seed <= n; seed++) {
            out.add(Simulation.run(s, seed));
        }
        return out;
    }

    static long count(List<RunOutcome> runs, Predicate<RunOutcome> p) {
        return runs.stream().filter(p).count();
    }

    static double survival(List<RunOutcome> runs) {
        return count(runs, RunOutcome::survived) / (double) runs.size();
    }

    /** Violations per day at risk (days until breakdown, or the horizon). */
    static double violationRate(List<RunOutcome> runs) {
        return violations(runs) / (double) exposure(runs);
    }

    static long violations(List<RunOutcome> runs) {
        return runs.stream().mapToLong(RunOutcome::violations).sum();
    }

    static long exposure(List<RunOutcome> runs) {
        return runs.stream().mapToLong(o -> o.survived() ? o.horizon() : o.collapseDay() + 1).sum();
    }

    /**
     * Pearson's chi-square test of independence of survival and level (a 2 x k table).
     *
     * @return the p-value
     */
    static double chiSquareP(List<List<RunOutcome>> levels) {
        long[][] table = new long[2][levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            long survived = count(levels.get(i), RunOutcome::survived);
            table[0][i] = survived;
            table[1][i] = levels.get(i).size() - survived;
        }
        return new ChiSquareTest().chiSquareTest(table);
    }

    /**
     * Conditional (binomial) test that the violation rate of {@code low} is below that of
     * {@code high}: given the total count V, under equal rates the count in {@code low} is
     * Binomial(V, exposure share of low); one-sided, fewer in {@code low}.
     *
     * @return the p-value
     */
    static double lowerViolationRateP(List<RunOutcome> low, List<RunOutcome> high) {
        long vLow = violations(low);
        long vTotal = vLow + violations(high);
        double share = exposure(low) / (double) (exposure(low) + exposure(high));
        return new BinomialTest().binomialTest((int) vTotal, (int) vLow, share, AlternativeHypothesis.LESS_THAN);
    }
}
