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
 * @param ceasefireIncidence for a scenario with a {@code ceasefires:} section, each ceasefire's
 *        cumulative incidence of its own endings by key, in declaration order; else empty
 * @param ceasefireGroups for a scenario with a {@code ceasefires:} section, each ceasefire's
 *        Kaplan–Meier groups by key, in declaration order; else empty
 * @param hazards each ceasefire's hazard given another's breakdown (none for one ceasefire)
 * @param daily the groups' averaged trajectories, or null if the sweep did not sum them (a shard,
 *     adaptive replication)
 */
public record SweepAnalysis(SweepSummary summary, List<SweptParameter> parameters, SurvivalGroups groups,
                            List<Sensitivity.Output> sensitivity, List<Screening.Output> screening,
                            int sensitivityDay, EndingIncidence incidence, Map<String, EndingIncidence> ceasefireIncidence,
                            Map<String, SurvivalGroups> ceasefireGroups, ConditionalHazards hazards, DailyMeans daily) {

    /** Day at which KM survival is analysed for sensitivity unless another is asked for. */
    public static final int DEFAULT_SENSITIVITY_DAY = 90;

    public SweepAnalysis {
        parameters = List.copyOf(parameters);
        sensitivity = List.copyOf(sensitivity);
        screening = List.copyOf(screening);
        ceasefireIncidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ceasefireIncidence));
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
        return read(dir, null, sensitivityDay, ciType);
    }

    /**
     * Same, with the days of its runs as the sweep summed them (null: keep the folder's daily means).
     *
     * @throws IOException if {@code manifest.json} or {@code runs.csv} cannot be read
     */
    public static SweepAnalysis read(Path dir, DailySums days, int sensitivityDay, ConfidenceType ciType)
            throws IOException {
        Manifest m = Manifest.read(dir);
        return of(dir, SweepSummary.readRows(dir, m), m, days, sensitivityDay, ciType);
    }

    /**
     * Analyses rows already accumulated: by the sweep runner as it wrote them (so a fresh sweep's
     * report does not read {@code runs.csv} again), or by {@link #read}.
     *
     * @param dir the results folder, for the daily means
     * @param rows the accumulated rows
     * @param m the sweep's manifest as finally written
     * @param days the days of its runs as the sweep summed them, for the groups' daily means; or
     *     null to keep the folder's {@value DailyMeans#FILE}, if it has one
     * @param sensitivityDay the day for Kaplan–Meier survival in sensitivity analyses
     * @param ciType how Kaplan–Meier intervals are built
     * @throws IOException if the daily means cannot be read
     */
    public static SweepAnalysis of(Path dir, SummaryBuilder rows, Manifest m, DailySums days, int sensitivityDay,
            ConfidenceType ciType) throws IOException {
        return of(dir, rows.build(m, ciType), rows.incidence().orElse(null), rows.ceasefireIncidence(), days,
                sensitivityDay);
    }

    /**
     * Analyses a results folder whose summary is known.
     *
     * @param dir the results folder, for the daily means
     * @param summary its summary
     * @param incidence the endings' cumulative incidence if known, else null
     * @param ceasefireIncidence each ceasefire's, by key (empty for a scenario of one ceasefire)
     * @param days the days of its runs as the sweep summed them, for the groups' daily means (which
     *     {@link #write} writes as {@value DailyMeans#FILE}); or null to read that file, if the folder has one
     * @param sensitivityDay the day for Kaplan–Meier survival in sensitivity analyses
     * @throws IOException if the daily means cannot be read
     */
    public static SweepAnalysis of(Path dir, SweepSummary summary, EndingIncidence incidence,
            Map<String, EndingIncidence> ceasefireIncidence, DailySums days, int sensitivityDay)
            throws IOException {
        List<SweptParameter> parameters = SweptParameter.of(summary);
        Map<String, SurvivalGroups> each = new java.util.LinkedHashMap<>();
        for (String key : summary.manifest().ceasefires()) {
            each.put(key, SurvivalGroups.ofCeasefire(summary, parameters, key));
        }
        SurvivalGroups groups = SurvivalGroups.of(summary, parameters);
        return new SweepAnalysis(summary, parameters, groups,
                Sensitivity.applies(summary) ? Sensitivity.compute(summary, sensitivityDay) : List.of(),
                Screening.applies(summary) ? Screening.compute(summary, sensitivityDay) : List.of(),
                sensitivityDay, incidence, ceasefireIncidence, each,
                ConditionalHazards.of(summary, parameters), daily(dir, summary.manifest(), groups, days));
    }

    /**
     * The groups' daily means: from the sums, rounded as {@value DailyMeans#FILE} holds them (so a
     * fresh report equals a redrawn one), when they cover the sweep's runs; else the folder's file,
     * if it has one that does.
     */
    private static DailyMeans daily(Path dir, Manifest m, SurvivalGroups groups, DailySums days) throws IOException {
        DailyMeans summed = days == null ? null : days.means(groups);
        if (summed != null) {
            return summed.runs() == m.runsCompleted() ? summed.rounded() : null;
        }
        return DailyMeans.read(dir, m).orElse(null);
    }

    /** The collapse days of each Kaplan–Meier group's runs (one group: all runs). */
    public List<CollapseDays.Group> collapseDays() {
        return CollapseDays.of(groups, summary.manifest().horizon());
    }

    /**
     * For each series of the averaged trajectories (the Kaplan–Meier groups), the lowest and
     * highest of its design points' own shares still in force by day ({@link KmSpread#ofInForce}),
     * what a pooled line hides; null for a series of one design point. Empty without daily means or
     * without the points' endings.
     */
    public List<KmSpread> dailySpreads() {
        if (daily == null || incidence == null) {
            return List.of();
        }
        List<KmSpread> out = new java.util.ArrayList<>();
        for (SurvivalGroups.Group g : groups.groups()) {
            out.add(g.points().size() < 2 ? null : KmSpread.ofInForce(g.points().stream()
                    .map(p -> incidence.point(p.index())).toList(), summary.manifest().horizon()));
        }
        return out;
    }

    /** The headline estimates of the first {@code limit} points (all, if fewer), for the report's table. */
    public List<PointEstimates> estimates(int limit) {
        return PointEstimates.of(summary, limit);
    }

    /**
     * Writes {@code summary.csv}, {@code logrank.csv}, {@code incidence.csv} and, where they apply,
     * {@value EndingIncidence#BY_CEASEFIRE}, {@code sensitivity.csv}, {@code morris.csv},
     * {@code hazard.csv} and {@value DailyMeans#FILE}
     * (rewritten as it was read, for a folder analysed from its files).
     */
    public void write(Path dir) throws IOException {
        summary.write(dir);
        groups.write(dir);
        if (incidence != null) {
            incidence.write(dir, summary.ciType());
        }
        if (!ceasefireIncidence.isEmpty()) {
            EndingIncidence.write(dir, ceasefireIncidence, summary.ciType());
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
        if (daily != null) {
            daily.write(dir);
        }
    }
}
