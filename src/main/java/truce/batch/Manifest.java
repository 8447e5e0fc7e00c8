package truce.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.files.AtomicFiles;
import truce.scenario.DesignType;

/**
 * What a results folder holds and how it was made ({@code manifest.json}): enough to tell
 * whether a resume or merge belongs to the same sweep, and to render the report from the CSV
 * files alone.
 *
 * @param tool always {@code truce}
 * @param version the tool version that ran the sweep
 * @param sweep the sweep's name
 * @param sweepFile the sweep file as given
 * @param scenarioFile the base scenario file
 * @param design how the design points were chosen (written as {@code grid}, {@code saltelli}, ...)
 * @param parameters the swept key paths, in column order
 * @param points number of design points
 * @param replicates runs per point
 * @param runs runs in the whole sweep
 * @param masterSeed the master seed
 * @param designHash SHA-256 of the design points, replicates, master seed and fixed overrides
 * @param scenarioHash SHA-256 of the base scenario's values
 * @param horizon days simulated per run
 * @param states the state names, as in the per-state columns
 * @param java the Java version
 * @param started when the sweep started (ISO-8601, UTC)
 * @param finished when it finished, or null while running
 * @param runsCompleted runs in {@code runs.csv} when the manifest was written
 * @param shardIndex which shard of the sweep this folder holds, from 0
 * @param shardCount how many shards the sweep was cut into; 1 for a whole sweep
 * @param targetHalfWidth for adaptive replication, the target Wilson half-width; 0 otherwise
 * @param maxReplicates for adaptive replication, the most replicates a point may get; 0 otherwise
 * @param ceasefires the keys of the scenario's {@code ceasefires:} section, as in the per-ceasefire
 *        columns; empty (and left out of the file) for a scenario without one
 */
public record Manifest(String tool, String version, String sweep, String sweepFile, String scenarioFile,
                       DesignType design, List<String> parameters, int points, int replicates, long runs,
                       long masterSeed, String designHash, String scenarioHash, int horizon,
                       List<String> states, String java, String started, String finished,
                       long runsCompleted, int shardIndex, int shardCount, double targetHalfWidth,
                       int maxReplicates,
                       @com.fasterxml.jackson.annotation.JsonInclude(
                               com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                       List<String> ceasefires) {

    public Manifest {
        ceasefires = ceasefires == null ? List.of() : List.copyOf(ceasefires);
    }

    /** The columns of this sweep's {@code runs.csv}. */
    public List<String> runsHeader() {
        return RunsCsv.header(parameters, states, ceasefires);
    }

    /** The file name in a results folder. */
    public static final String FILE = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** This manifest with the given finish time and completed runs. */
    public Manifest finishedAt(String time, long completed) {
        return new Manifest(tool, version, sweep, sweepFile, scenarioFile, design, parameters, points,
                replicates, runs, masterSeed, designHash, scenarioHash, horizon, states, java, started,
                time, completed, shardIndex, shardCount, targetHalfWidth, maxReplicates, ceasefires);
    }

    /** This manifest for the merged, whole sweep. */
    public Manifest merged(String time, long completed) {
        return new Manifest(tool, version, sweep, sweepFile, scenarioFile, design, parameters, points,
                replicates, runs, masterSeed, designHash, scenarioHash, horizon, states, java, started,
                time, completed, 0, 1, targetHalfWidth, maxReplicates, ceasefires);
    }

    /**
     * What makes {@code other} a different sweep from this one: {@code "design"} or
     * {@code "scenario"} (their hashes differ), or null for the same sweep.
     */
    public String sweepDifference(Manifest other) {
        return !designHash.equals(other.designHash()) ? "design"
                : !scenarioHash.equals(other.scenarioHash()) ? "scenario" : null;
    }

    /** The slice of the sweep this folder holds. */
    public Shard shard() {
        return new Shard(shardIndex, shardCount);
    }

    /** Writes {@code manifest.json} in {@code dir} atomically. */
    public void write(Path dir) throws IOException {
        String text = JSON.writeValueAsString(this) + "\n";
        AtomicFiles.writeText(dir.resolve(FILE), w -> w.write(text));
    }

    /**
     * Reads {@code manifest.json} from {@code dir} and checks that its numbers fit together.
     *
     * @throws java.nio.file.NoSuchFileException if there is none
     * @throws ResultsFolderException if it is not a whole, consistent Truce manifest, in one line
     *     naming the file (and the line and column where JSON reading stopped)
     * @throws IOException if it cannot be read
     */
    public static Manifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Manifest m;
        try {
            m = JSON.readValue(file.toFile(), Manifest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new ResultsFolderException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a whole Truce manifest (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ")");
        }
        String problem = m == null ? "it is empty" : m.problem();
        if (problem != null) {
            throw new ResultsFolderException(file + ": not a Truce manifest: " + problem);
        }
        return m;
    }

    /** What makes this manifest impossible, or null if its numbers fit together. */
    private String problem() {
        if (!"truce".equals(tool)) {
            return "'tool' is " + (tool == null ? "missing" : "'" + tool + "'") + ", expected 'truce'";
        }
        if (design == null) {
            return "'design' is needed";
        }
        if (parameters == null || states == null || designHash == null || scenarioHash == null || version == null) {
            return "'parameters', 'states', 'designHash', 'scenarioHash' and 'version' are needed";
        }
        if (points < 1 || replicates < 1 || horizon < 1) {
            return "'points', 'replicates' and 'horizon' must be at least 1, found " + points + ", " + replicates
                    + " and " + horizon;
        }
        if (maxReplicates == 0 && runs != (long) points * replicates) {
            return "'runs' is " + runs + ", expected points x replicates = " + (long) points * replicates;
        }
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            return "shard " + shardIndex + " of " + shardCount + " is impossible: 'shardIndex' must be from 0 to"
                    + " 'shardCount' - 1";
        }
        return null;
    }

    /** The manifest as labelled text, for the report. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sweep", sweep);
        m.put("sweep file", sweepFile);
        m.put("scenario file", scenarioFile);
        m.put("design", design.key() + ", " + points + " points x " + replicates + " replicates"
                + (maxReplicates > 0 ? " at first, then more until each point's Wilson 95% half-width is at most "
                        + targetHalfWidth + " (at most " + maxReplicates + " replicates)" : " = " + runs + " runs"));
        m.put("swept parameters", String.join(", ", parameters));
        m.put("horizon", horizon + " days");
        if (!ceasefires.isEmpty()) {
            m.put("ceasefires", String.join(", ", ceasefires));
        }
        m.put("master seed", Long.toString(masterSeed));
        m.put("design hash", designHash);
        m.put("scenario hash", scenarioHash);
        m.put("tool", tool + " " + version + " on Java " + java);
        m.put("started", started);
        m.put("finished", finished == null ? "(not finished)" : finished);
        m.put("runs completed", Long.toString(runsCompleted));
        if (shardCount > 1) {
            m.put("shard", shard().toString());
        }
        return m;
    }
}
