package truce.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import truce.batch.Manifest;
import truce.batch.Screening;
import truce.batch.Sensitivity;
import truce.batch.SweepSummary;
import truce.stats.Interval;
import truce.stats.KaplanMeier;
import truce.stats.ElementaryEffects;
import truce.stats.LogRankResult;
import truce.stats.SobolIndices;
import truce.stats.SurvivalCurve;
import truce.stats.SurvivalStep;

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

    private final SweepSummary summary;
    private final Manifest manifest;
    private final int horizon;
    private final List<Parameter> parameters;

    /** One swept parameter: its values mapped to numbers (categories to their index). */
    private record Parameter(String path, List<String> levels, boolean numeric) {

        double x(String value) {
            return numeric ? Double.parseDouble(value) : levels.indexOf(value);
        }

        String axisLabel() {
            if (numeric) {
                return path;
            }
            List<String> legend = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                legend.add(i + " = " + levels.get(i));
            }
            return path + " (" + String.join(", ", legend) + ")";
        }

        String label(String value) {
            return path + " = " + (numeric ? DisplayFormat.number(Double.parseDouble(value)) : value);
        }
    }

    private SweepReport(SweepSummary summary) {
        this.summary = summary;
        this.manifest = summary.manifest();
        this.horizon = manifest.horizon();
        this.parameters = new ArrayList<>();
        for (String path : manifest.parameters()) {
            TreeSet<String> seen = new TreeSet<>();
            boolean numeric = true;
            List<String> inOrder = new ArrayList<>();
            for (SweepSummary.Point p : summary.points()) {
                String v = p.values().get(path);
                if (seen.add(v)) {
                    inOrder.add(v);
                }
                numeric &= isNumber(v);
            }
            if (numeric) {
                inOrder.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
            }
            parameters.add(new Parameter(path, inOrder, numeric));
        }
    }

    /**
     * Writes the charts and {@code index.html} of a results folder.
     *
     * @param dir the results folder
     * @param summary its summary; not null
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, SweepSummary summary) throws IOException {
        write(dir, summary, DEFAULT_SENSITIVITY_DAY);
    }

    /**
     * Same, for a Saltelli design also writing {@code sensitivity.csv} and its charts, with
     * Kaplan–Meier survival analysed at {@code sensitivityDay}.
     */
    public static void write(Path dir, SweepSummary summary, int sensitivityDay) throws IOException {
        new SweepReport(summary).writeAll(dir, sensitivityDay);
    }

    /** Day at which KM survival is analysed for sensitivity unless another is asked for. */
    public static final int DEFAULT_SENSITIVITY_DAY = 90;

    private void writeAll(Path dir, int sensitivityDay) throws IOException {
        List<ReportChart> charts = new ArrayList<>();
        if (Sensitivity.applies(summary)) {
            sensitivity(dir, charts, sensitivityDay);
        }
        if (Screening.applies(summary)) {
            screening(dir, charts, sensitivityDay);
        }
        if (parameters.size() == 2 && parameters.get(0).levels().size() > 1 && parameters.get(1).levels().size() > 1
                && summary.points().size() == parameters.get(0).levels().size() * parameters.get(1).levels().size()) {
            Parameter x = parameters.get(0);
            Parameter y = parameters.get(1);
            save(dir, charts, "heatmap", SurvivalHeatmap.create("Survival to day " + horizon, x.axisLabel(),
                    y.axisLabel(), horizon, cells(x, y)), SurvivalHeatmap.WIDTH, SurvivalHeatmap.HEIGHT,
                    "Share of runs in which the ceasefire survived to day " + horizon + ", by " + x.path() + " and " + y.path() + ".");
        }
        for (Parameter x : parameters) {
            if (x.levels().size() < 2) {
                continue;
            }
            Parameter by = lineParameter(x);
            String file = "survival-by-" + slug(x.path());
            String caption = "Survival to day " + horizon + " against " + x.path()
                    + (by == null ? "" : ", one line per level of " + by.path())
                    + (x.levels().size() > MAX_DISTINCT ? ", design points pooled into " + BINS
                            + " bins of equal count (the parameter's main effect)" : "")
                    + ", with Wilson 95% intervals.";
            save(dir, charts, file, SurvivalByParameterChart.create("Survival by " + x.path(), x.axisLabel(), horizon,
                    series(x, by)), SurvivalByParameterChart.WIDTH, SurvivalByParameterChart.HEIGHT, caption);
        }
        kaplanMeier(dir, charts);
        CollapseDays days = collapseDays();
        save(dir, charts, "collapse-days", CollapseDayHistogram.create("When ceasefires break", days),
                CollapseDayHistogram.WIDTH, CollapseDayHistogram.HEIGHT,
                "Day of collapse of every run that collapsed, in weekly bins: the hazard over time.");
        HtmlReport.write(dir, new ReportInput(manifest.sweep(), horizon, charts,
                new SummaryTable(summary.header(), summary.rows()), manifest.describe()));
    }

    private void sensitivity(Path dir, List<ReportChart> charts, int day) throws IOException {
        List<Sensitivity.Output> outputs = Sensitivity.compute(summary, day);
        Sensitivity.write(dir, outputs);
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

    private void screening(Path dir, List<ReportChart> charts, int day) throws IOException {
        List<Screening.Output> outputs = Screening.compute(summary, day);
        Screening.write(dir, outputs);
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

    private List<GridCell> cells(Parameter x, Parameter y) {
        List<GridCell> cells = new ArrayList<>();
        for (SweepSummary.Point p : summary.points()) {
            cells.add(new GridCell(x.x(p.values().get(x.path())), y.x(p.values().get(y.path())),
                    p.stats().survivalProportion(), p.stats().n()));
        }
        return cells;
    }

    /** The parameter whose levels make the lines of x's chart: another one with few levels. */
    private Parameter lineParameter(Parameter x) {
        if (parameters.size() != 2) {
            return null; // with more, lines by one parameter would mix the others' levels
        }
        Parameter other = parameters.get(parameters.get(0) == x ? 1 : 0);
        return other.levels().size() > 1 && other.levels().size() <= MAX_LEVELS ? other : null;
    }

    private List<SurvivalSeries> series(Parameter x, Parameter by) {
        Map<String, List<SurvivalPoint>> lines = new LinkedHashMap<>();
        if (by != null) {
            by.levels().forEach(l -> lines.put(by.label(l), new ArrayList<>()));
        }
        for (SweepSummary.Point p : summary.points()) {
            String line = by == null ? "" : by.label(p.values().get(by.path()));
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

    /**
     * Runs pooled into groups for Kaplan–Meier curves: collapses by day and survivors per group.
     *
     * @param by what the groups are, for the caption; null for all runs in one group
     */
    private record Groups(String by, Map<String, long[]> counts, Map<String, Long> survivors) {

        LogRankResult test(int horizon) {
            return truce.stats.LogRank.testCounts(new ArrayList<>(counts.values()),
                    survivors.values().stream().mapToLong(Long::longValue).toArray(), horizon);
        }
    }

    private Groups group(String by, Function<SweepSummary.Point, String> key, List<String> order) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Long> survivors = new LinkedHashMap<>();
        order.forEach(label -> {
            counts.put(label, new long[horizon]);
            survivors.put(label, 0L);
        });
        for (SweepSummary.Point p : summary.points()) {
            String g = key.apply(p);
            long collapsed = addEvents(p.stats().km(), counts.computeIfAbsent(g, k -> new long[horizon]));
            survivors.merge(g, p.stats().n() - collapsed, Long::sum);
        }
        return new Groups(by, counts, survivors);
    }

    /**
     * Curves by design point when there are few; else by the level of the parameter that splits
     * survival most (the largest log-rank statistic), pooled over the others; else all runs.
     */
    private Groups kmGroups() {
        if (summary.points().size() <= MAX_LEVELS) {
            List<String> labels = summary.points().stream().map(SweepReport::pointLabel).toList();
            return group("design point", SweepReport::pointLabel, labels);
        }
        Groups best = null;
        double bestChi = -1;
        for (Parameter x : parameters) {
            if (x.levels().size() < 2 || x.levels().size() > MAX_LEVELS) {
                continue;
            }
            Groups g = group(x.path() + " (pooled over the other parameters)",
                    p -> x.label(p.values().get(x.path())), x.levels().stream().map(x::label).toList());
            double chi = g.test(horizon).chiSquare();
            if (chi > bestChi) {
                best = g;
                bestChi = chi;
            }
        }
        return best != null ? best : group(null, p -> "all runs", List.of("all runs"));
    }

    private static String pointLabel(SweepSummary.Point p) {
        return p.values().isEmpty() ? "all runs" : String.join(", ", p.values().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).toList());
    }

    private void kaplanMeier(Path dir, List<ReportChart> charts) throws IOException {
        Groups groups = kmGroups();
        List<KmCurve> curves = new ArrayList<>();
        groups.counts().forEach((label, c) ->
                curves.add(curve(label, KaplanMeier.fromCounts(c, groups.survivors().get(label), horizon))));
        LogRank test = null;
        if (curves.size() >= 2) {
            LogRankResult r = groups.test(horizon);
            test = new LogRank(r.chiSquare(), r.degreesOfFreedom(), r.pValue());
        }
        save(dir, charts, "kaplan-meier", KaplanMeierChart.create("Ceasefire survival over time", curves, test, true),
                KaplanMeierChart.WIDTH, KaplanMeierChart.HEIGHT,
                "Kaplan–Meier estimate of the share of ceasefires still in force by day"
                        + (groups.by() == null ? "" : ", by " + groups.by()) + ", with Greenwood 95% bands; ticks"
                        + " mark runs censored at the horizon" + (test == null ? "." : "; the log-rank test compares"
                        + " the curves."));
    }

    /** Adds a curve's collapses by day into {@code counts}; returns how many runs collapsed. */
    private static long addEvents(SurvivalCurve km, long[] counts) {
        long total = 0;
        for (SurvivalStep st : km.steps()) {
            if (st.events() > 0) {
                counts[(int) st.time()] += st.events();
                total += st.events();
            }
        }
        return total;
    }

    private KmCurve curve(String label, SurvivalCurve km) {
        List<KmStep> steps = new ArrayList<>();
        for (SurvivalStep st : km.steps()) {
            if (st.events() > 0) {
                steps.add(km.intervalAt(st.time(), 0.95, summary.ciType())
                        .map(ci -> new KmStep(st.time(), st.survival(), ci.lower(), ci.upper()))
                        .orElse(new KmStep(st.time(), st.survival(), 0.0, 0.0))); // S = 0: no interval, nothing to shade
            }
        }
        return new KmCurve(label, steps, km.censorTimes(), horizon);
    }

    private CollapseDays collapseDays() {
        long[] counts = new long[horizon];
        long runs = 0;
        for (SweepSummary.Point p : summary.points()) {
            addEvents(p.stats().km(), counts);
            runs += p.stats().n();
        }
        List<HistogramBin> bins = new ArrayList<>();
        long collapsed = 0;
        for (int start = 0; start < horizon; start += (int) CollapseDays.WEEK) {
            int end = Math.min(horizon, start + (int) CollapseDays.WEEK);
            long c = 0;
            for (int d = start; d < end; d++) {
                c += counts[d];
            }
            bins.add(new HistogramBin(start, end, c));
            collapsed += c;
        }
        double median = Double.NaN;
        long seen = 0;
        for (int d = 0; d < horizon && collapsed > 0; d++) {
            seen += counts[d];
            if (2 * seen >= collapsed) {
                median = d;
                break;
            }
        }
        return new CollapseDays(bins, runs, median, horizon);
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A file-name-safe form of a key path: {@code mediators.*.leverage} to {@code mediators-all-leverage}. */
    static String slug(String path) {
        return path.replace("*", "all").replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
