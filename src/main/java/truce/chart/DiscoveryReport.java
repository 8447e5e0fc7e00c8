package truce.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.analysis.Discovery;
import truce.analysis.DiscoveryTables;
import truce.analysis.FeatureScores;
import truce.analysis.Prim;

/**
 * The report of {@code truce discover}: the peeling trajectory chart and an {@code index.html}
 * with the chosen box's limits and the feature ranking. Draws a {@link Discovery}; computes
 * nothing.
 */
public final class DiscoveryReport {

    /** The chart's base name. */
    public static final String CHART = "peeling-trajectory";

    private DiscoveryReport() {
    }

    /**
     * Writes the chart and the page into {@code dir}.
     *
     * @param dir the folder; not null
     * @param d the discovery; not null
     * @param horizon the sweep's horizon in days (shown on the page)
     * @param about what was analysed, shown below the table; not null
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, Discovery d, int horizon, Map<String, String> about) throws IOException {
        List<PeelingTrajectoryChart.Point> points = new ArrayList<>();
        for (Prim.Box b : d.trajectory()) {
            points.add(new PeelingTrajectoryChart.Point(b.coverage(), b.density(), b.restrictedCount()));
        }
        ChartFiles.save(PeelingTrajectoryChart.create("PRIM peeling trajectory", d.outcome(), points, d.chosen()), dir,
                CHART, PeelingTrajectoryChart.WIDTH, PeelingTrajectoryChart.HEIGHT);
        List<ReportChart> charts = List.of(new ReportChart(CHART, "Peeling trajectory",
                "Each point is a candidate box found by peeling (Friedman & Fisher 1999): further right it holds more of"
                        + " the runs where " + d.outcome() + " (coverage), higher up a larger share of its runs are such"
                        + " runs (density); colours count the parameters it restricts. The table describes box "
                        + d.chosen() + "; pick another with --box K."));
        List<List<String>> box = DiscoveryTables.box(d);
        SummaryTable table = new SummaryTable(box.get(0), box.subList(1, box.size()));
        Map<String, String> details = new LinkedHashMap<>(about);
        Prim.Box b = d.box();
        details.put("box " + d.chosen(), String.format(java.util.Locale.ROOT,
                "coverage %s, density %s, %d of %d runs (mass %s), %d parameters restricted; qp: one-sided binomial"
                        + " quasi-p-value of each restriction (as EMA Workbench)", DisplayFormat.number(b.coverage()),
                DisplayFormat.number(b.density()), b.inside(), d.runs(), DisplayFormat.number(b.mass()),
                b.restrictedCount()));
        int rank = 1;
        for (FeatureScores.Score s : d.features()) {
            details.put("feature " + rank++ + ": " + s.parameter(), String.format(java.util.Locale.ROOT,
                    "mutual information %s bits; outcome rate %s in its lowest bin, %s in its highest",
                    DisplayFormat.number(s.mutualInformation()), DisplayFormat.number(s.lowRate()),
                    DisplayFormat.number(s.highRate())));
        }
        HtmlReport.write(dir, new ReportInput("discover: " + d.outcome(), horizon, charts, table, details));
    }
}
