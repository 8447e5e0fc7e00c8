package truce.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.batch.Seeds;
import truce.model.Scenario;
import truce.model.Simulation;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioSource;

/**
 * Truce as an {@link AbcSimulator}: at a parameter set, as many runs of the base scenario as the
 * target has ceasefires (so simulated sampling noise matches the data's), summarised like the
 * data. Run {@code r} of a simulation with seed {@code s} has seed {@code SplitMix64(s, 0, r)}.
 */
public final class TruceSimulator implements AbcSimulator {

    private final ScenarioSource source;
    private final CalibrationSpec spec;

    public TruceSimulator(CalibrationSpec spec) {
        this.spec = spec;
        this.source = ScenarioLoader.read(spec.scenario());
    }

    /** The scenario at a parameter set. */
    public Scenario scenario(double[] theta) {
        Map<String, Object> overrides = new LinkedHashMap<>(spec.fixed());
        for (int j = 0; j < theta.length; j++) {
            overrides.put(spec.priors().get(j).path(), theta[j]);
        }
        return source.scenario(overrides);
    }

    /** The spells of one simulated data set. */
    public List<Observation> spells(double[] theta, long seed) {
        return spells(theta, seed, spec.replicates());
    }

    /** The spells of {@code n} runs at a parameter set. */
    public List<Observation> spells(double[] theta, long seed, int n) {
        Scenario scenario = scenario(theta);
        List<Observation> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            out.add(SimulatedSpells.of(Simulation.run(scenario, Seeds.run(seed, 0, r))));
        }
        return out;
    }

    @Override
    public double[] simulate(double[] theta, long seed) {
        return spec.statistics().of(EndingCurves.of(spells(theta, seed)));
    }
}
