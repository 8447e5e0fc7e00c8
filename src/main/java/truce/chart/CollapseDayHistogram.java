package truce.chart;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import truce.analysis.CollapseDays;
import truce.analysis.HistogramBin;

/**
 * When ceasefires broke: a histogram of the collapse days of the runs that collapsed
 * (runs that survived to the horizon are not in it), by default in weekly bins, with the
 * median collapse day marked by a dashed line. The bars' heights are counts of runs, so
 * their shape is that of the hazard times the share still at risk. The subtitle reads
 * "N of M runs collapsed; median collapse day X; 7-day bins". Meant to be rendered at
 * about {@link #WIDTH}&times;{@link #HEIGHT} pixels.
 */
public final class CollapseDayHistogram {

    /** Suggested width in pixels. */
    public static final int WIDTH = 900;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 520;

    /** The x axis label. */
    public static final String X_LABEL = "day of collapse";
    /** The y axis label. */
    public static final String Y_LABEL = "collapsed runs";

    private static final Color BAR = new Color(0xD6604D);
    private static final int FRAME_HEIGHT = 130;
    private static final int PANEL_HEIGHT = 170;

    private CollapseDayHistogram() {
    }

    /**
     * Builds the histogram.
     *
     * @param title the chart's title, e.g. the sweep's or design point's name; not
     *     {@code null}
     * @param data the binned collapse days; not {@code null}
     * @return a new chart, not yet rendered
     * @throws NullPointerException if an argument is {@code null}
     */
    public static JFreeChart create(String title, CollapseDays data) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(data, "data");
        double binWidth = data.bins().get(0).end() - data.bins().get(0).start();
        XYPlot plot = panel(data, dayAxis(data, binWidth), BAR, 1.08, true);
        return ChartStyle.chart(title, subtitle(data, binWidth), plot, false);
    }

    /** Height in pixels for this many groups' panels. */
    public static int height(int groups) {
        return groups <= 1 ? HEIGHT : FRAME_HEIGHT + PANEL_HEIGHT * groups;
    }

    /**
     * One histogram per group, stacked on a shared day axis, each captioned with its group and
     * its own count of collapses and median; one group is drawn as {@link #create(String, CollapseDays)}.
     *
     * @param title the chart's title
     * @param subtitle a line under the title (what the groups are), or null
     * @param groups at least one, all binned alike
     */
    public static JFreeChart create(String title, String subtitle, List<CollapseDays.Group> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no groups");
        }
        if (groups.size() == 1) {
            return create(title, groups.get(0).days());
        }
        CollapseDays first = groups.get(0).days();
        double binWidth = first.bins().get(0).end() - first.bins().get(0).start();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dayAxis(first, binWidth));
        plot.setGap(8);
        for (int i = 0; i < groups.size(); i++) {
            CollapseDays.Group g = groups.get(i);
            // the group's colour on the other charts; room above the bars for the caption, which gives the median
            XYPlot p = panel(g.days(), null, ChartStyle.series(i), 1.35, false);
            TextTitle caption = new TextTitle(g.label() + ": " + subtitle(g.days(), binWidth), ChartStyle.NOTE_FONT);
            caption.setPaint(ChartStyle.TEXT);
            caption.setBackgroundPaint(new Color(255, 255, 255, 220));
            p.addAnnotation(new XYTitleAnnotation(0.01, 0.98, caption, RectangleAnchor.TOP_LEFT));
            plot.add(p);
        }
        return ChartStyle.chart(title, subtitle, plot, false);
    }

    private static NumberAxis dayAxis(CollapseDays data, double binWidth) {
        NumberAxis x = ChartStyle.axis(X_LABEL);
        x.setStandardTickUnits(binMultiples(binWidth));
        double last = data.bins().get(data.bins().size() - 1).end();
        x.setRange(Math.min(0.0, data.bins().get(0).start()), Math.max(data.horizon(), last));
        return x;
    }

    /**
     * The bars of one histogram and its median marker; {@code x} null inside a combined plot.
     *
     * @param headroom the top of the count axis, as a multiple of the tallest bar
     * @param medianLabel whether the median marker is labelled
     */
    private static XYPlot panel(CollapseDays data, NumberAxis x, Color bar, double headroom, boolean medianLabel) {
        NumberAxis y = ChartStyle.axis(Y_LABEL);
        long max = data.bins().stream().mapToLong(HistogramBin::count).max().orElse(0);
        y.setRange(0.0, Math.max(1.0, max * headroom));
        y.setTickUnit(new NumberTickUnit(niceStep(max), ChartStyle.decimal("0")));

        XYBarRenderer bars = new XYBarRenderer(0.0);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, bar);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlinePaint(0, Color.WHITE);
        bars.setSeriesOutlineStroke(0, ChartStyle.GRID_STROKE);

        XYPlot plot = ChartStyle.plot(createDataset(data), x, y, bars);
        plot.setDomainGridlinesVisible(false);
        if (!Double.isNaN(data.medianDay())) {
            ValueMarker m = new ValueMarker(data.medianDay(), ChartStyle.TEXT, ChartStyle.DASHED);
            m.setLabel(medianLabel ? "median, day " + DisplayFormat.number(data.medianDay()) : null);
            m.setLabelFont(ChartStyle.NOTE_FONT);
            m.setLabelPaint(ChartStyle.TEXT);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(6, 4, 6, 4));
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        return plot;
    }

    /** "37 of 200 runs collapsed; median collapse day 12; 7-day bins". */
    static String subtitle(CollapseDays data, double binWidth) {
        long n = data.collapsed();
        String s = (n == 0 ? "none" : String.valueOf(n)) + " of "
                + ChartStyle.plural(data.runs(), "run", "runs") + " collapsed";
        if (!Double.isNaN(data.medianDay())) {
            s += "; median collapse day " + DisplayFormat.number(data.medianDay());
        }
        return s + "; " + DisplayFormat.number(binWidth) + "-day bins";
    }

    /** One series "collapsed runs": a bar per bin. */
    static XYIntervalSeriesCollection createDataset(CollapseDays data) {
        XYIntervalSeries s = new XYIntervalSeries(Y_LABEL, false, true);
        for (HistogramBin b : data.bins()) {
            double c = b.count();
            s.add(0.5 * (b.start() + b.end()), b.start(), b.end(), c, c, c);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        return ds;
    }

    /** A whole 1, 2 or 5 &times; 10^k step giving about five ticks up to {@code max}. */
    static double niceStep(long max) {
        double raw = Math.max(1.0, max / 5.0);
        double magnitude = Math.pow(10.0, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0;
        return Math.max(1.0, nice * magnitude);
    }

    /** Tick units at multiples of the bin width, so that ticks fall on bin edges. */
    private static TickUnits binMultiples(double binWidth) {
        TickUnits units = new TickUnits();
        boolean whole = binWidth == Math.rint(binWidth);
        for (double k : new double[] {1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(k * binWidth,
                    ChartStyle.decimal(whole ? "0" : "0.###")));
        }
        return units;
    }
}
