package truce.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import truce.analysis.EndingIncidence.IncidenceCurve;
import truce.analysis.KmStep;

/**
 * How ceasefires end: the cumulative incidence of each kind of ending (breakdown, settlement,
 * expiry) against the day, as rising step lines from 0, each with its pointwise 95% band. The
 * lines of the endings and the share still in force add up to 1 on every day.
 */
public final class IncidenceChart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;

    /** Colours by ending: breakdown red, settlement green, expiry grey. */
    private static final Color[] ENDING = {Look.COLLAPSE, Look.IN_FORCE, Look.MUTED};

    private IncidenceChart() {
    }

    /**
     * @param title the title
     * @param subtitle what the runs are (e.g. pooled over how many points)
     * @param curves one per ending that happened, in the model's order of endings; not empty
     * @param horizon the horizon, in days
     */
    public static JFreeChart create(String title, String subtitle, List<IncidenceCurve> curves, int horizon) {
        NumberAxis x = ChartStyle.axis(KaplanMeierChart.X_LABEL);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setRange(0.0, horizon * 1.01);
        NumberAxis y = ChartStyle.proportionAxis("share of ceasefires ended this way");
        XYSeriesCollection lines = new XYSeriesCollection();
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYStepRenderer steps = new XYStepRenderer();
        DeviationRenderer band = new DeviationRenderer(false, false);
        band.setAlpha(KaplanMeierChart.BAND_ALPHA);
        band.setDefaultSeriesVisibleInLegend(false);
        for (int i = 0; i < curves.size(); i++) {
            IncidenceCurve c = curves.get(i);
            Color colour = colour(c.ending(), i);
            XYSeries s = new XYSeries(c.ending() + " (" + c.runs() + " runs)", false, true);
            YIntervalSeries b = new YIntervalSeries(c.ending(), false, true);
            s.add(0.0, 0.0);
            b.add(0.0, 0.0, 0.0, 0.0);
            double lo = 0;
            double hi = 0;
            double f = 0;
            for (KmStep st : c.steps()) {
                b.add(st.time(), f, lo, hi);
                f = st.survival();
                lo = st.hasInterval() ? st.lower() : f;
                hi = st.hasInterval() ? st.upper() : f;
                s.add(st.time(), f);
                b.add(st.time(), f, lo, hi);
            }
            s.add(horizon, f);
            b.add(horizon, f, lo, hi);
            lines.addSeries(s);
            bands.addSeries(b);
            steps.setSeriesPaint(i, colour);
            steps.setSeriesStroke(i, ChartStyle.LINE);
            band.setSeriesPaint(i, colour);
            band.setSeriesFillPaint(i, colour);
        }
        steps.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        XYPlot plot = ChartStyle.plot(lines, x, y, steps);
        plot.setDataset(1, bands);
        plot.setRenderer(1, band);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static Color colour(String ending, int i) {
        return switch (ending) {
            case "breakdown" -> ENDING[0];
            case "settlement" -> ENDING[1];
            case "expiry" -> ENDING[2];
            default -> ChartStyle.series(i);
        };
    }
}
