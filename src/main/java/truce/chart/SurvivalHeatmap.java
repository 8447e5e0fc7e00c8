package truce.chart;

import truce.analysis.*;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Survival of the ceasefire over a grid of two swept parameters: one cell per design
 * point, coloured from red (no run survived) through yellow to green (all survived), with
 * the survival printed in the cell when it fits, and a colour legend on the right.
 *
 * <p>Each cell spans from halfway to the previous grid value to halfway to the next (the
 * outer cells extend as far beyond their value as their inner neighbour's edge), so an
 * unevenly spaced grid tiles the plot without gaps or overlaps. A parameter with a single
 * value gets one cell of half its magnitude either side (&plusmn;0.5 at zero). Axis ticks
 * sit at the grid values themselves, thinned only where labels would collide. Cells
 * missing from the grid are left blank. Meant for grid designs; rendered at about
 * {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class SurvivalHeatmap {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 600;

    private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SurvivalHeatmap() {
    }

    /**
     * Builds the heatmap.
     *
     * @param title the chart's title, e.g. the sweep's name; not {@code null}
     * @param xLabel the horizontal parameter's path and unit; not {@code null}
     * @param yLabel the vertical parameter's path and unit; not {@code null}
     * @param horizonDays the horizon H the runs were simulated to, in days; &gt; 0
     * @param cells one cell per design point; not {@code null}, not empty, no two at the
     *     same (x, y)
     * @return a new chart, not yet rendered
     * @throws IllegalArgumentException if {@code cells} is empty or has two cells at the
     *     same point, or {@code horizonDays} is not positive
     * @throws NullPointerException if an argument or a cell is {@code null}
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
                                    int horizonDays, List<GridCell> cells) {
        return create(title, xLabel, null, yLabel, null, horizonDays, cells);
    }

    /**
     * The heatmap with equal-sized cells whatever the values: cells sit at indices 0, 1, ... of
     * each parameter's levels, and the ticks carry the levels' names.
     *
     * @param xLevels names of the horizontal parameter's levels, the cells' x being their
     *     indices; null to place cells at their values
     * @param yLevels the same for the vertical parameter
     */
    public static JFreeChart create(String title, String xLabel, List<String> xLevels, String yLabel,
                                    List<String> yLevels, int horizonDays, List<GridCell> cells) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        List<GridCell> list = List.copyOf(cells);
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizonDays must be > 0: " + horizonDays);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no cells to plot");
        }
        Set<List<Double>> seen = new HashSet<>();
        for (GridCell c : list) {
            if (!seen.add(List.of(c.x(), c.y()))) {
                throw new IllegalArgumentException("two cells at (" + c.x() + ", " + c.y() + ")");
            }
        }
        double[] xs = distinct(list, true);
        double[] ys = distinct(list, false);
        double[] xEdges = edges(xs);
        double[] yEdges = edges(ys);

        ValueTickAxis x = xLevels == null ? new ValueTickAxis(xLabel, xs) : new ValueTickAxis(xLabel, xLevels);
        x.setRange(xEdges[0], xEdges[xEdges.length - 1]);
        ValueTickAxis y = yLevels == null ? new ValueTickAxis(yLabel, ys) : new ValueTickAxis(yLabel, yLevels);
        y.setRange(yEdges[0], yEdges[yEdges.length - 1]);

        RedYellowGreen scale = new RedYellowGreen();
        CellRenderer r = new CellRenderer(xs, xEdges, ys, yEdges);
        r.setPaintScale(scale);
        XYPlot plot = ChartStyle.plot(createDataset(list), x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);

        JFreeChart chart = ChartStyle.chart(title, subtitle(list, xs.length * ys.length),
                plot, false);
        chart.addSubtitle(legend(scale, horizonDays));
        return chart;
    }

    /** The colour legend's title: "survival to day H". */
    static String legendLabel(int horizonDays) {
        return "survival to day " + horizonDays;
    }

    /** One XYZ series "survival": x, y and survival of each cell. */
    static XYZDataset createDataset(List<GridCell> cells) {
        double[][] xyz = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            xyz[0][i] = cells.get(i).x();
            xyz[1][i] = cells.get(i).y();
            xyz[2][i] = cells.get(i).survival();
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("survival", xyz);
        return ds;
    }

    /**
     * The cell boundaries of sorted distinct grid values: n + 1 edges, interior ones at
     * the midpoints.
     */
    static double[] edges(double[] values) {
        int n = values.length;
        double[] e = new double[n + 1];
        if (n == 1) {
            double half = values[0] == 0.0 ? 0.5 : 0.5 * Math.abs(values[0]);
            e[0] = values[0] - half;
            e[1] = values[0] + half;
            return e;
        }
        for (int i = 1; i < n; i++) {
            e[i] = 0.5 * (values[i - 1] + values[i]);
        }
        e[0] = values[0] - (e[1] - values[0]);
        e[n] = values[n - 1] + (values[n - 1] - e[n - 1]);
        return e;
    }

    private static double[] distinct(List<GridCell> cells, boolean x) {
        return cells.stream().mapToDouble(c -> x ? c.x() : c.y()).distinct().sorted().toArray();
    }

    private static String subtitle(List<GridCell> cells, int gridSize) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (GridCell c : cells) {
            min = Math.min(min, c.n());
            max = Math.max(max, c.n());
        }
        String runs = min == max ? ChartStyle.plural(min, "run", "runs")
                : min + "\u2013" + max + " runs";
        String s = ChartStyle.plural(cells.size(), "design point", "design points") + "  \u00b7  "
                + runs + " per point";
        return cells.size() < gridSize ? s + "  \u00b7  blank: not in the design" : s;
    }

    private static PaintScaleLegend legend(PaintScale scale, int horizonDays) {
        NumberAxis a = new NumberAxis(legendLabel(horizonDays));
        ChartStyle.style(a);
        a.setRange(0.0, 1.0);
        a.setTickUnit(new NumberTickUnit(0.2, ChartStyle.decimal("0.0")));
        PaintScaleLegend l = new PaintScaleLegend(scale, a);
        l.setPosition(RectangleEdge.RIGHT);
        l.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        l.setSubdivisionCount(100);
        l.setStripWidth(16.0);
        l.setStripOutlineVisible(true);
        l.setStripOutlinePaint(Color.GRAY);
        l.setAxisOffset(4.0);
        l.setBackgroundPaint(Color.WHITE);
        l.setMargin(new RectangleInsets(10, 14, 10, 0));
        l.setPadding(new RectangleInsets(0, 0, 0, 0));
        return l;
    }

    /**
     * ColorBrewer RdYlGn (5 classes), interpolated linearly in RGB: 0 is red, 0.5 pale
     * yellow, 1 green. Values outside [0, 1] take the end colours.
     */
    static final class RedYellowGreen implements PaintScale, Serializable {
        private static final long serialVersionUID = 1L;
        private static final Color[] STOPS = {
            new Color(0xD7191C), new Color(0xFDAE61), new Color(0xFFFFBF),
            new Color(0xA6D96A), new Color(0x1A9641)
        };

        @Override
        public double getLowerBound() {
            return 0.0;
        }

        @Override
        public double getUpperBound() {
            return 1.0;
        }

        @Override
        public Paint getPaint(double value) {
            double v = Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
            double pos = v * (STOPS.length - 1);
            int i = Math.min((int) pos, STOPS.length - 2);
            double f = pos - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                    mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RedYellowGreen;
        }

        @Override
        public int hashCode() {
            return RedYellowGreen.class.hashCode();
        }
    }

    /**
     * An {@link XYBlockRenderer} whose blocks are the grid's cells, each sized to the
     * spacing around its value, outlined in white and labelled with the survival.
     */
    static final class CellRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;
        private final double[] xs;
        private final double[] xEdges;
        private final double[] ys;
        private final double[] yEdges;

        CellRenderer(double[] xs, double[] xEdges, double[] ys, double[] yEdges) {
            this.xs = xs.clone();
            this.xEdges = xEdges.clone();
            this.ys = ys.clone();
            this.yEdges = yEdges.clone();
        }

        @Override
        public Range findDomainBounds(XYDataset dataset) {
            return new Range(this.xEdges[0], this.xEdges[this.xEdges.length - 1]);
        }

        @Override
        public Range findRangeBounds(XYDataset dataset) {
            return new Range(this.yEdges[0], this.yEdges[this.yEdges.length - 1]);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
                             PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis,
                             ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                             CrosshairState crosshairState, int pass) {
            int i = Arrays.binarySearch(this.xs, dataset.getXValue(series, item));
            int j = Arrays.binarySearch(this.ys, dataset.getYValue(series, item));
            double z = ((XYZDataset) dataset).getZValue(series, item);
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            double x0 = domainAxis.valueToJava2D(this.xEdges[i], dataArea, xEdge);
            double x1 = domainAxis.valueToJava2D(this.xEdges[i + 1], dataArea, xEdge);
            double y0 = rangeAxis.valueToJava2D(this.yEdges[j], dataArea, yEdge);
            double y1 = rangeAxis.valueToJava2D(this.yEdges[j + 1], dataArea, yEdge);
            Rectangle2D cell = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1),
                    Math.abs(x1 - x0), Math.abs(y1 - y0));
            Color fill = (Color) getPaintScale().getPaint(z);
            g2.setPaint(fill);
            g2.fill(cell);
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(1.0f));
            g2.draw(cell);

            String text = DisplayFormat.fixed(z, 2);
            g2.setFont(CELL_FONT);
            FontMetrics fm = g2.getFontMetrics();
            if (fm.stringWidth(text) + 6 <= cell.getWidth() && fm.getHeight() + 2 <= cell.getHeight()) {
                g2.setPaint(luminance(fill) < 0.5 ? Color.WHITE : ChartStyle.TEXT);
                TextUtils.drawAlignedString(text, g2, (float) cell.getCenterX(),
                        (float) cell.getCenterY(), TextAnchor.CENTER);
            }
        }

        private static double luminance(Color c) {
            return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
        }
    }
}
