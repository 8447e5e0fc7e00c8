package truce.chart;

import truce.analysis.*;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Survival of the ceasefire against a swept parameter: for each value of the parameter
 * the share of runs in which the ceasefire was still in force at the horizon, as points
 * joined by a line, with the 95% (Wilson) interval as a translucent band. With a second
 * swept parameter there is one line per level of it, each with its own colour and marker
 * shape, named in the legend.
 *
 * <p>With up to {@value #MAX_VALUE_TICKS} distinct parameter values (a grid design), the
 * x axis ticks sit at those values; with more (a Latin hypercube or Sobol design), at
 * round numbers. A line with a single point has no band to draw; its interval is shown as an error
 * bar instead. Meant to be rendered at about {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class SurvivalByParameterChart {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 560;

    /** Up to this many distinct x values, ticks sit at the values themselves. */
    static final int MAX_VALUE_TICKS = 15;

    /** Opacity of a confidence band. */
    static final float BAND_ALPHA = 0.16f;

    private static final Shape[] MARKERS = {
        new Ellipse2D.Double(-4.0, -4.0, 8.0, 8.0),
        new Rectangle2D.Double(-3.5, -3.5, 7.0, 7.0),
        ShapeUtils.createUpTriangle(4.5f),
        ShapeUtils.createDiamond(4.5f),
        ShapeUtils.createDownTriangle(4.5f),
    };

    private SurvivalByParameterChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the chart's title, e.g. the sweep's name; not {@code null}
     * @param xLabel the swept parameter's path and unit, e.g.
     *     {@code "mediators.qatar.leverage (0–1)"}; not {@code null}
     * @param horizonDays the horizon H the runs were simulated to, in days; &gt; 0
     * @param series one line per level of the second parameter, in legend order; not
     *     {@code null}, not empty, distinct labels
     * @return a new chart, not yet rendered
     * @throws IllegalArgumentException if {@code series} is empty, two series share a
     *     label, or {@code horizonDays} is not positive
     * @throws NullPointerException if an argument is {@code null}
     */
    public static JFreeChart create(String title, String xLabel, int horizonDays,
                                    List<SurvivalSeries> series) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(series, "series");
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizonDays must be > 0: " + horizonDays);
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no series to plot");
        }
        Set<String> labels = new HashSet<>();
        for (SurvivalSeries s : series) {
            if (!labels.add(s.label())) {
                throw new IllegalArgumentException("two series are labelled '" + s.label() + "'");
            }
        }

        double[] xs = series.stream().flatMap(s -> s.points().stream())
                .mapToDouble(SurvivalPoint::x).distinct().sorted().toArray();
        NumberAxis x = xs.length <= MAX_VALUE_TICKS ? new ValueTickAxis(xLabel, xs)
                : ChartStyle.axis(xLabel);
        double[] range = xRange(series);
        x.setRange(range[0], range[1]);
        NumberAxis y = ChartStyle.proportionAxis(yLabel(horizonDays));

        DeviationRenderer lines = new DeviationRenderer(true, true);
        lines.setAlpha(BAND_ALPHA);
        lines.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDefaultLinesVisible(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDrawXError(false);
        whiskers.setCapLength(8.0);
        whiskers.setDefaultSeriesVisibleInLegend(false);
        YIntervalSeriesCollection single = new YIntervalSeriesCollection();
        for (int i = 0; i < series.size(); i++) {
            Color c = ChartStyle.series(i);
            lines.setSeriesPaint(i, c);
            lines.setSeriesFillPaint(i, c);
            lines.setSeriesStroke(i, ChartStyle.LINE);
            lines.setSeriesShape(i, MARKERS[i % MARKERS.length]);
            if (series.get(i).points().size() == 1) {
                whiskers.setSeriesPaint(single.getSeriesCount(), c);
                single.addSeries(toSeries(series.get(i)));
            }
        }
        XYPlot plot = ChartStyle.plot(createDataset(series), x, y, lines);
        if (single.getSeriesCount() > 0) {
            plot.setDataset(1, single);
            plot.setRenderer(1, whiskers);
        }
        return ChartStyle.chart(title, subtitle(series), plot, series.size() > 1);
    }

    /**
     * The chart for a parameter whose levels are categories (words, true/false): a point with its
     * 95% error bar at each level, no line or band between levels (nothing lies between them), tick
     * labels the level names. The lines of a second parameter sit side by side within a level.
     *
     * @param categories the level names, in axis order; a series point's {@code x} is the index of
     *     its level
     * @see #create(String, String, int, List)
     */
    public static JFreeChart createCategorical(String title, String xLabel, List<String> categories,
                                               int horizonDays, List<SurvivalSeries> series) {
        Objects.requireNonNull(categories, "categories");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no series to plot");
        }
        ValueTickAxis x = new ValueTickAxis(xLabel, categories);
        x.setRange(-0.5, categories.size() - 0.5);
        NumberAxis y = ChartStyle.proportionAxis(yLabel(horizonDays));
        XYErrorRenderer points = ChartStyle.pointsWithErrorBars();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double width = Math.min(0.5, 0.12 * series.size());
        for (int i = 0; i < series.size(); i++) {
            // side by side within a level, so that error bars do not hide each other
            double shift = series.size() == 1 ? 0.0 : -width / 2 + width * i / (series.size() - 1);
            YIntervalSeries ys = new YIntervalSeries(series.get(i).label(), false, false);
            for (SurvivalPoint p : series.get(i).points()) {
                ys.add(p.x() + shift, p.survival(), p.lower(), p.upper());
            }
            data.addSeries(ys);
            Color c = ChartStyle.series(i);
            points.setSeriesPaint(i, c);
            points.setSeriesShape(i, MARKERS[i % MARKERS.length]);
        }
        XYPlot plot = ChartStyle.plot(data, x, y, points);
        plot.setDomainGridlinesVisible(false);
        return ChartStyle.chart(title, subtitle(series).replace("shaded: Wilson 95% interval",
                "error bars: Wilson 95% intervals"), plot, series.size() > 1);
    }

    /** The y axis label: "share of runs in which the ceasefire survived to day H". */
    static String yLabel(int horizonDays) {
        return "share of runs in which the ceasefire survived to day " + horizonDays;
    }

    /** One {@link YIntervalSeries} per series, keyed by its label, in order. */
    static YIntervalSeriesCollection createDataset(List<SurvivalSeries> series) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (SurvivalSeries s : series) {
            ds.addSeries(toSeries(s));
        }
        return ds;
    }

    private static YIntervalSeries toSeries(SurvivalSeries s) {
        YIntervalSeries ys = new YIntervalSeries(s.label(), false, false);
        for (SurvivalPoint p : s.points()) {
            ys.add(p.x(), p.survival(), p.lower(), p.upper());
        }
        return ys;
    }

    /** "shaded: Wilson 95% interval · 200 runs per point". */
    static String subtitle(List<SurvivalSeries> series) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (SurvivalSeries s : series) {
            for (SurvivalPoint p : s.points()) {
                min = Math.min(min, p.n());
                max = Math.max(max, p.n());
            }
        }
        String runs = min == max ? ChartStyle.plural(min, "run", "runs")
                : min + "\u2013" + max + " runs";
        return "shaded: Wilson 95% interval  \u00b7  " + runs + " per point";
    }

    /** The data's x range with a 4% margin; a single value gets a span around it. */
    private static double[] xRange(List<SurvivalSeries> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SurvivalSeries s : series) {
            lo = Math.min(lo, s.points().get(0).x());
            hi = Math.max(hi, s.points().get(s.points().size() - 1).x());
        }
        double margin = hi > lo ? 0.04 * (hi - lo) : (lo == 0.0 ? 1.0 : 0.5 * Math.abs(lo));
        return new double[] {lo - margin, hi + margin};
    }
}
