package truce.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * The house style of the sweep charts, matching {@link TrajectoryChart}: white
 * background, sans-serif text in dark grey, light grid, Okabe–Ito colours, legend at the
 * bottom without a frame. Tick labels are formatted with {@link Locale#ROOT}, so a chart
 * looks the same on every machine.
 */
final class ChartStyle {

    static final Color TEXT = Look.TEXT;
    static final Color GRID = Look.GRID;
    static final Color COLLAPSE = Look.COLLAPSE;

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 12);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Stroke LINE = Look.LINE;
    static final Stroke GRID_STROKE = Look.GRID_STROKE;
    static final Stroke DASHED = Look.MARKER;

    private ChartStyle() {
    }

    /** The colour of series {@code i}, cycling (see {@link Look#series(int)}). */
    static Color series(int i) {
        return Look.series(i);
    }

    /** {@code c} with alpha {@code alpha} (0–255). */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A {@link DecimalFormat} with {@link Locale#ROOT} symbols. */
    static NumberFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A styled numeric axis with a fixed range (the caller sets it) and ROOT tick labels. */
    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        style(a);
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        a.setAutoRange(false);
        return a;
    }

    /** Fonts and colours of an axis, as {@link TrajectoryChart} has them. */
    static void style(NumberAxis a) {
        a.setLabelFont(LABEL_FONT);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK_FONT);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(Color.GRAY);
        a.setTickMarkPaint(Color.GRAY);
    }

    /** An axis for a share in [0, 1], with a little room above and below. */
    static NumberAxis proportionAxis(String label) {
        NumberAxis a = axis(label);
        a.setRange(-0.02, 1.02);
        a.setTickUnit(new NumberTickUnit(0.2, decimal("0.0")));
        return a;
    }

    /** Points with vertical error bars and no lines: categories, each with its estimate and interval. */
    static org.jfree.chart.renderer.xy.XYErrorRenderer pointsWithErrorBars() {
        org.jfree.chart.renderer.xy.XYErrorRenderer points = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        points.setDefaultLinesVisible(false);
        points.setDefaultShapesVisible(true);
        points.setDrawXError(false);
        points.setCapLength(8.0);
        points.setErrorStroke(LINE);
        return points;
    }

    /** A white plot with a light grid, rendering datasets in slot order. */
    static XYPlot plot(XYDataset data, org.jfree.chart.axis.ValueAxis x, NumberAxis y, XYItemRenderer r) {
        XYPlot p = new XYPlot(data, x, y, r);
        style(p);
        return p;
    }

    /** The house look of a plot made elsewhere. */
    static void style(XYPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlinePaint(Color.LIGHT_GRAY);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlineStroke(GRID_STROKE);
        p.setRangeGridlineStroke(GRID_STROKE);
        p.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * A chart with the house title, an optional subtitle line and, if {@code legend}, a
     * frameless legend at the bottom.
     *
     * @param subtitle shown under the title; {@code null} or empty for none
     */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 8, 6, 18));
        chart.getTitle().setPaint(TEXT);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(TEXT);
            sub.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.addSubtitle(0, sub);
        }
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LEGEND_FONT);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    /** "1 run" / "3 runs". */
    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
