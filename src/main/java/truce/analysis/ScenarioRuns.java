package truce.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.batch.Manifest;
import truce.batch.SweepRunner;
import truce.stats.Spell;

/**
 * The runs of one scenario, as survival data: each run's spell of breakdown-free survival
 * ({@code survived}, {@code collapse_day}) and how and when its ceasefire ended.
 *
 * @param label the scenario's name in tables and legends
 * @param file the scenario file
 * @param horizon the days simulated
 * @param states the scenario's states, in declaration order
 * @param spells one per run: its collapse, or censoring at the horizon
 * @param endings one per run: the day its ceasefire ended (or the horizon) and how (null if it
 *     was still in force)
 */
public record ScenarioRuns(String label, String file, int horizon, List<String> states, List<Spell> spells,
                           List<Ending> endings) {

    /**
     * How one run's ceasefire ended.
     *
     * @param day the day it ended, or the horizon
     * @param how how it ended ({@code breakdown}, {@code settlement}, ...), null if still in force
     */
    public record Ending(int day, String how) {
    }

    /** The {@code ending} of a run whose ceasefire was still in force at the horizon. */
    public static final String IN_FORCE = "in_force";

    public ScenarioRuns {
        states = List.copyOf(states);
        spells = List.copyOf(spells);
        endings = List.copyOf(endings);
    }

    /**
     * Reads a one-scenario results folder ({@code manifest.json} and {@code runs.csv}). How a run
     * ended is its {@code ending} and {@code ending_day} where the results have them (with
     * {@code in_force} meaning still in force), else its collapse {@code cause} and day.
     *
     * @param label the scenario's label; not null
     * @param dir the folder; not null
     * @return the runs, in file order
     * @throws IOException if a file is missing or unreadable
     */
    public static ScenarioRuns read(String label, Path dir) throws IOException {
        Manifest m = Manifest.read(dir);
        List<Spell> spells = new ArrayList<>();
        List<Ending> endings = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(dir.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            boolean hasEnding = parser.getHeaderMap().containsKey("ending");
            for (CSVRecord rec : parser) {
                if (!rec.isConsistent()) { // strict: no row is skipped without a word
                    throw new truce.batch.ResultsFolderException(dir.resolve(SweepRunner.RUNS) + ":"
                            + (rec.getRecordNumber() + 1) + ": expected " + parser.getHeaderNames().size()
                            + " columns, found " + rec.size());
                }
                boolean survived = rec.get("survived").equalsIgnoreCase("true");
                int day = Integer.parseInt(rec.get("collapse_day"));
                spells.add(survived ? Spell.censored(day) : Spell.collapse(day));
                if (hasEnding) {
                    String how = rec.get("ending");
                    endings.add(new Ending(Integer.parseInt(rec.get("ending_day")), how.equals(IN_FORCE) ? null : how));
                } else {
                    endings.add(new Ending(day, survived ? null : rec.get("cause")));
                }
            }
        }
        return new ScenarioRuns(label, m.scenarioFile(), m.horizon(), m.states(), spells, endings);
    }
}
