package truce.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import truce.analysis.DailyMeans;
import truce.analysis.KmSpread;

/**
 * Averaged trajectories: stacked panels sharing the day axis, the first the share of ceasefires
 * still in force, then each state's mean trust and mean escalation; one line per group with its
 * shaded 95% band. Draws the values of {@link DailyMeans} and computes nothing.
 */
public final class DailyMeansChart {

    /** Width in pixels. */
    public static final int WIDTH = 900;
    private static final int PANEL_HEIGHT = 170;
    private static final int FRAME_HEIGHT = 150;
    private static final float BAND_ALPHA = 0.18f;
    /** Fewest runs still simulated on a day for its mean trust and escalation to be drawn (a mean of a few runs is noise). */
    public static final int MIN_RUNS = 10;

    private DailyMeansChart() {
    }

    /** Height in pixels for these means: one panel for the share in force, two per state. */
    public static int height(DailyMeans means) {
        return FRAME_HEIGHT + PANEL_HEIGHT * (1 + 2 * means.states().size());
    }

    /** The chart, without the spread of pooled groups. */
    public static JFreeChart create(String title, String subtitle, DailyMeans means) {
        return create(title, subtitle, means, List.of());
    }

    /**
     * The chart.
     *
     * @param title the title
     * @param subtitle a line under it, or null
     * @param means at most {@link Look#SERIES_COUNT} groups
     * @param spreads empty, or one per group: the lowest and highest of its design points' own shares
     *     still in force, drawn dotted in the first panel, or null for a group of one point
     */
    public static JFreeChart create(String title, String subtitle, DailyMeans means, List<KmSpread> spreads) {
        if (means.series().isEmpty() || means.series().size() > Look.SERIES_COUNT) {
            throw new IllegalArgumentException("expected 1 to " + Look.SERIES_COUNT + " groups, got "
                    + means.series().size());
        }
        double start = Double.POSITIVE_INFINITY; // a scenario may start later on its calendar
        double end = 1;
        for (DailyMeans.Series s : means.series()) {
            start = Math.min(start, s.days().get(0).day());
            end = Math.max(end, s.days().get(s.days().size() - 1).day());
        }
        NumberAxis x = ChartStyle.axis(KaplanMeierChart.X_LABEL);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setRange(start, Math.max(end, start + 1));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(10);
        XYPlot first = panel(means, "still in force", 0, d -> new DailyMeans.Mean(d.share(), d.shareInterval().lower(),
                d.shareInterval().upper()));
        boolean spread = !spreads.isEmpty() && KaplanMeierChart.addSpreads(first, 1,
                means.series().stream().map(DailyMeans.Series::label).toList(), spreads, (int) start);
        plot.add(first);
        for (int i = 0; i < means.states().size(); i++) {
            final int state = i;
            String name = means.states().get(i);
            plot.add(panel(means, "trust: " + name, MIN_RUNS, d -> d.trust().get(state)));
            plot.add(panel(means, "escalation: " + name, MIN_RUNS, d -> d.escalation().get(state)));
        }
        LegendItemCollection legend = first.getLegendItems();
        if (spread) {
            legend.add(KaplanMeierChart.spreadLegendItem());
        }
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static XYPlot panel(DailyMeans means, String label, int fewest,
                                Function<DailyMeans.Day, DailyMeans.Mean> value) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        List<DailyMeans.Series> series = means.series();
        for (int g = 0; g < series.size(); g++) {
            YIntervalSeries s = new YIntervalSeries(series.get(g).label(), false, true);
            for (DailyMeans.Day d : series.get(g).days()) {
                DailyMeans.Mean m = value.apply(d);
                if (!Double.isNaN(m.mean()) && d.atRisk() >= fewest) {
                    s.add(d.day(), m.mean(), Double.isNaN(m.lower()) ? m.mean() : m.lower(),
                            Double.isNaN(m.upper()) ? m.mean() : m.upper());
                }
            }
            data.addSeries(s);
            Color c = ChartStyle.series(g);
            r.setSeriesPaint(g, c);
            r.setSeriesFillPaint(g, c);
            r.setSeriesStroke(g, ChartStyle.LINE);
        }
        r.setAlpha(BAND_ALPHA);
        return ChartStyle.plot(data, null, ChartStyle.proportionAxis(label), r);
    }
}
