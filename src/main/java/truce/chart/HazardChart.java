package truce.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import truce.analysis.ConditionalHazards;

/**
 * One ceasefire's hazard given another's breakdown ({@link ConditionalHazards.Pair}): for each group
 * of runs (a design point or a parameter's level) two points with their exact 95% error bars,
 * breakdowns per 1,000 days at risk while the other ceasefire had not broken down and after it
 * did, side by side. Everything drawn comes from the analysis; nothing is computed here. Meant to
 * be rendered at about {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class HazardChart {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 560;

    private static final Shape[] MARKERS = {
        new Ellipse2D.Double(-4.5, -4.5, 9.0, 9.0),
        new Rectangle2D.Double(-4.0, -4.0, 8.0, 8.0),
    };

    private HazardChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title; not null
     * @param groupTitle what the groups are (the x axis title); not null
     * @param pair the hazards to draw; at least one row
     * @return a new chart
     * @throws IllegalArgumentException if {@code pair} has no rows
     */
    public static JFreeChart create(String title, String groupTitle, ConditionalHazards.Pair pair) {
        Objects.requireNonNull(title, "title");
        if (pair.rows().isEmpty()) {
            throw new IllegalArgumentException("no groups to plot");
        }
        List<String> labels = pair.rows().stream().map(ConditionalHazards.Row::label).toList();
        ValueTickAxis x = new ValueTickAxis(groupTitle, labels);
        x.setRange(-0.5, labels.size() - 0.5);
        NumberAxis y = ChartStyle.axis(pair.ceasefire() + " breakdowns per 1,000 days at risk");
        double top = 0;
        for (ConditionalHazards.Row r : pair.rows()) {
            for (ConditionalHazards.Rate rate : List.of(r.before(), r.after())) {
                top = Math.max(top, rate.perThousandDaysInterval().map(i -> i.upper()).orElse(0.0));
            }
        }
        y.setRange(0, top > 0 ? top * 1.08 : 1);
        XYErrorRenderer points = ChartStyle.pointsWithErrorBars();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries before = new YIntervalSeries("while " + pair.other() + " has not broken down", false, false);
        YIntervalSeries after = new YIntervalSeries("after " + pair.other() + " broke down", false, false);
        for (int i = 0; i < pair.rows().size(); i++) {
            ConditionalHazards.Row r = pair.rows().get(i);
            add(before, i - 0.1, r.before());
            add(after, i + 0.1, r.after());
        }
        data.addSeries(before);
        data.addSeries(after);
        for (int i = 0; i < 2; i++) {
            Color c = ChartStyle.series(i);
            points.setSeriesPaint(i, c);
            points.setSeriesShape(i, MARKERS[i]);
        }
        XYPlot plot = ChartStyle.plot(data, x, y, points);
        plot.setDomainGridlinesVisible(false);
        return ChartStyle.chart(title, "error bars: exact (Garwood) 95% intervals", plot, true);
    }

    /** A point, unless there were no days at risk. */
    private static void add(YIntervalSeries s, double x, ConditionalHazards.Rate r) {
        r.perThousandDaysInterval().ifPresent(ci -> s.add(x, r.perThousandDays(), ci.lower(), ci.upper()));
    }
}
