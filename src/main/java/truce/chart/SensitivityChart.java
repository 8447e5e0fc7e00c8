package truce.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Sobol sensitivity indices as horizontal bars, first-order and total-order side by side for
 * each parameter, with their bootstrap 95% intervals as error bars, sorted so the parameter with
 * the largest total-order index is on top.
 */
public final class SensitivityChart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    /**
     * One parameter's indices.
     *
     * @param parameter its key path
     * @param first first-order index, with its interval
     * @param firstLower lower bound
     * @param firstUpper upper bound
     * @param total total-order index
     * @param totalLower lower bound
     * @param totalUpper upper bound
     */
    public record Bar(String parameter, double first, double firstLower, double firstUpper, double total,
                      double totalLower, double totalUpper) {
    }

    private SensitivityChart() {
    }

    /**
     * @param title chart title
     * @param output what the indices are of, e.g. "survival to day 365"
     * @param bars one per parameter, in any order; not empty
     * @param subtitle extra detail (samples, runs)
     */
    public static JFreeChart create(String title, String output, List<Bar> bars, String subtitle) {
        return create(title, "Sobol index of " + output, bars, subtitle, "first-order (Saltelli 2010)",
                "total-order (Jansen 1999)");
    }

    /**
     * The same bars for any pair of measures per parameter (e.g. Morris's mu* and sigma).
     *
     * @param axisLabel the value axis label, with its unit
     * @param firstName legend name of the first bar of each parameter
     * @param secondName legend name of the second bar, by which parameters are sorted
     */
    public static JFreeChart create(String title, String axisLabel, List<Bar> bars, String subtitle,
                                    String firstName, String secondName) {
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble(Bar::total)); // smallest first: drawn at the bottom
        String[] names = sorted.stream().map(Bar::parameter).toArray(String[]::new);
        XYIntervalSeries first = new XYIntervalSeries(firstName);
        XYIntervalSeries total = new XYIntervalSeries(secondName);
        XYIntervalSeries firstCi = new XYIntervalSeries("first-order 95% interval");
        XYIntervalSeries totalCi = new XYIntervalSeries("total-order 95% interval");
        for (int i = 0; i < sorted.size(); i++) {
            Bar b = sorted.get(i);
            first.add(i - 0.2, i - 0.38, i - 0.02, b.first(), Math.min(0, b.first()), Math.max(0, b.first()));
            total.add(i + 0.2, i + 0.02, i + 0.38, b.total(), Math.min(0, b.total()), Math.max(0, b.total()));
            firstCi.add(i - 0.2, i - 0.2, i - 0.2, b.first(), b.firstLower(), b.firstUpper());
            totalCi.add(i + 0.2, i + 0.2, i + 0.2, b.total(), b.totalLower(), b.totalUpper());
        }
        XYIntervalSeriesCollection barsData = new XYIntervalSeriesCollection();
        barsData.addSeries(first);
        barsData.addSeries(total);
        XYIntervalSeriesCollection ciData = new XYIntervalSeriesCollection();
        ciData.addSeries(firstCi);
        ciData.addSeries(totalCi);

        SymbolAxis params = new SymbolAxis(null, names);
        params.setTickLabelFont(ChartStyle.TICK_FONT);
        params.setGridBandsVisible(false);
        NumberAxis value = ChartStyle.axis(axisLabel);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setUseYInterval(true);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.series(0));
        barRenderer.setSeriesPaint(1, ChartStyle.series(1));
        XYErrorRenderer ci = new XYErrorRenderer();
        ci.setDrawXError(false);
        ci.setDefaultShapesVisible(false);
        ci.setDefaultLinesVisible(false);
        ci.setErrorPaint(Look.WHISKER);
        ci.setCapLength(6);
        ci.setSeriesVisibleInLegend(0, false);
        ci.setSeriesVisibleInLegend(1, false);
        XYPlot plot = ChartStyle.plot(barsData, params, value, barRenderer);
        plot.setDataset(1, ciData);
        plot.setRenderer(1, ci);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        params.setRange(-0.6, sorted.size() - 0.4);
        double max = Math.max(1.0, sorted.stream().mapToDouble(b -> Math.max(b.totalUpper(), b.firstUpper())).max().orElse(1));
        double min = Math.min(0, sorted.stream().mapToDouble(b -> Math.min(b.totalLower(), b.firstLower())).min().orElse(0));
        value.setRange(min - 0.02, max + 0.02);
        return ChartStyle.chart(title, subtitle + "  ·  error bars: bootstrap 95% intervals", plot, true);
    }
}
