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
import truce.analysis.SurvivalGroups;
import truce.analysis.SweepAnalysis;
import truce.analysis.SweptParameter;
import truce.batch.Manifest;
import truce.batch.Screening;
import truce.batch.Sensitivity;
import truce.batch.SweepSummary;
import truce.stats.Interval;
import truce.stats.ElementaryEffects;
import truce.stats.SobolIndices;
import truce.stats.SurvivalCurve;

/**
 * The charts and {@code index.html} of a sweep, made from its summary alone: survival against
 * each swept parameter (one line per level of a second parameter), a heatmap over a
 * two-parameter grid, Kaplan–Meier curves by level with a log-rank test, and the histogram of
 * collapse days. Charts go to {@code charts/} as PNG and SVG.
 */
public final class SweepReport {

    /** Most lines or curves drawn in one chart. */
    private static final int MAX_LEVELS = 8;
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
                    y.levels().stream().map(v -> shown(y, v)).toList(), horizon, cells(x, y)),
                    SurvivalHeatmap.WIDTH, SurvivalHeatmap.HEIGHT,
                    "Share of runs in which the ceasefire survived to day " + horizon + ", by " + x.path() + " and "
                            + y.path() + "; one equal-sized cell per combination, whatever the spacing of the values.");
        }
        for (SweptParameter x : parameters) {
            if (x.levels().size() < 2) {
                continue;
            }
            SweptParameter by = lineParameter(x);
            String file = "survival-by-" + slug(x.path());
            boolean pooled = x.levels().size() <= MAX_DISTINCT
                    && summary.points().size() > x.levels().size() * (by == null ? 1 : by.levels().size());
            String caption = "Survival to day " + horizon + " against " + x.path()
                    + (by == null ? "" : ", one line per level of " + by.path())
                    + (x.levels().size() > MAX_DISTINCT ? ", design points pooled into " + BINS
                            + " bins of equal count (the parameter's main effect, averaged over the other parameters)" : "")
                    + (pooled ? "; each point pools the design points that share its value(s), the other parameters"
                            + " varying (their spread is in the summary table)" : "")
                    + (x.numeric() ? ", with Wilson 95% intervals." : "; the levels are categories, so each has its"
                            + " point and Wilson 95% error bar, with nothing drawn between them.");
            JFreeChart chart = x.numeric()
                    ? SurvivalByParameterChart.create("Survival by " + x.title(), x.title(), horizon, series(x, by))
                    : SurvivalByParameterChart.createCategorical("Survival by " + x.title(), x.title(),
                            x.levels(), horizon, series(x, by));
            save(dir, charts, file, chart, SurvivalByParameterChart.WIDTH, SurvivalByParameterChart.HEIGHT, caption);
        }
        kaplanMeier(dir, charts);
        if (analysis.incidence() != null) {
            int points = summary.points().size();
            save(dir, charts, "endings", IncidenceChart.create("How ceasefires end",
                    (points == 1 ? "all runs" : "all runs of the " + points + " design points pooled")
                            + "  \u00b7  shaded: pointwise 95% interval", analysis.incidence().pooledCurves(summary.ciType()),
                    horizon), IncidenceChart.WIDTH, IncidenceChart.HEIGHT,
                    "Aalen–Johansen cumulative incidence of each way a ceasefire ended (breakdown, settlement, expiry),"
                            + " the others competing; what is left is the share still in force"
                            + (points == 1 ? "" : ". It pools the design points: incidence.csv has each point's values")
                            + ".");
        }
        CollapseDays days = CollapseDays.of(summary);
        save(dir, charts, "collapse-days", CollapseDayHistogram.create("When ceasefires break", days),
                CollapseDayHistogram.WIDTH, CollapseDayHistogram.HEIGHT,
                "Day of collapse of every run that collapsed, in weekly bins: the hazard over time.");
        HtmlReport.write(dir, new ReportInput(manifest.sweep(), horizon, charts, table(), manifest.describe(), kind()));
    }

    /** The kind of analysis, for the report's title. */
    private String kind() {
        return switch (manifest.design()) {
            case "saltelli" -> "Sobol sensitivity analysis";
            case "morris" -> "Morris screening";
            default -> "parameter sweep";
        };
    }

    /**
     * The summary as the page shows it: survival and Kaplan–Meier survival with their intervals
     * in one cell each, 3 significant digits, so the table fits the page; summary.csv has every
     * column to 6 decimals.
     */
    private SummaryTable table() {
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(manifest.parameters());
        header.add("runs");
        header.add("survival to day " + horizon + " (95% CI)");
        for (int d : SweepSummary.KM_DAYS) {
            if (d <= horizon) {
                header.add("KM day " + d + " (95% CI)");
            }
        }
        header.add("median collapse day");
        List<List<String>> rows = new ArrayList<>();
        for (SweepSummary.Point p : summary.points()) {
            List<String> r = new ArrayList<>();
            r.add(p.id());
            for (String v : p.values().values()) {
                r.add(isNumber(v) ? DisplayFormat.number(Double.parseDouble(v)) : v);
            }
            r.add(Long.toString(p.stats().n()));
            r.add(withInterval(p.stats().survivalProportion(), java.util.Optional.of(p.stats().survival())));
            for (int d : SweepSummary.KM_DAYS) {
                if (d <= horizon) {
                    r.add(withInterval(p.stats().kmAt(d), p.stats().kmIntervalAt(d, summary.ciType())));
                }
            }
            java.util.OptionalDouble m = p.stats().medianCollapseDay();
            r.add(m.isPresent() ? DisplayFormat.number(m.getAsDouble()) : "not reached");
            rows.add(r);
        }
        return new SummaryTable(header, rows);
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
            List<SensitivityChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < out.parameters().size(); i++) {
                ElementaryEffects.Effect e = out.effects().get(i);
                bars.add(new SensitivityChart.Bar(out.parameters().get(i), e.sigma(), e.sigma(), e.sigma(),
                        e.muStar(), e.muStarInterval().lower(), e.muStarInterval().upper()));
            }
            save(dir, charts, files[o], SensitivityChart.create("Morris screening: " + out.output(),
                    "elementary effect on " + out.output() + " (per whole range)", bars, detail,
                    "sigma (non-linearity, interactions)", "mu* (mean absolute effect)"),
                    SensitivityChart.WIDTH, SensitivityChart.HEIGHT,
                    "Morris elementary effects on " + out.output() + ": mu* (Campolongo et al. 2007) ranks the"
                            + " parameters, a large sigma marks non-linearity or interactions (morris.csv has the numbers).");
        }
    }

    private void save(Path dir, List<ReportChart> charts, String name, JFreeChart chart, int w, int h, String caption)
            throws IOException {
        ChartFiles.save(chart, dir.resolve("charts"), name, w, h);
        charts.add(new ReportChart("charts/" + name, chart.getTitle().getText(), caption));
    }

    private List<GridCell> cells(SweptParameter x, SweptParameter y) {
        List<GridCell> cells = new ArrayList<>();
        for (SweepSummary.Point p : summary.points()) {
            cells.add(new GridCell(x.levels().indexOf(p.values().get(x.path())),
                    y.levels().indexOf(p.values().get(y.path())),
                    p.stats().survivalProportion(), p.stats().n()));
        }
        return cells;
    }

    /** The parameter whose levels make the lines of x's chart: another one with few levels. */
    private SweptParameter lineParameter(SweptParameter x) {
        if (parameters.size() != 2) {
            return null; // with more, lines by one parameter would mix the others' levels
        }
        SweptParameter other = parameters.get(parameters.get(0) == x ? 1 : 0);
        return other.levels().size() > 1 && other.levels().size() <= MAX_LEVELS ? other : null;
    }

    private List<SurvivalSeries> series(SweptParameter x, SweptParameter by) {
        Map<String, List<SurvivalPoint>> lines = new LinkedHashMap<>();
        if (by != null) {
            by.levels().forEach(l -> lines.put(label(by, l), new ArrayList<>()));
        }
        for (SweepSummary.Point p : summary.points()) {
            String line = by == null ? "" : label(by, p.values().get(by.path()));
            Interval ci = p.stats().survival();
            lines.computeIfAbsent(line, k -> new ArrayList<>()).add(new SurvivalPoint(x.x(p.values().get(x.path())),
                    p.stats().survivalProportion(), ci.lower(), ci.upper(), p.stats().n()));
        }
        List<SurvivalSeries> out = new ArrayList<>();
        boolean sampled = x.levels().size() > MAX_DISTINCT;
        lines.forEach((label, points) -> {
            points.sort((a, b) -> Double.compare(a.x(), b.x()));
            out.add(new SurvivalSeries(label, sampled ? binned(points) : dedupe(points)));
        });
        return out;
    }

    /** Points at the same x (other parameters varying) are pooled: counts added, Wilson redone. */
    private static List<SurvivalPoint> dedupe(List<SurvivalPoint> sorted) {
        List<SurvivalPoint> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).x() == sorted.get(i).x()) {
                j++;
            }
            out.add(pool(sorted.subList(i, j)));
            i = j;
        }
        return out;
    }

    /**
     * A sampled design (Latin hypercube, Sobol) has a different value at every point, with the
     * other parameters varying too: its points are pooled into {@value #BINS} bins of equal count
     * along x, showing the parameter's main effect.
     */
    private static List<SurvivalPoint> binned(List<SurvivalPoint> sorted) {
        List<SurvivalPoint> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            List<SurvivalPoint> bin = sorted.subList(b * sorted.size() / BINS, (b + 1) * sorted.size() / BINS);
            if (!bin.isEmpty()) {
                out.add(pool(bin));
            }
        }
        return out;
    }

    /** One point for several: mean x, runs and survivals added, Wilson interval recomputed. */
    private static SurvivalPoint pool(List<SurvivalPoint> points) {
        if (points.size() == 1) {
            return points.get(0);
        }
        long n = 0;
        long survivals = 0;
        double x = 0;
        for (SurvivalPoint p : points) {
            n += p.n();
            survivals += Math.round(p.survival() * p.n());
            x += p.x();
        }
        Interval ci = truce.stats.Proportions.wilson(survivals, n, 0.95);
        return new SurvivalPoint(x / points.size(), (double) survivals / n, ci.lower(), ci.upper(), n);
    }

    private void kaplanMeier(Path dir, List<ReportChart> charts) throws IOException {
        SurvivalGroups groups = analysis.groups();
        List<KmCurve> curves = new ArrayList<>();
        for (SurvivalGroups.Group g : groups.groups()) {
            curves.add(g.curve());
        }
        String by = groups.column() == null ? null : groups.column().equals("point") ? "design point"
                : groups.column() + (groups.pooled() ? " (pooled over the other parameters)" : "");
        save(dir, charts, "kaplan-meier", KaplanMeierChart.create("Ceasefire survival over time", curves,
                groups.logRank(), true), KaplanMeierChart.WIDTH, KaplanMeierChart.height(curves.size()),
                "Kaplan–Meier estimate of the share of ceasefires still in force by day"
                        + (by == null ? "" : ", by " + by) + ", with pointwise 95% bands (conf.type "
                        + summary.ciType() + ", as R's survfit); ticks"
                        + " mark runs censored at the horizon" + (groups.logRank() == null ? "" : "; the log-rank test compares"
                        + " the curves") + ". Under the axis, the number of runs at risk on every 30th day, in brackets"
                        + " those that had collapsed by then.");
    }

    /** A file-name-safe form of a key path: {@code mediators.*.leverage} to {@code mediators-all-leverage}. */
    static String slug(String path) {
        return path.replace("*", "all").replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
