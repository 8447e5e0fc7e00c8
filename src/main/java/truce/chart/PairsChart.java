package truce.chart;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The posterior particles of two parameters as a scatter plot (one panel of a pairs plot). */
public final class PairsChart {

    /** Size in pixels of a pairs panel. */
    public static final int SIZE = 520;

    private PairsChart() {
    }

    /**
     * @param xName x parameter
     * @param yName y parameter
     * @param x particles' x values
     * @param y particles' y values
     * @param xRange prior range of x {lower, upper}
     * @param yRange prior range of y {lower, upper}
     */
    public static JFreeChart create(String xName, String yName, double[] x, double[] y, double[] xRange, double[] yRange) {
        XYSeries s = new XYSeries("particles", false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        NumberAxis xa = ChartStyle.axis(xName);
        xa.setRange(xRange[0], xRange[1]);
        NumberAxis ya = ChartStyle.axis(yName);
        ya.setRange(yRange[0], yRange[1]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, ChartStyle.translucent(ChartStyle.series(0), 110));
        XYPlot plot = ChartStyle.plot(new XYSeriesCollection(s), xa, ya, r);
        return ChartStyle.chart(yName + " against " + xName, "posterior particles; axes span the prior", plot, false);
    }
}
