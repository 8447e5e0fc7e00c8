package truce.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import truce.analysis.ConditionalHazards;
import truce.analysis.HazardCounts;

/**
 * One ceasefire's hazard given another's breakdown ({@link ConditionalHazards.Pair}), one group of
 * runs (a design point or a parameter's level) per tick. Above: breakdowns per 1,000 days at risk
 * while the other ceasefire had not broken down and after it did, side by side, with exact 95%
 * error bars. Below, on a log scale with a dashed line at 1: their day-stratified (Mantel–Haenszel)
 * rate ratio with its 95% interval, the answer to "does the other's breakdown raise this one's
 * hazard?". Everything drawn comes from the analysis; nothing is computed here. Meant to be
 * rendered at about {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class HazardChart {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 760;

    private static final Shape[] MARKERS = {
        new Ellipse2D.Double(-4.5, -4.5, 9.0, 9.0),
        new Rectangle2D.Double(-4.0, -4.0, 8.0, 8.0),
    };

    private HazardChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title; not null
     * @param groupTitle what the groups are (the x axis title); not null
     * @param pair the hazards to draw; at least one row
     * @return a new chart
     * @throws IllegalArgumentException if {@code pair} has no rows
     */
    public static JFreeChart create(String title, String groupTitle, ConditionalHazards.Pair pair) {
        Objects.requireNonNull(title, "title");
        if (pair.rows().isEmpty()) {
            throw new IllegalArgumentException("no groups to plot");
        }
        List<String> labels = pair.rows().stream().map(ConditionalHazards.Row::label).toList();
        ValueTickAxis x = new ValueTickAxis(groupTitle, labels);
        x.setRange(-0.5, labels.size() - 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(14);
        plot.add(hazards(pair), 3);
        plot.add(ratios(pair), 2);
        return ChartStyle.chart(title, "error bars: exact (Garwood) 95% intervals above, Greenland–Robins 95% below;"
                + " ratio within " + HazardCounts.STRATUM_DAYS + "-day periods", plot, true);
    }

    private static XYPlot hazards(ConditionalHazards.Pair pair) {
        NumberAxis y = ChartStyle.axis(pair.ceasefire() + " breakdowns / 1,000 days");
        double top = 0;
        for (ConditionalHazards.Row r : pair.rows()) {
            for (ConditionalHazards.Rate rate : List.of(r.before(), r.after())) {
                top = Math.max(top, rate.perThousandDaysInterval().map(i -> i.upper()).orElse(0.0));
            }
        }
        y.setRange(0, top > 0 ? top * 1.08 : 1);
        XYErrorRenderer points = ChartStyle.pointsWithErrorBars();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries before = new YIntervalSeries("while " + pair.other() + " has not broken down", false, false);
        YIntervalSeries after = new YIntervalSeries("after " + pair.other() + " broke down", false, false);
        for (int i = 0; i < pair.rows().size(); i++) {
            ConditionalHazards.Row r = pair.rows().get(i);
            add(before, i - 0.1, r.before());
            add(after, i + 0.1, r.after());
        }
        data.addSeries(before);
        data.addSeries(after);
        for (int i = 0; i < 2; i++) {
            points.setSeriesPaint(i, ChartStyle.series(i));
            points.setSeriesShape(i, MARKERS[i]);
        }
        XYPlot p = ChartStyle.plot(data, null, y, points);
        p.setDomainGridlinesVisible(false);
        return p;
    }

    private static XYPlot ratios(ConditionalHazards.Pair pair) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries rr = new YIntervalSeries("rate ratio, after / before (day-stratified)", false, false);
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < pair.rows().size(); i++) {
            var q = pair.rows().get(i).stratified();
            if (q.isPresent() && q.get().ratio() > 0 && Double.isFinite(q.get().interval().upper())) {
                rr.add(i, q.get().ratio(), q.get().interval().lower(), q.get().interval().upper());
                lo = Math.min(lo, q.get().interval().lower());
                hi = Math.max(hi, q.get().interval().upper());
            }
        }
        data.addSeries(rr);
        LogAxis y = new LogAxis("rate ratio");
        y.setLabelFont(ChartStyle.LABEL_FONT);
        y.setTickLabelFont(ChartStyle.TICK_FONT);
        y.setLabelPaint(ChartStyle.TEXT);
        y.setTickLabelPaint(ChartStyle.TEXT);
        y.setNumberFormatOverride(ChartStyle.decimal("0.##"));
        y.setAutoRange(false);
        y.setRange(lo / 1.15, hi * 1.15);
        XYErrorRenderer points = ChartStyle.pointsWithErrorBars();
        points.setSeriesPaint(0, Color.DARK_GRAY);
        points.setSeriesShape(0, ShapeUtils.createDiamond(5f));
        XYPlot p = new XYPlot(data, null, y, points);
        ChartStyle.style(p);
        p.setDomainGridlinesVisible(false);
        ValueMarker one = new ValueMarker(1, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        p.addRangeMarker(one);
        return p;
    }

    /** A point, unless there were no days at risk. */
    private static void add(YIntervalSeries s, double x, ConditionalHazards.Rate r) {
        r.perThousandDaysInterval().ifPresent(ci -> s.add(x, r.perThousandDays(), ci.lower(), ci.upper()));
    }
}
