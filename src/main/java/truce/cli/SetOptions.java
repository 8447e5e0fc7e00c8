package truce.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioSource;
import truce.scenario.SweepSpec;

/**
 * {@code --set PATH=VALUE} (repeatable): replaces a scenario value before anything runs, by the
 * same dotted key paths sweeps use ({@code militants.ttp.attackRate=1.5},
 * {@code mediators.*.leverage=0.8}, {@code events[2].day=30}); the value is read as YAML
 * ({@code 1.5} is a number, {@code definitive} a word). Shared by every command that loads a
 * scenario as a picocli mixin; later {@code --set}s of the same path win.
 */
public final class SetOptions {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Set a scenario value by its dotted key path before running, e.g."
                    + " militants.ttp.attackRate=1.5 or mediators.*.leverage=0.8 (repeatable; see 'truce params').")
    Map<String, String> values = new LinkedHashMap<>();

    /** The values given, path to YAML text, in the order given. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * Reads a scenario file with the values set.
     *
     * @param file the scenario file; not null
     * @return the file's source, overridden
     * @throws truce.scenario.ScenarioException if the file is bad or a path names no parameter
     */
    public ScenarioSource source(Path file) {
        return ScenarioLoader.read(file).with(values);
    }

    /** A sweep with the values added to its fixed overrides ({@code set:}), after the file's own. */
    public SweepSpec apply(SweepSpec sweep) {
        return values.isEmpty() ? sweep : sweep.withFixed(values);
    }
}
