package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import truce.batch.Manifest;
import truce.stats.ConfidenceType;

/**
 * Everything a sweep's report shows, computed once from its results files: the per-point
 * summary, the swept parameters and their levels, the Kaplan–Meier groups with their log-rank
 * test, and for Saltelli or Morris designs the sensitivity indices or elementary effects.
 * {@link #write(Path)} writes the CSV files; {@code truce.chart.SweepReport} draws the rest.
 *
 * @param summary the per-point summary
 * @param parameters the swept parameters, in column order
 * @param groups the Kaplan–Meier groups and their log-rank test
 * @param sensitivity Sobol indices for a Saltelli design, else empty
 * @param screening Morris effects for a Morris design, else empty
 * @param sensitivityDay the day at which Kaplan–Meier survival is analysed for sensitivity
 * @param incidence the cumulative incidence of each ending, or null if {@code runs.csv} records no endings
 * @param ceasefireGroups for a scenario with a {@code ceasefires:} section, each ceasefire's
 *        Kaplan–Meier groups by key, in declaration order; else empty
 * @param hazards each ceasefire's hazard given another's breakdown (none for one ceasefire)
 */
public record SweepAnalysis(SweepSummary summary, List<SweptParameter> parameters, SurvivalGroups groups,
                            List<Sensitivity.Output> sensitivity, List<Screening.Output> screening,
                            int sensitivityDay, EndingIncidence incidence, Map<String, SurvivalGroups> ceasefireGroups,
                            ConditionalHazards hazards) {

    /** Day at which KM survival is analysed for sensitivity unless another is asked for. */
    public static final int DEFAULT_SENSITIVITY_DAY = 90;

    public SweepAnalysis {
        parameters = List.copyOf(parameters);
        sensitivity = List.copyOf(sensitivity);
        screening = List.copyOf(screening);
        ceasefireGroups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ceasefireGroups));
    }

    /**
     * Reads a results folder and analyses it.
     *
     * @param dir the results folder
     * @param sensitivityDay the day for Kaplan–Meier survival in sensitivity analyses
     * @param ciType how Kaplan–Meier intervals are built
     * @throws IOException if {@code manifest.json} or {@code runs.csv} cannot be read
     */
    public static SweepAnalysis read(Path dir, int sensitivityDay, ConfidenceType ciType) throws IOException {
        Manifest m = Manifest.read(dir);
        return of(SweepSummary.readRows(dir, m), m, sensitivityDay, ciType);
    }

    /**
     * Analyses rows already accumulated: by the sweep runner as it wrote them (so a fresh sweep's
     * report does not read {@code runs.csv} again), or by {@link #read}.
     *
     * @param rows the accumulated rows
     * @param m the sweep's manifest as finally written
     */
    public static SweepAnalysis of(SummaryBuilder rows, Manifest m, int sensitivityDay, ConfidenceType ciType) {
        return of(rows.build(m, ciType), sensitivityDay, rows.incidence().orElse(null));
    }

    /** Analyses a summary, with the endings' incidence if known (else null). */
    public static SweepAnalysis of(SweepSummary summary, int sensitivityDay, EndingIncidence incidence) {
        List<SweptParameter> parameters = SweptParameter.of(summary);
        Map<String, SurvivalGroups> each = new java.util.LinkedHashMap<>();
        for (String key : summary.manifest().ceasefires()) {
            each.put(key, SurvivalGroups.ofCeasefire(summary, parameters, key));
        }
        return new SweepAnalysis(summary, parameters, SurvivalGroups.of(summary, parameters),
                Sensitivity.applies(summary) ? Sensitivity.compute(summary, sensitivityDay) : List.of(),
                Screening.applies(summary) ? Screening.compute(summary, sensitivityDay) : List.of(),
                sensitivityDay, incidence, each, ConditionalHazards.of(summary, parameters));
    }

    /** Each point's headline estimates, for the report's table. */
    public List<PointEstimates> estimates() {
        return PointEstimates.of(summary);
    }

    /**
     * Writes {@code summary.csv}, {@code logrank.csv}, {@code incidence.csv} and, where they apply,
     * {@code sensitivity.csv}, {@code morris.csv} and {@code hazard.csv}.
     */
    public void write(Path dir) throws IOException {
        summary.write(dir);
        groups.write(dir);
        if (incidence != null) {
            incidence.write(dir, summary.ciType());
        }
        if (!sensitivity.isEmpty()) {
            Sensitivity.write(dir, sensitivity);
        }
        if (!screening.isEmpty()) {
            Screening.write(dir, screening);
        }
        if (hazards.applies()) {
            hazards.write(dir);
        }
    }
}
