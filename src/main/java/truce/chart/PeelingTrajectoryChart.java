package truce.chart;

import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * PRIM's peeling trajectory: each candidate box as a point of coverage (x) against density (y),
 * coloured by how many parameters it restricts, with the chosen box labelled. Draws the values it
 * is given and computes nothing.
 */
public final class PeelingTrajectoryChart {

    /** Width in pixels. */
    public static final int WIDTH = 900;
    /** Height in pixels. */
    public static final int HEIGHT = 560;

    private PeelingTrajectoryChart() {
    }

    /**
     * One box on the trajectory.
     *
     * @param coverage share of all runs of interest inside, in [0, 1]
     * @param density share of its runs that are of interest, in [0, 1]
     * @param restricted number of restricted parameters
     */
    public record Point(double coverage, double density, int restricted) {
    }

    /**
     * The chart.
     *
     * @param title the title; not null
     * @param subtitle a line under it, or null
     * @param points the trajectory, in peeling order; not empty
     * @param chosen index of the chosen box in {@code points}
     * @return the chart
     */
    public static JFreeChart create(String title, String subtitle, List<Point> points, int chosen) {
        Map<Integer, XYSeries> byCount = new TreeMap<>();
        for (Point p : points) {
            byCount.computeIfAbsent(p.restricted(), k -> new XYSeries(k + (k == 1 ? " parameter restricted" : " parameters restricted"),
                    false, true)).add(p.coverage(), p.density());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byCount.values().forEach(data::addSeries);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        XYPlot plot = ChartStyle.plot(data, range(ChartStyle.axis("coverage: share of all runs of interest inside the box")),
                range(ChartStyle.axis("density: share of the box's runs that are of interest")), r);
        Point c = points.get(chosen);
        XYTextAnnotation label = new XYTextAnnotation("  box " + chosen, c.coverage(), c.density());
        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        label.setFont(ChartStyle.LABEL_FONT);
        label.setPaint(ChartStyle.TEXT);
        plot.addAnnotation(label);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static org.jfree.chart.axis.NumberAxis range(org.jfree.chart.axis.NumberAxis a) {
        a.setRange(0, 1.05);
        return a;
    }
}
