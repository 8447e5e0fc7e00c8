package truce.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.analysis.Comparison;
import truce.analysis.ComparisonTable;
import truce.analysis.KmCurve;
import truce.stats.Interval;
import truce.stats.LogRankResult;

/**
 * The report of {@code truce compare}: every scenario's Kaplan–Meier curve on one chart, and an
 * {@code index.html} with the comparison table (survival at fixed days, median, restricted mean
 * survival and its difference to the first scenario, cumulative incidence of each ending) and
 * the pairwise log-rank tests. Draws the values of a {@link Comparison}; computes nothing.
 */
public final class ComparisonReport {

    /** The chart's base name in the report folder. */
    public static final String KM_CHART = "kaplan-meier";

    private ComparisonReport() {
    }

    /**
     * Writes the chart (PNG and SVG) and {@code index.html} into {@code dir}.
     *
     * @param dir the comparison's folder; not null
     * @param name the comparison's name, the page title; not null
     * @param c the comparison; at most {@link KaplanMeierChart#MAX_CURVES} scenarios
     * @param about what was run (files, replicates, seeds), shown below the tables; not null
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, String name, Comparison c, Map<String, String> about) throws IOException {
        List<KmCurve> curves = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            curves.add(KmCurve.of(r.label(), r.km(), r.horizon(), c.confidence()));
        }
        LogRankResult test = c.overall().degreesOfFreedom() >= 1 ? c.overall() : null;
        ChartFiles.save(KaplanMeierChart.create("Ceasefire survival by scenario", curves, test, true), dir,
                KM_CHART, KaplanMeierChart.WIDTH, KaplanMeierChart.HEIGHT);
        List<ReportChart> charts = List.of(new ReportChart(KM_CHART, "Survival by scenario",
                "Kaplan–Meier estimate of the share of ceasefires still in force by day, one curve per scenario,"
                        + " with 95% bands ("
                        + c.confidence().rName() + " intervals, as R's survfit builds them); every scenario ran with the same replicate seeds. The subtitle"
                        + " tests whether all curves are equal (log-rank); the pairs are tested below, Holm-corrected."));
        Map<String, String> details = new LinkedHashMap<>(about);
        details.put("compared", c.sameStates() ? "survival of each scenario's ceasefire (the same states in every scenario)"
                : "survival of each scenario's ceasefire: the scenarios declare different states, so only survival,"
                        + " RMST and endings are compared, not per-state outcomes");
        details.put("restricted mean survival", "area under the Kaplan–Meier curve to day " + c.tau()
                + " (Royston & Parmar 2013); difference to " + c.rows().get(0).label()
                + " with the standard error of independent samples (conservative under common seeds)");
        for (Comparison.Pair p : c.pairs()) {
            details.put("log-rank " + p.a() + " vs " + p.b(), String.format(java.util.Locale.ROOT,
                    "\u03c7\u00b2 = %.2f, df = %d, %s; Holm-corrected %s", p.test().chiSquare(),
                    p.test().degreesOfFreedom(), DisplayFormat.pValue(p.test().pValue()),
                    DisplayFormat.pValue(p.holm())));
        }
        HtmlReport.write(dir, new ReportInput(name, c.tau(), charts, table(c), details));
    }

    /** The table the page shows: one row per scenario. */
    static SummaryTable table(Comparison c) {
        List<String> header = new ArrayList<>(List.of("scenario", "runs"));
        for (int d : Comparison.DAYS) {
            header.add("S(" + d + ") [95% CI]");
        }
        header.addAll(List.of("median day", "RMST to " + c.tau() + " [95% CI]",
                "\u0394RMST vs " + c.rows().get(0).label() + " [95% CI]", "p"));
        int k = lastDayWithin(c.tau());
        for (String e : ComparisonTable.incidenceEndings(c)) {
            header.add(e + " by day " + Comparison.DAYS.get(k));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            List<String> row = new ArrayList<>(List.of(r.label(), Long.toString(r.n())));
            for (int d : Comparison.DAYS) {
                Interval ci = r.survival().get(d);
                row.add(!r.survival().containsKey(d) ? "" : DisplayFormat.number(r.survivalAt(d)) + (ci == null ? ""
                        : " [" + DisplayFormat.number(ci.lower()) + ", " + DisplayFormat.number(ci.upper()) + "]"));
            }
            row.add(r.median().isPresent() ? DisplayFormat.number(r.median().getAsDouble()) : "not reached");
            Interval rm = r.rmst().interval(Comparison.LEVEL);
            row.add(DisplayFormat.number(r.rmst().estimate()) + " [" + DisplayFormat.number(rm.lower()) + ", "
                    + DisplayFormat.number(rm.upper()) + "]");
            if (r.difference() == null) {
                row.add("(reference)");
                row.add("");
            } else {
                row.add(DisplayFormat.number(r.difference().estimate()) + " [" + DisplayFormat.number(r.difference().lower())
                        + ", " + DisplayFormat.number(r.difference().upper()) + "]");
                row.add(DisplayFormat.pValue(r.difference().pValue()));
            }
            for (String e : ComparisonTable.incidenceEndings(c)) {
                double[] f = r.incidence().get(e);
                row.add(f == null ? "0" : DisplayFormat.number(f[k]));
            }
            rows.add(row);
        }
        return new SummaryTable(header, rows);
    }

    /** Index in {@link Comparison#DAYS} of the last day within {@code tau} (the first if none is). */
    private static int lastDayWithin(int tau) {
        int k = 0;
        for (int i = 0; i < Comparison.DAYS.size(); i++) {
            if (Comparison.DAYS.get(i) <= tau) {
                k = i;
            }
        }
        return k;
    }
}
