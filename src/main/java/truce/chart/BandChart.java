package truce.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Curves over days with shaded bands: observed survival or cumulative incidence with their
 * confidence intervals, and a model's predictive bands over them. Draws the values it is given
 * and computes nothing.
 */
public final class BandChart {

    /** Width in pixels. */
    public static final int WIDTH = 900;
    /** Height in pixels. */
    public static final int HEIGHT = 560;
    private static final float OBSERVED_ALPHA = 0.22f;
    private static final float PREDICTED_ALPHA = 0.12f;

    private BandChart() {
    }

    /**
     * The chart.
     *
     * @param title the title
     * @param subtitle a line under the title, or null
     * @param yLabel the y axis label (a share in [0, 1])
     * @param bands the curves, drawn in order; at most 8
     */
    public static JFreeChart create(String title, String subtitle, String yLabel, List<Band> bands) {
        if (bands.isEmpty() || bands.size() > Look.SERIES_COUNT) {
            throw new IllegalArgumentException("expected 1 to " + Look.SERIES_COUNT + " bands, got " + bands.size());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        double end = 1;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            YIntervalSeries s = new YIntervalSeries(b.label(), false, true);
            for (int k = 0; k < b.days().length; k++) {
                s.add(b.days()[k], b.value()[k], b.lower()[k], b.upper()[k]);
                end = Math.max(end, b.days()[k]);
            }
            data.addSeries(s);
            Color c = b.predicted() ? Look.series(5) : ChartStyle.series(i);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, b.predicted() ? ChartStyle.DASHED : ChartStyle.LINE);
        }
        r.setAlpha(bands.stream().anyMatch(Band::predicted) ? PREDICTED_ALPHA : OBSERVED_ALPHA);
        r.setDefaultStroke(new BasicStroke(2f));
        NumberAxis x = ChartStyle.axis(KaplanMeierChart.X_LABEL);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setRange(0, end);
        XYPlot plot = ChartStyle.plot(data, x, ChartStyle.proportionAxis(yLabel), r);
        return ChartStyle.chart(title, subtitle, plot, true);
    }
}
