package truce.chart;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One parameter's posterior (a weighted histogram) against its prior (a dashed line), both as
 * probability per bin. Draws the values it is given.
 */
public final class MarginalChart {

    private MarginalChart() {
    }

    /**
     * @param parameter the parameter's path, for the title and axis
     * @param edges bin edges, ascending (one more than the bins)
     * @param posterior posterior probability of each bin
     * @param prior prior probability of each bin
     * @param logScale whether to draw the x axis on a log scale (log-uniform priors)
     */
    public static JFreeChart create(String parameter, double[] edges, double[] posterior, double[] prior,
                                    boolean logScale) {
        XYSeries bars = new XYSeries("posterior", false, true);
        XYSeries line = new XYSeries("prior", false, true);
        double top = 0;
        for (int b = 0; b < posterior.length; b++) {
            double mid = logScale ? Math.sqrt(edges[b] * edges[b + 1]) : (edges[b] + edges[b + 1]) / 2;
            bars.add(mid, posterior[b]);
            line.add(mid, prior[b]);
            top = Math.max(top, Math.max(posterior[b], prior[b]));
        }
        org.jfree.chart.axis.ValueAxis x;
        if (logScale) {
            org.jfree.chart.axis.LogAxis log = new org.jfree.chart.axis.LogAxis(parameter + " (log scale)");
            log.setSmallestValue(edges[0]);
            log.setNumberFormatOverride(ChartStyle.decimal("0.###"));
            log.setLabelFont(ChartStyle.LABEL_FONT);
            log.setTickLabelFont(ChartStyle.TICK_FONT);
            x = log;
        } else {
            x = ChartStyle.axis(parameter);
        }
        x.setRange(edges[0], edges[edges.length - 1]);
        NumberAxis y = ChartStyle.axis("probability per bin");
        y.setRange(0, top * 1.1 + 1e-9);
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        XYBarRenderer r = new XYBarRenderer(0.1);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyle.series(0));
        XYPlot plot = ChartStyle.plot(new XYSeriesCollection(bars), x, y, r);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(true, false);
        pr.setSeriesPaint(0, Look.series(6));
        pr.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setDataset(1, new XYSeriesCollection(line));
        plot.setRenderer(1, pr);
        return ChartStyle.chart("Posterior of " + parameter, "bars: posterior (weighted particles); dashed: prior",
                plot, true);
    }
}
