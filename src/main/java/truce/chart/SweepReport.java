package truce.chart;

import truce.analysis.*;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import truce.analysis.CollapseDays;
import truce.analysis.DailyMeans;
import truce.analysis.KmSpread;
import truce.analysis.SurvivalGroups;
import truce.analysis.SweepAnalysis;
import truce.analysis.SweptParameter;
import truce.batch.Manifest;
import truce.analysis.Screening;
import truce.analysis.Sensitivity;
import truce.analysis.SweepSummary;
import truce.stats.Interval;
import truce.stats.PointSummary;
import truce.stats.SobolIndices;

/**
 * The charts and {@code index.html} of a sweep, made from its summary alone: survival against
 * each swept parameter (one line per level of a second parameter), a heatmap over a
 * two-parameter grid, Kaplan–Meier curves by level with a log-rank test, and the histogram of
 * collapse days. Charts go to {@code charts/} as PNG and SVG.
 */
public final class SweepReport {

    /** Most lines or curves drawn in one chart. */

    /** Beyond this many distinct values a parameter is treated as sampled and binned. */
    private static final int MAX_DISTINCT = 12;
    /** Bins of a sampled parameter. */
    private static final int BINS = 5;

    private final SweepAnalysis analysis;
    private final SweepSummary summary;
    private final Manifest manifest;
    private final int horizon;
    private final List<SweptParameter> parameters;

    private SweepReport(SweepAnalysis analysis) {
        this.analysis = analysis;
        this.summary = analysis.summary();
        this.manifest = summary.manifest();
        this.horizon = manifest.horizon();
        this.parameters = analysis.parameters();
    }

    /**
     * Writes the charts and {@code index.html} of a results folder (the CSV files are the
     * analysis's to write).
     *
     * @param dir the results folder
     * @param analysis what to show; not null
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, SweepAnalysis analysis) throws IOException {
        new SweepReport(analysis).writeAll(dir);
    }

    private static String label(SweptParameter p, String value) {
        return p.title() + " = " + shown(p, value);
    }

    /** A level as ticks and legends show it. */
    private static String shown(SweptParameter p, String value) {
        return p.numeric() ? DisplayFormat.number(Double.parseDouble(value)) : value;
    }

    private void writeAll(Path dir) throws IOException {
        List<ReportChart> charts = new ArrayList<>();
        if (!analysis.sensitivity().isEmpty()) {
            sensitivity(dir, charts);
        }
        if (!analysis.screening().isEmpty()) {
            screening(dir, charts);
        }
        if (parameters.size() == 2 && parameters.get(0).levels().size() > 1 && parameters.get(1).levels().size() > 1
                && summary.points().size() == parameters.get(0).levels().size() * parameters.get(1).levels().size()) {
            SweptParameter x = parameters.get(0);
            SweptParameter y = parameters.get(1);
            save(dir, charts, "heatmap", SurvivalHeatmap.create("Survival to day " + horizon, x.title(),
                    x.levels().stream().map(v -> shown(x, v)).toList(), y.title(),
                    y.levels().stream().map(v -> shown(y, v)).toList(), horizon, SurvivalByLevel.cells(summary, x, y)),
                    SurvivalHeatmap.WIDTH, SurvivalHeatmap.HEIGHT,
                    "Share of runs in which the ceasefire survived to day " + horizon + ", by " + x.path() + " and "
                            + y.path() + "; one equal-sized cell per combination, whatever the spacing of the values.");
        }
        for (SweptParameter x : parameters) {
            if (x.levels().size() < 2) {
                continue;
            }
            SweptParameter by = SurvivalByLevel.lineParameter(parameters, x);
            String file = "survival-by-" + slug(x.path());
            boolean pooled = x.levels().size() <= MAX_DISTINCT
                    && summary.points().size() > x.levels().size() * (by == null ? 1 : by.levels().size());
            String caption = "Survival to day " + horizon + " against " + x.path()
                    + (by == null ? "" : ", one line per level of " + by.path())
                    + (x.levels().size() > SurvivalByLevel.MAX_DISTINCT ? ", design points pooled into " + SurvivalByLevel.BINS
                            + " bins of equal count (the parameter's main effect, averaged over the other parameters)" : "")
                    + (pooled ? "; each point pools the design points that share its value(s), the other parameters"
                            + " varying (their spread is in the summary table)" : "")
                    + (x.numeric() ? ", with Wilson 95% intervals." : "; the levels are categories, so each has its"
                            + " point and Wilson 95% error bar, with nothing drawn between them.");
            JFreeChart chart = x.numeric()
                    ? SurvivalByParameterChart.create("Survival by " + x.title(), x.title(), horizon, SurvivalByLevel.series(summary, x, by, SweepReport::label))
                    : SurvivalByParameterChart.createCategorical("Survival by " + x.title(), x.title(),
                            x.levels(), horizon, SurvivalByLevel.series(summary, x, by, SweepReport::label));
            save(dir, charts, file, chart, SurvivalByParameterChart.WIDTH, SurvivalByParameterChart.HEIGHT, caption);
        }
        kaplanMeier(dir, charts);
        for (Map.Entry<String, SurvivalGroups> e : analysis.ceasefireGroups().entrySet()) {
            kaplanMeier(dir, charts, e.getKey(), e.getValue());
        }
        hazards(dir, charts);
        if (analysis.daily() != null) {
            dailyMeans(dir, charts);
        }
        if (analysis.incidence() != null) {
            endings(dir, charts, null, analysis.incidence());
        }
        for (Map.Entry<String, EndingIncidence> e : analysis.ceasefireIncidence().entrySet()) {
            endings(dir, charts, e.getKey(), e.getValue());
        }
        List<CollapseDays.Group> byGroup = analysis.collapseDays();
        long collapsed = byGroup.stream().mapToLong(g -> g.days().collapsed()).sum();
        long runs = byGroup.stream().mapToLong(g -> g.days().runs()).sum();
        String groupedBy = byGroup.size() == 1 ? null : groupedBy(analysis.groups());
        save(dir, charts, "collapse-days", CollapseDayHistogram.create("When ceasefires break", groupedBy == null
                        ? null : "one histogram per " + groupedBy + ", as the Kaplan\u2013Meier curves", byGroup),
                CollapseDayHistogram.WIDTH, CollapseDayHistogram.height(byGroup.size()),
                "Days of collapse among the runs that collapsed (" + collapsed + " of " + runs + (groupedBy == null
                        ? summary.points().size() == 1 ? "" : ", all design points together"
                        : "; one histogram per " + groupedBy) + "), in weekly bins; runs still in force at the"
                        + " horizon are not in it, so the bars count collapses, not the hazard (the Kaplan–Meier"
                        + " chart gives survival by day).");
        HtmlReport.write(dir, new ReportInput(manifest.sweep(), horizon, charts, table(), manifest.describe(), kind()));
    }

    /** The kind of analysis, for the report's title. */
    private String kind() {
        return switch (manifest.design()) {
            case SALTELLI -> "Sobol sensitivity analysis";
            case MORRIS -> "Morris screening";
            default -> "parameter sweep";
        };
    }

    /**
     * The summary as the page shows it: survival and Kaplan–Meier survival with their intervals
     * in one cell each, 3 significant digits, so the table fits the page; summary.csv has every
     * column to 6 decimals. Only the rows the page shows are made (the first
     * {@link HtmlReport#MAX_ROWS} points in design order; a 50,000-point sweep's table is not a
     * page anyone reads, and its rows cost seconds).
     */
    private SummaryTable table() {
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(manifest.parameters());
        header.add("runs");
        header.add("survival to day " + horizon + " (95% CI)");
        List<PointEstimates> estimates = analysis.estimates(HtmlReport.MAX_ROWS);
        for (int d : estimates.get(0).days()) {
            header.add("KM day " + d + " (95% CI)");
        }
        header.add("median collapse day");
        for (String key : manifest.ceasefires()) {
            header.add(key + ": no breakdown to day " + horizon + " (95% CI)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (PointEstimates p : estimates) {
            List<String> r = new ArrayList<>();
            r.add(p.id());
            for (String v : p.values().values()) {
                r.add(isNumber(v) ? DisplayFormat.number(Double.parseDouble(v)) : v);
            }
            r.add(Long.toString(p.n()));
            r.add(withInterval(p.survival(), java.util.Optional.of(p.survivalInterval())));
            for (int i = 0; i < p.days().size(); i++) {
                r.add(withInterval(p.km().get(i), p.kmIntervals().get(i)));
            }
            r.add(p.median().isPresent() ? DisplayFormat.number(p.median().getAsDouble()) : "not reached");
            for (PointSummary c : summary.points().get(rows.size()).ceasefires().values()) {
                r.add(withInterval(c.survivalProportion(), java.util.Optional.of(c.survival())));
            }
            rows.add(r);
        }
        return new SummaryTable(header, rows, summary.points().size());
    }

    /** "0.67\n(0.602–0.731)": the estimate over its interval. */
    private static String withInterval(double estimate, java.util.Optional<truce.stats.Interval> ci) {
        return DisplayFormat.number(estimate) + ci.map(i -> "\n(" + DisplayFormat.number(i.lower()) + "\u2013"
                + DisplayFormat.number(i.upper()) + ")").orElse("");
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void sensitivity(Path dir, List<ReportChart> charts) throws IOException {
        List<Sensitivity.Output> outputs = analysis.sensitivity();
        int n = summary.points().size() / (parameters.size() + 2);
        String detail = n + " base samples x " + (parameters.size() + 2) + " = " + summary.points().size()
                + " points, " + manifest.replicates() + " runs each";
        String[] files = {"sensitivity-survival", "sensitivity-km"};
        for (int o = 0; o < outputs.size(); o++) {
            Sensitivity.Output out = outputs.get(o);
            List<SensitivityChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < out.parameters().size(); i++) {
                SobolIndices.Index x = out.indices().get(i);
                bars.add(new SensitivityChart.Bar(out.parameters().get(i), x.first(), x.firstInterval().lower(),
                        x.firstInterval().upper(), x.total(), x.totalInterval().lower(), x.totalInterval().upper()));
            }
            save(dir, charts, files[o], SensitivityChart.create("Which levers matter: " + out.output(), out.output(),
                    bars, detail), SensitivityChart.WIDTH, SensitivityChart.HEIGHT,
                    "Sobol indices of " + out.output() + ": the first-order index is the share of its variance due to"
                            + " the parameter alone, the total-order index adds its interactions with the others"
                            + " (sensitivity.csv has the numbers).");
        }
    }

    private void screening(Path dir, List<ReportChart> charts) throws IOException {
        List<Screening.Output> outputs = analysis.screening();
        int r = summary.points().size() / (parameters.size() + 1);
        String detail = r + " trajectories x " + (parameters.size() + 1) + " = " + summary.points().size()
                + " points, " + manifest.replicates() + " runs each";
        String[] files = {"morris-survival", "morris-km"};
        for (int o = 0; o < outputs.size(); o++) {
            Screening.Output out = outputs.get(o);
            save(dir, charts, files[o], MorrisChart.create("Morris screening: " + out.output(), out.output(),
                    out.parameters(), out.effects(), detail), MorrisChart.WIDTH, MorrisChart.HEIGHT,
                    "Morris elementary effects on " + out.output() + ": mu* (Campolongo et al. 2007) ranks the"
                            + " parameters, a large sigma marks non-linearity or interactions (morris.csv has the numbers).");
        }
    }

    private void save(Path dir, List<ReportChart> charts, String name, JFreeChart chart, int w, int h, String caption)
            throws IOException {
        ChartFiles.save(chart, dir.resolve("charts"), name, w, h);
        charts.add(new ReportChart("charts/" + name, chart.getTitle().getText(), caption));
    }

    /** What the Kaplan–Meier groups are: "design point" or "level of <parameter in words>"; null for all runs. */
    private String groupedBy(SurvivalGroups groups) {
        if (groups.column() == null) {
            return null;
        }
        return groups.column().equals(SurvivalGroups.POINT) ? "design point" : "level of " + parameters.stream()
                .filter(p -> p.path().equals(groups.column())).map(SweptParameter::title).findFirst()
                .orElse(groups.column());
    }

    /** "; each curve pools about N design points (...)" for pooled groups, else empty. */
    private static String pooling(SurvivalGroups groups, String what) {
        return groups.pooled() ? "; each " + what + " pools the design points that share its level (up to "
                + groups.pointsPerGroup() + "), the other parameters varying" : "";
    }

    private void kaplanMeier(Path dir, List<ReportChart> charts) throws IOException {
        kaplanMeier(dir, charts, null, analysis.groups());
    }

    /** One ceasefire's hazard given each other one's breakdown, a chart per ordered pair. */
    private void hazards(Path dir, List<ReportChart> charts) throws IOException {
        ConditionalHazards h = analysis.hazards();
        if (!h.applies()) {
            return;
        }
        String by = h.column() == null ? "all runs" : h.column().equals("point") ? "design point"
                : h.column() + " (pooled over the other parameters)";
        for (ConditionalHazards.Pair pair : h.pairs()) {
            save(dir, charts, "hazard-" + slug(pair.ceasefire()) + "-given-" + slug(pair.other()),
                    HazardChart.create("Does a breakdown of " + pair.other() + " raise the hazard of " + pair.ceasefire()
                            + "?", h.groupTitle(), pair), HazardChart.WIDTH, HazardChart.HEIGHT,
                    "Breakdowns of " + pair.ceasefire() + " per 1,000 days at risk while " + pair.other()
                            + " had not broken down, and after it did, by " + by + ", with exact 95% intervals; a"
                            + " breakdown on the same day as " + pair.other() + "'s counts as before it. The hazard"
                            + " is taken as constant within each condition, so it mixes early and late days."
                            + " hazard.csv has the counts, days at risk and the rate ratio with its exact interval"
                            + " and p-value (as R's poisson.test).");
        }
    }

    /** The Kaplan–Meier chart of the composite ceasefire ({@code key} null) or of one ceasefire. */
    private void kaplanMeier(Path dir, List<ReportChart> charts, String key, SurvivalGroups groups) throws IOException {
        List<KmCurve> curves = new ArrayList<>();
        List<KmSpread> spreads = new ArrayList<>();
        for (SurvivalGroups.Group g : groups.groups()) {
            curves.add(g.curve());
            spreads.add(g.spread());
        }
        String by = groupedBy(groups);
        boolean several = !summary.manifest().ceasefires().isEmpty();
        String what = key != null ? "the share of runs in which ceasefire " + key + " had not broken down, by day of"
                + " the scenario's calendar (flat before it starts or the run does)"
                : several ? "the composite 'every ceasefire still in force' by day (it breaks down when the first"
                        + " ceasefire to end ends in a breakdown)"
                : "the share of ceasefires still in force by day";
        JFreeChart km = KaplanMeierChart.create(key == null ? (several ? "Every ceasefire still in force"
                : "Ceasefire survival over time") : "Ceasefire " + key + ": survival over time", curves, spreads,
                groups.logRank(), true);
        if (several) { // the scenario's calendar: a ceasefire may start after day 0
            ((org.jfree.chart.plot.XYPlot) km.getPlot()).getDomainAxis().setLabel("day of the scenario's calendar");
        }
        save(dir, charts, key == null ? "kaplan-meier" : "kaplan-meier-" + slug(key), km,
                KaplanMeierChart.WIDTH, KaplanMeierChart.height(curves.size()),
                "Kaplan–Meier estimate of " + what
                        + (by == null ? "" : ", one curve per " + by) + ", with pointwise 95% bands (conf.type "
                        + summary.ciType() + ", as R's survfit)" + pooling(groups, "curve")
                        + (groups.pooled() ? ": the dotted lines under and over a curve are the lowest and highest of"
                        + " those design points' own curves, the spread the pooled curve hides" : "") + "; ticks"
                        + " mark runs censored at the horizon" + (groups.logRank() == null ? "" : "; the log-rank test compares"
                        + " the curves") + ". Under the axis, the number of runs at risk on every 30th day, in brackets"
                        + " those that had collapsed by then."
                        + (key == null && analysis.daily() == null ? " (No averaged trajectories: they are summed"
                        + " while the runs run, which merged shards and adaptive replication do not do, and runs.csv"
                        + " has no daily values to rebuild them from.)" : ""));
    }

    /**
     * The cumulative incidence of each ending of the composite ceasefire ({@code key} null) or of one
     * ceasefire, pooled over the design points; none for a ceasefire that never ended.
     */
    private void endings(Path dir, List<ReportChart> charts, String key, EndingIncidence incidence)
            throws IOException {
        List<EndingIncidence.IncidenceCurve> curves = incidence.pooledCurves(summary.ciType());
        if (key != null && curves.isEmpty()) {
            return;
        }
        int points = summary.points().size();
        boolean several = !manifest.ceasefires().isEmpty();
        JFreeChart chart = IncidenceChart.create(key == null ? "How ceasefires end" : "How ceasefire " + key + " ends",
                (points == 1 ? "all runs" : "all runs of the " + points + " design points pooled")
                        + "  \u00b7  shaded: pointwise 95% interval", curves, horizon);
        if (several) { // the scenario's calendar, as the Kaplan–Meier charts
            ((org.jfree.chart.plot.XYPlot) chart.getPlot()).getDomainAxis().setLabel("day of the scenario's calendar");
        }
        save(dir, charts, key == null ? "endings" : "endings-" + slug(key), chart, IncidenceChart.WIDTH,
                IncidenceChart.HEIGHT, "Aalen–Johansen cumulative incidence of each way "
                        + (key == null ? several ? "the composite ceasefire (the first ceasefire to end)" : "a ceasefire"
                                : "ceasefire " + key) + " ended (breakdown, settlement, expiry), the others competing;"
                        + " what is left is the share still in force"
                        + (key == null ? "" : ", by day of the scenario's calendar (flat before it starts or the run does)")
                        + (points == 1 ? "" : ". It pools the design points: " + (key == null ? EndingIncidence.FILE
                                : EndingIncidence.BY_CEASEFIRE) + " has each point's values")
                        + ".");
    }

    private void dailyMeans(Path dir, List<ReportChart> charts) throws IOException {
        SurvivalGroups groups = analysis.groups();
        DailyMeans daily = analysis.daily();
        String by = groupedBy(groups);
        String lines = by == null ? "all runs together" : "one line per " + by;
        List<KmSpread> spreads = analysis.dailySpreads();
        boolean spread = spreads.stream().anyMatch(java.util.Objects::nonNull);
        save(dir, charts, "daily-means", DailyMeansChart.create("Averaged trajectories", lines
                        + "  \u00b7  shaded: 95% interval", daily, spreads), DailyMeansChart.WIDTH, DailyMeansChart.height(daily),
                "Day by day, the share of ceasefires still in force (Wilson 95% interval) and each state's mean trust"
                        + " and escalation among the runs whose ceasefire was in force at the start of the day (95%"
                        + " interval of the mean: mean ± 1.96 sd/√n; drawn while at least "
                        + DailyMeansChart.MIN_RUNS + " runs remain), " + lines + pooling(groups, "line")
                        + (groups.pooled() ? spread ? ": in the share still in force, the dotted lines under and over a"
                        + " line are the lowest and highest of those design points' own shares; the spread of their"
                        + " trust and escalation is not shown" : " (the spread between those points is not shown here:"
                        + " the Kaplan–Meier chart shows it for survival)" : "") + ". " + DailyMeans.FILE
                        + " has the numbers.");
    }

    /** A file-name-safe form of a key path: {@code mediators.*.leverage} to {@code mediators-all-leverage}. */
    static String slug(String path) {
        return path.replace("*", "all").replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
