package truce.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import truce.stats.ElementaryEffects;

/**
 * Morris screening as Morris (1991) and Campolongo et al. (2007) plot it: one point per parameter
 * at (mu*, sigma), with mu*'s bootstrap 95% interval as a horizontal error bar and the parameter's
 * name beside it. Far right: influential; high up: non-linear or interacting; near the origin:
 * negligible.
 */
public final class MorrisChart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    private MorrisChart() {
    }

    /**
     * @param title the title
     * @param output what the effects are on, e.g. "survival to day 365"
     * @param parameters the parameters, in design order
     * @param effects their effects, in the same order; as many
     * @param subtitle the design's size
     */
    public static JFreeChart create(String title, String output, List<String> parameters,
                                    List<ElementaryEffects.Effect> effects, String subtitle) {
        if (parameters.size() != effects.size() || parameters.isEmpty()) {
            throw new IllegalArgumentException("need one effect per parameter, got " + parameters.size() + " and "
                    + effects.size());
        }
        XYIntervalSeries s = new XYIntervalSeries("parameters");
        double maxX = 0;
        double maxY = 0;
        for (ElementaryEffects.Effect e : effects) {
            s.add(e.muStar(), e.muStarInterval().lower(), e.muStarInterval().upper(), e.sigma(), e.sigma(), e.sigma());
            maxX = Math.max(maxX, e.muStarInterval().upper());
            maxY = Math.max(maxY, e.sigma());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = ChartStyle.axis("mu*: mean absolute effect on " + output + " (per whole range)");
        x.setRange(0.0, Math.max(0.01, maxX * 1.15));
        NumberAxis y = ChartStyle.axis("sigma: spread of the effects (non-linearity, interactions)");
        y.setRange(0.0, Math.max(0.01, maxY * 1.15));
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesPaint(0, ChartStyle.series(0));
        r.setErrorPaint(Look.WHISKER);
        r.setCapLength(6);
        XYPlot plot = ChartStyle.plot(data, x, y, r);
        for (int i = 0; i < parameters.size(); i++) {
            XYTextAnnotation a = new XYTextAnnotation("  " + parameters.get(i), effects.get(i).muStar(),
                    effects.get(i).sigma());
            a.setFont(ChartStyle.TICK_FONT);
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        return ChartStyle.chart(title, subtitle + "  \u00b7  error bars: bootstrap 95% intervals of mu*", plot, false);
    }
}
