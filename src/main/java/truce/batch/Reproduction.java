package truce.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.model.RecordedRun;
import truce.model.Simulation;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * Replays one run of a finished sweep from its manifest and recorded seed, and checks that the
 * outcome equals the row in {@code runs.csv}: a surprising row can then be looked at day by day.
 */
public final class Reproduction {

    /**
     * A replayed run.
     *
     * @param task the run, as the plan defines it
     * @param run its outcome and trajectory
     * @param recorded its row in runs.csv
     * @param replayed the row the replay gives
     */
    public record Result(RunTask task, RecordedRun run, List<String> recorded, List<String> replayed) {

        /** Whether the replay gives the recorded row exactly. */
        public boolean matches() {
            return recorded.equals(replayed);
        }
    }

    private Reproduction() {
    }

    /**
     * Replays run {@code run} of the sweep in {@code dir}.
     *
     * @throws ResultsFolderException if the folder is no sweep, the sweep or scenario file has
     *     changed since (its hash differs), or there is no such run
     * @throws IOException if a file cannot be read
     */
    public static Result replay(Path dir, long run) throws IOException {
        Manifest m;
        try {
            m = Manifest.read(dir);
        } catch (IOException e) {
            throw new ResultsFolderException(dir + " holds no sweep: it has no readable " + Manifest.FILE);
        }
        SweepSpec file = SweepLoader.load(Path.of(m.sweepFile()));
        SweepPlan plan = SweepPlan.of(file.withReplicates(m.replicates()));
        if (!plan.designHash(Adaptive.of(m)).equals(m.designHash()) || !plan.scenarioHash().equals(m.scenarioHash())) {
            throw new ResultsFolderException("cannot reproduce: " + m.sweepFile() + " or its scenario has changed"
                    + " since the sweep ran (its design or scenario hash differs from the manifest's)");
        }
        List<String> recorded = find(dir.resolve(SweepRunner.RUNS), run);
        RunTask task = plan.task(Integer.parseInt(recorded.get(1).substring(1)), Integer.parseInt(recorded.get(2)), run);
        RecordedRun replay = Simulation.runRecorded(task.scenario(), task.seed());
        return new Result(task, replay, recorded, RunsCsv.row(task, replay.outcome(), plan.columns()));
    }

    private static List<String> find(Path runs, long run) throws IOException {
        String id = Long.toString(run);
        try (Reader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             CSVParser parser = AppendLog.FORMAT.parse(r)) {
            for (CSVRecord rec : parser) {
                if (rec.get(0).equals(id)) {
                    return rec.toList();
                }
            }
        }
        throw new ResultsFolderException("run " + run + " is not in " + runs + " (an unfinished sweep?)");
    }
}
