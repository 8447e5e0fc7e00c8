package truce.chart;

import truce.analysis.*;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import truce.stats.LogRankResult;

/**
 * Kaplan–Meier curves of ceasefire survival, one per group of runs (design point or
 * level of a parameter): the share of ceasefires still in force against the day since
 * the ceasefire, as step lines from 1 on day 0, each ending at its last day of
 * observation. Small vertical ticks on a curve mark days on which runs were censored
 * (still in force when observation ended, usually the horizon). Optionally each curve
 * carries its pointwise 95% band (e.g. Greenwood), translucent and stepped like the
 * curve. The log-rank test, when given, is the subtitle.
 *
 * <p>As STYLE.md has it: the curves ({@link XYStepRenderer}) are dataset 0, the bands
 * ({@link DeviationRenderer}) dataset 1, drawn underneath. At most {@link #MAX_CURVES}
 * curves, so that colours stay distinct and the legend readable: the caller picks
 * which. Meant to be rendered at about {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class KaplanMeierChart {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels, without a number-at-risk table. */
    public static final int HEIGHT = 560;

    /**
     * Suggested height in pixels for a chart of {@code curves} curves with their number-at-risk
     * table.
     */
    public static int height(int curves) {
        return HEIGHT + RiskTablePlot.height(curves);
    }
    /** The most curves one chart takes. */
    public static final int MAX_CURVES = 8;

    /** The y axis label. */
    public static final String Y_LABEL = "share of ceasefires still in force";
    /** The x axis label. */
    public static final String X_LABEL = "day since ceasefire";

    static final float BAND_ALPHA = 0.14f;

    /** A censor mark: a vertical tick 10 pixels tall, centred on the curve. */
    private static final Shape CENSOR_MARK = new Line2D.Double(0.0, -5.0, 0.0, 5.0);
    private static final Stroke CENSOR_STROKE = new BasicStroke(1.5f);

    private KaplanMeierChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the chart's title, e.g. the sweep's name; not {@code null}
     * @param curves the curves, in legend order; not {@code null}, 1 to
     *     {@link #MAX_CURVES} of them, distinct labels
     * @param logRank the log-rank test across the curves, shown as the subtitle; may be
     *     {@code null} for none
     * @param bands whether to draw each curve's interval (curves whose steps carry no
     *     interval get none)
     * @return a new chart, not yet rendered
     * @throws IllegalArgumentException if there are no curves or more than
     *     {@link #MAX_CURVES}, or two share a label
     * @throws NullPointerException if {@code title}, {@code curves} or a curve is
     *     {@code null}
     */
    public static JFreeChart create(String title, List<KmCurve> curves, LogRankResult logRank,
                                    boolean bands) {
        return create(title, curves, java.util.Collections.nCopies(curves.size(), null), logRank, bands);
    }

    /**
     * Same, with the spread between the design points a curve pools drawn as two dotted step
     * lines in its colour, the lowest and highest of their own curves.
     *
     * @param spreads one per curve, in order: its spread, or null for a curve of one design point
     */
    public static JFreeChart create(String title, List<KmCurve> curves, List<KmSpread> spreads, LogRankResult logRank,
                                    boolean bands) {
        if (spreads.size() != curves.size()) {
            throw new IllegalArgumentException("expected one spread (or null) per curve");
        }
        Objects.requireNonNull(title, "title");
        List<KmCurve> list = List.copyOf(curves);
        if (list.isEmpty() || list.size() > MAX_CURVES) {
            throw new IllegalArgumentException("expected 1 to " + MAX_CURVES + " curves, got "
                    + list.size());
        }
        Set<String> labels = new HashSet<>();
        double end = 0.0;
        for (KmCurve c : list) {
            if (!labels.add(c.label())) {
                throw new IllegalArgumentException("two curves are labelled '" + c.label() + "'");
            }
            end = Math.max(end, c.end());
        }

        NumberAxis x = ChartStyle.axis(X_LABEL);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        // 1% beyond the last day, so that censor marks at the end are not on the plot's edge
        x.setRange(0.0, end > 0.0 ? end * 1.01 : 1.0);
        NumberAxis y = ChartStyle.proportionAxis(Y_LABEL);

        CensorTickRenderer steps = new CensorTickRenderer();
        XYSeriesCollection lines = new XYSeriesCollection();
        for (int i = 0; i < list.size(); i++) {
            lines.addSeries(stepSeries(list.get(i), steps.censored, i));
            steps.setSeriesPaint(i, ChartStyle.series(i));
            steps.setSeriesStroke(i, ChartStyle.LINE);
        }
        steps.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        boolean table = list.stream().anyMatch(c -> !c.riskTable().isEmpty());
        XYPlot plot = table ? new RiskTablePlot(lines, x, y, steps, list) : new XYPlot(lines, x, y, steps);
        ChartStyle.style(plot);
        if (table) {
            // ticks on the table's days, so each column sits under its tick
            x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(KmCurve.TABLE_STEP, ChartStyle.decimal("0")));
        }

        boolean anyBand = false;
        if (bands) {
            YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
            DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
            bandRenderer.setAlpha(BAND_ALPHA);
            bandRenderer.setDefaultSeriesVisibleInLegend(false);
            for (int i = 0; i < list.size(); i++) {
                YIntervalSeries band = bandSeries(list.get(i));
                if (band != null) {
                    bandRenderer.setSeriesFillPaint(bandData.getSeriesCount(),
                            ChartStyle.series(i));
                    bandRenderer.setSeriesPaint(bandData.getSeriesCount(),
                            ChartStyle.series(i));
                    bandData.addSeries(band);
                }
            }
            if (bandData.getSeriesCount() > 0) {
                plot.setDataset(1, bandData);
                plot.setRenderer(1, bandRenderer);
                plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
                anyBand = true;
            }
        }
        boolean spread = addSpreads(plot, 2, list.stream().map(KmCurve::label).toList(), spreads, 0);
        LegendItemCollection legend = plot.getLegendItems();
        if (spread) {
            legend.add(spreadLegendItem());
        }
        if (!steps.censored.isEmpty()) {
            legend.add(censorLegendItem());
        }
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(title, subtitle(logRank, anyBand), plot, true);
    }

    /** "log-rank χ² = 12.3, df = 2, p = 0.002  ·  shaded: 95% interval". */
    static String subtitle(LogRankResult logRank, boolean bands) {
        List<String> parts = new ArrayList<>();
        if (logRank != null) {
            parts.add(describe(logRank));
        }
        if (bands) {
            parts.add("shaded: pointwise 95% interval");
        }
        return String.join("  \u00b7  ", parts);
    }

    /**
     * A log-rank result as a chart shows it, e.g. {@code "log-rank χ² = 12.3, df = 2, p = 0.002"}
     * or {@code "log-rank χ² = 48.0, df = 2, p < 0.001"}.
     */
    static String describe(LogRankResult r) {
        return String.format(Locale.ROOT, "log-rank \u03c7\u00b2 = %.1f, df = %d, ", r.chiSquare(),
                r.degreesOfFreedom()) + DisplayFormat.pValue(r.pValue());
    }

    /**
     * The curve as points for a step renderer: (0, 1), each step, a point on the curve at
     * each censor time (flagged in {@code censored} as series/item pairs), and the end.
     */
    static XYSeries stepSeries(KmCurve c, Set<List<Integer>> censored, int seriesIndex) {
        XYSeries s = new XYSeries(c.label(), false, true);
        s.add(0.0, 1.0);
        List<KmStep> steps = c.steps();
        List<Double> censors = c.censorTimes();
        int i = 0;
        int j = 0;
        while (i < steps.size() || j < censors.size()) {
            // a step before a censor time on the same day: runs censored that day were at
            // risk through it, so the mark sits on the curve after the drop
            if (j >= censors.size()
                    || i < steps.size() && steps.get(i).time() <= censors.get(j)) {
                s.add(steps.get(i).time(), steps.get(i).survival());
                i++;
            } else {
                double t = censors.get(j);
                censored.add(List.of(seriesIndex, s.getItemCount()));
                s.add(t, c.survivalAt(t));
                j++;
            }
        }
        double last = steps.isEmpty() ? 1.0 : steps.get(steps.size() - 1).survival();
        s.add(c.end(), last);
        return s;
    }

    /**
     * The curve's band as a stepped outline (each step's bounds held until the next), or
     * {@code null} if a step lacks an interval.
     */
    static YIntervalSeries bandSeries(KmCurve c) {
        YIntervalSeries band = new YIntervalSeries(c.label(), false, true);
        double lo = 1.0;
        double hi = 1.0;
        double t = 0.0;
        band.add(t, 1.0, lo, hi);
        for (KmStep step : c.steps()) {
            if (!step.hasInterval()) {
                return null;
            }
            band.add(step.time(), step.survival(), lo, hi);
            lo = step.lower();
            hi = step.upper();
            band.add(step.time(), step.survival(), lo, hi);
        }
        band.add(c.end(), c.survivalAt(c.end()), lo, hi);
        return band;
    }

    /**
     * Draws each pooled curve's spread (lowest and highest of its design points' own curves) from
     * day {@code from} as two dotted steps in the curve's colour, in dataset slot {@code index}.
     *
     * @param labels the curves' labels, in order
     * @param spreads one per curve: its spread, or null for a curve of one design point
     * @return whether any spread was drawn
     */
    static boolean addSpreads(XYPlot plot, int index, List<String> labels, List<KmSpread> spreads, int from) {
        XYSeriesCollection spreadData = new XYSeriesCollection();
        XYStepRenderer spreadRenderer = new XYStepRenderer();
        spreadRenderer.setDefaultSeriesVisibleInLegend(false);
        for (int i = 0; i < labels.size(); i++) {
            KmSpread spread = spreads.get(i);
            if (spread == null) {
                continue;
            }
            for (double[] edge : new double[][] {spread.lowest(), spread.highest()}) {
                XYSeries s = new XYSeries(labels.get(i) + (edge == spread.lowest() ? " lowest" : " highest"),
                        false, true);
                for (int d = from; d < edge.length; d++) {
                    s.add(d, edge[d]);
                }
                spreadRenderer.setSeriesPaint(spreadData.getSeriesCount(), ChartStyle.series(i));
                spreadRenderer.setSeriesStroke(spreadData.getSeriesCount(), Look.DOTTED);
                spreadData.addSeries(s);
            }
        }
        if (spreadData.getSeriesCount() > 0) {
            plot.setDataset(index, spreadData);
            plot.setRenderer(index, spreadRenderer);
        }
        return spreadData.getSeriesCount() > 0;
    }

    static LegendItem spreadLegendItem() {
        LegendItem item = new LegendItem("dotted: lowest and highest of the pooled design points' own curves",
                null, null, null, new Line2D.Double(-14.0, 0.0, 14.0, 0.0), Look.DOTTED, Color.GRAY);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    private static LegendItem censorLegendItem() {
        LegendItem item = new LegendItem("censored: still in force when observation ended",
                null, null, null, true, CENSOR_MARK, false, Color.GRAY, true, Color.GRAY,
                CENSOR_STROKE, false, new Line2D.Double(), ChartStyle.LINE, Color.GRAY);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** An {@link XYStepRenderer} that also draws a tick at the items flagged censored. */
    static final class CensorTickRenderer extends XYStepRenderer {
        private static final long serialVersionUID = 1L;
        /** (series, item) pairs of censor marks. */
        final Set<List<Integer>> censored = new HashSet<>();

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
                             PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis,
                             ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                             CrosshairState crosshairState, int pass) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset,
                    series, item, crosshairState, pass);
            if (pass != 1 || !this.censored.contains(List.of(series, item))) {
                return;
            }
            double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea,
                    plot.getDomainAxisEdge());
            double y = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea,
                    plot.getRangeAxisEdge());
            g2.setPaint(getItemPaint(series, item));
            g2.setStroke(CENSOR_STROKE);
            g2.draw(new Line2D.Double(x, y - 5.0, x, y + 5.0));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CensorTickRenderer r && this.censored.equals(r.censored)
                    && super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
