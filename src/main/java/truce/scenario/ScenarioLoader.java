package truce.scenario;

import java.nio.file.Path;
import java.util.Map;
import truce.model.Scenario;

/**
 * Loads scenario files: reads the YAML ({@link YamlReader}), applies overrides
 * ({@link Overrides}), binds it to the records ({@link RecordBinder}) and checks the rules that
 * span fields ({@link ScenarioValidator}). Every problem is a {@link ScenarioException} whose
 * message reads {@code FILE:LINE: key.path: what was expected, found what}.
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /**
     * Loads and validates a scenario file.
     *
     * @param file the file; named in messages as given ({@code file.toString()}); not null
     * @return the scenario
     * @throws ScenarioException if the file cannot be read, is not UTF-8, is larger than 1 MiB,
     *     is not valid YAML, or is not a valid scenario
     */
    public static Scenario load(Path file) {
        return read(file).scenario();
    }

    /**
     * Loads a scenario file with values replaced at dotted key paths.
     *
     * @param file the file; not null
     * @param overrides key path to value, see {@link ScenarioSource#scenario(Map)}; not null
     * @return the scenario
     * @throws ScenarioException as {@link #load(Path)}, or if a path names no parameter
     */
    public static Scenario load(Path file, Map<String, ?> overrides) {
        return read(file).scenario(overrides);
    }

    /**
     * Parses and validates scenario text.
     *
     * @param yamlText the YAML text; not null
     * @param displayName names the text in messages, e.g. a file name; not null
     * @return the scenario
     * @throws ScenarioException if the text is not valid YAML or not a valid scenario
     */
    public static Scenario parse(String yamlText, String displayName) {
        return parse(yamlText, displayName, Map.of());
    }

    /**
     * Parses scenario text with values replaced at dotted key paths.
     *
     * @param yamlText the YAML text; not null
     * @param displayName names the text in messages; not null
     * @param overrides key path to value, see {@link ScenarioSource#scenario(Map)}; not null
     * @return the scenario
     * @throws ScenarioException as {@link #parse(String, String)}, or if a path names no parameter
     */
    public static Scenario parse(String yamlText, String displayName, Map<String, ?> overrides) {
        return new ScenarioSource(YamlReader.readDocument(yamlText, displayName), displayName)
                .scenario(overrides);
    }

    /**
     * Reads and parses a scenario file once, without binding it, so that it can be bound many
     * times with different overrides (sweeps).
     *
     * @param file the file; not null
     * @return the parsed file
     * @throws ScenarioException if the file cannot be read, is not UTF-8, is larger than 1 MiB
     *     or is not a valid YAML mapping (binding errors come from
     *     {@link ScenarioSource#scenario(Map)})
     */
    public static ScenarioSource read(Path file) {
        String name = file.toString();
        return new ScenarioSource(YamlReader.readFile(file, name), name);
    }
}
