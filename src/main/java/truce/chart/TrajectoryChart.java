package truce.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import truce.model.CollapseCause;
import truce.model.DayRecord;
import truce.model.RunOutcome;
import truce.model.Trajectory;

/**
 * The chart of one run: trust and escalation of each state over the days, above the
 * day's events (militant attacks and their casualties; state violations and talks),
 * with the collapse day marked. Reads results only, never the model.
 *
 * <p>Layout, top to bottom, sharing one "day since ceasefire" axis:
 * <ol>
 * <li>levels in [0, 1]: each state's trust (solid) and escalation (dashed) in one colour
 * per state; days under a monitoring mission are shaded;</li>
 * <li>militant attacks as lollipops, one per attack (side by side within its day), whose height is its
 * casualties as a whole number, with the
 * mass-casualty threshold (the scenario's {@code massCasualty}, carried by the trajectory) dotted;</li>
 * <li>counts: state-on-state violations as bars; talks as one triangle per round,
 * stacked (succeeded: green, pointing up, at 1..k; failed: red, pointing down, above
 * them), so the top triangle's height is the rounds held that day.</li>
 * </ol>
 * A vertical line labelled with the day and cause marks a collapse. Meant to be
 * rendered at about 1000&times;650 pixels ({@link #WIDTH}, {@link #HEIGHT}).
 */
public final class TrajectoryChart {

    /** Suggested width in pixels. */
    public static final int WIDTH = 1000;
    /** Suggested height in pixels. */
    public static final int HEIGHT = 650;

    /** One colour per state, in declaration order, cycling (Okabe–Ito, colour-blind safe). */
    private static final Color ATTACK = Look.ATTACK;
    private static final Color VIOLATION = Look.VIOLATION;
    private static final Color TALKS_OK = Look.TALKS_OK;
    private static final Color TALKS_FAILED = Look.TALKS_FAILED;
    private static final Color MONITORING = Look.MONITORING;
    private static final Color AFTER_COLLAPSE = Look.AFTER_COLLAPSE;

    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    private static final Stroke SOLID = Look.LINE;
    private static final Stroke DASHED = Look.DASHED_LINE;
    private static final Stroke DOTTED = Look.DOTTED;

    /** Width of a day's bar, in days. */
    private static final double BAR_WIDTH = 0.8;
    /** Share of a bar's width left out for a lollipop's stick. */
    private static final double STICK_MARGIN = 0.6;
    /** The part of a day over which the stems of that day's attacks are spread. */
    private static final double ATTACK_SPREAD = 0.8;

    /** The datasets of one chart, built once from a trajectory. */
    record Datasets(XYSeriesCollection levels, XYSeriesCollection attacks,
                    XYSeriesCollection violations, XYSeriesCollection talks) {
    }

    private TrajectoryChart() {
    }

    /**
     * Builds the chart of one run.
     *
     * @param title the scenario's name, shown as "{@code title} — seed {@code o.seed()}";
     *     not {@code null}
     * @param t the run's daily trajectory; not {@code null}; may have no days
     * @param o the run's outcome, for the subtitle and the collapse marker; not {@code null}
     * @return a new chart, not yet rendered
     * @throws IllegalArgumentException if a day's trust or escalation list does not have
     *     one entry per state
     * @throws NullPointerException if an argument is {@code null}
     */
    public static JFreeChart create(String title, Trajectory t, RunOutcome o) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(o, "o");
        return createChart(title + " \u2014 seed " + o.seed(), createDatasets(t), t, o);
    }

    /**
     * A one-line description of an outcome, as the chart's subtitle shows it, e.g.
     * "collapsed on day 23 (violations) · 4 militant attacks, 57 casualties ·
     * 6 violations · talks: 1 of 3 succeeded" or "survived 365 days · ...".
     *
     * @param o the outcome; not {@code null}
     * @return the description; never {@code null}
     */
    public static String describe(RunOutcome o) {
        String fate = o.survived()
                ? "survived " + o.horizon() + " days"
                : "collapsed on day " + o.collapseDay() + cause(o);
        return fate
                + "  \u00b7  " + plural(o.attacks(), "militant attack") + ", "
                + plural((long) Math.rint(o.casualties()), "casualty", "casualties")
                + "  \u00b7  " + plural(o.violations(), "violation")
                + "  \u00b7  talks: " + o.talksSucceeded() + " of " + o.talksHeld()
                + " succeeded";
    }

    static Datasets createDatasets(Trajectory t) {
        List<String> states = t.states();
        XYSeriesCollection levels = new XYSeriesCollection();
        for (int s = 0; s < states.size(); s++) {
            XYSeries trust = new XYSeries(states.get(s) + " trust");
            XYSeries escalation = new XYSeries(states.get(s) + " escalation");
            for (DayRecord d : t.days()) {
                checkShape(d, states.size());
                trust.add(d.day(), d.trust().get(s));
                escalation.add(d.day(), d.escalation().get(s));
            }
            levels.addSeries(trust);
            levels.addSeries(escalation);
        }
        XYSeries attacks = new XYSeries("militant attack (height = casualties)");
        XYSeries violations = new XYSeries("violations by states");
        XYSeries talksOk = new XYSeries("talks succeeded");
        XYSeries talksFailed = new XYSeries("talks failed");
        for (DayRecord d : t.days()) {
            checkShape(d, states.size());
            // one stem per attack, side by side within its day, at its casualties as a whole number
            List<Double> each = d.attackCasualties().isEmpty() && d.attacks() > 0 ? List.of(d.casualties())
                    : d.attackCasualties();
            for (int k = 0; k < each.size(); k++) {
                double offset = each.size() == 1 ? 0 : ATTACK_SPREAD * ((k + 0.5) / each.size() - 0.5);
                attacks.add(d.day() + offset, Math.rint(each.get(k)));
            }
            if (d.violations() > 0) {
                violations.add(d.day(), d.violations());
            }
            // one triangle per round, stacked: succeeded at 1..k, failed above them
            for (int round = 1; round <= d.talksHeld(); round++) {
                (round <= d.talksSucceeded() ? talksOk : talksFailed).add(d.day(), round);
            }
        }
        XYSeriesCollection talks = new XYSeriesCollection(talksOk);
        talks.addSeries(talksFailed);
        return new Datasets(levels, dailyBars(attacks), dailyBars(violations), talks);
    }

    static JFreeChart createChart(String title, Datasets ds, Trajectory t, RunOutcome o) {
        NumberAxis dayAxis = axis("day since ceasefire");
        dayAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        dayAxis.setRange(firstDay(t) - 0.5, Math.max(lastDay(t), firstDay(t) + 1) + 0.5);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dayAxis);
        plot.setGap(10.0);
        plot.add(levelPlot(ds.levels(), t), 5);
        plot.add(attackPlot(ds.attacks(), t.massCasualty()), 2);
        plot.add(countPlot(ds.violations(), ds.talks()), 2);
        if (!o.survived()) {
            markCollapse(plot, o, lastDay(t));
        }

        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 8, 6, 18));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        TextTitle subtitle = new TextTitle(describe(o), ChartStyle.SUBTITLE_FONT);
        subtitle.setPaint(ChartStyle.TEXT);
        subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartStyle.LEGEND_FONT);
        legend.setItemPaint(ChartStyle.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        return chart;
    }

    private static XYPlot levelPlot(XYSeriesCollection levels, Trajectory t) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        for (int series = 0; series < levels.getSeriesCount(); series++) {
            r.setSeriesPaint(series, Look.series((series / 2)));
            r.setSeriesStroke(series, series % 2 == 0 ? SOLID : DASHED);
        }
        NumberAxis y = axis("level (0\u20131)");
        y.setRange(-0.02, 1.02);
        y.setTickUnit(new NumberTickUnit(0.2,
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        XYPlot p = subplot(levels, y, r);
        shadeMonitoring(p, t);
        return p;
    }

    private static XYPlot attackPlot(XYSeriesCollection attacks, double massCasualty) {
        NumberAxis y = axis("casualties");
        double max = attacks.getSeries(0).isEmpty() ? 0.0 : attacks.getSeries(0).getMaxY();
        double top = Math.max(max, massCasualty) * 1.2;
        y.setRange(-0.05 * top, top); // room for the heads of zero-casualty attacks
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer sticks = bars(ATTACK, STICK_MARGIN);
        Area lollipop = new Area(new Rectangle2D.Double(-1.5, -4.0, 3.0, 10.0));
        lollipop.add(new Area(new Ellipse2D.Double(-4.0, -8.0, 8.0, 8.0)));
        sticks.setLegendBar(lollipop);
        XYPlot p = subplot(attacks, y, sticks);
        // a second collection: XYPlot finds a dataset's renderer by indexOf(dataset), so
        // the same object in two slots would list the bar renderer's legend item twice
        p.setDataset(1, new XYSeriesCollection(attacks.getSeries(0)));
        XYLineAndShapeRenderer heads = new XYLineAndShapeRenderer(false, true);
        heads.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7.0, 7.0));
        heads.setSeriesPaint(0, ATTACK);
        heads.setSeriesVisibleInLegend(0, false);
        p.setRenderer(1, heads);
        ValueMarker mass = new ValueMarker(massCasualty, Color.GRAY, DOTTED);
        // left: runs often end in a collapse right after a big attack
        note(mass, "mass casualty", RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT);
        p.addRangeMarker(mass, Layer.BACKGROUND);
        return p;
    }

    private static XYPlot countPlot(XYSeriesCollection violations, XYSeriesCollection talks) {
        NumberAxis y = axis("count");
        double max = Math.max(maxY(violations), maxY(talks));
        y.setRange(0.0, Math.max(max, 1.0) + 0.6);
        y.setTickUnit(new NumberTickUnit(Math.max(1.0, Math.ceil(max / 4.0))));
        XYPlot p = subplot(violations, y, bars(VIOLATION, 0.0));
        p.setDataset(1, talks);
        XYLineAndShapeRenderer triangles = new XYLineAndShapeRenderer(false, true);
        triangles.setSeriesShape(0, ShapeUtils.createUpTriangle(6.0f));
        triangles.setSeriesPaint(0, TALKS_OK);
        triangles.setSeriesShape(1, ShapeUtils.createDownTriangle(6.0f));
        triangles.setSeriesPaint(1, TALKS_FAILED);
        triangles.setUseOutlinePaint(true);
        triangles.setDefaultOutlinePaint(Color.WHITE);
        triangles.setDrawOutlines(true);
        p.setRenderer(1, triangles);
        return p;
    }

    private static XYPlot subplot(XYSeriesCollection data, NumberAxis y, XYItemRenderer r) {
        return ChartStyle.plot(data, null, y, r);
    }

    /** A bar renderer; {@code margin} is the fraction of {@link #BAR_WIDTH} left out. */
    private static XYBarRenderer bars(Paint paint, double margin) {
        XYBarRenderer r = new XYBarRenderer(margin);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, paint);
        return r;
    }

    private static NumberAxis axis(String label) {
        return ChartStyle.axis(label);
    }

    /** Shades each run of consecutive monitored days, labelling the first. */
    private static void shadeMonitoring(XYPlot p, Trajectory t) {
        List<DayRecord> days = t.days();
        boolean labelled = false;
        int i = 0;
        while (i < days.size()) {
            if (!days.get(i).monitoring()) {
                i++;
                continue;
            }
            int start = days.get(i).day();
            while (i + 1 < days.size() && days.get(i + 1).monitoring()) {
                i++;
            }
            IntervalMarker m = new IntervalMarker(start - 0.5, days.get(i).day() + 0.5,
                    MONITORING);
            if (!labelled) {
                note(m, "monitoring mission", RectangleAnchor.TOP_LEFT,
                        TextAnchor.TOP_LEFT);
                labelled = true;
            }
            p.addDomainMarker(m, Layer.BACKGROUND);
            i++;
        }
    }

    /** Marks the collapse day in every subplot, labelled in the top one. */
    private static void markCollapse(CombinedDomainXYPlot plot, RunOutcome o, int lastDay) {
        String label = "collapse, day " + o.collapseDay() + cause(o);
        boolean top = true;
        for (XYPlot p : plot.getSubplots()) {
            if (lastDay > o.collapseDay()) {
                p.addDomainMarker(new IntervalMarker(o.collapseDay(), lastDay + 0.5,
                        AFTER_COLLAPSE), Layer.BACKGROUND);
            }
            ValueMarker m = new ValueMarker(o.collapseDay(), ChartStyle.COLLAPSE, new BasicStroke(2.0f));
            if (top) {
                m.setLabel(label);
                m.setLabelFont(MARKER_FONT);
                m.setLabelPaint(ChartStyle.COLLAPSE);
                m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                m.setLabelOffset(new RectangleInsets(6, 4, 6, 4));
                top = false;
            }
            p.addDomainMarker(m, Layer.FOREGROUND);
        }
    }

    private static void note(Marker m, String text, RectangleAnchor anchor, TextAnchor textAnchor) {
        m.setLabel(text);
        m.setLabelFont(NOTE_FONT);
        m.setLabelPaint(Color.GRAY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(3, 4, 3, 4));
    }

    private static XYSeriesCollection dailyBars(XYSeries series) {
        XYSeriesCollection c = new XYSeriesCollection(series);
        c.setIntervalWidth(BAR_WIDTH);
        return c;
    }

    private static double maxY(XYSeriesCollection c) {
        double max = 0.0;
        for (int s = 0; s < c.getSeriesCount(); s++) {
            if (!c.getSeries(s).isEmpty()) {
                max = Math.max(max, c.getSeries(s).getMaxY());
            }
        }
        return max;
    }

    private static int firstDay(Trajectory t) {
        return t.days().isEmpty() ? 0 : t.days().get(0).day();
    }

    private static int lastDay(Trajectory t) {
        return t.days().isEmpty() ? 0 : t.days().get(t.days().size() - 1).day();
    }

    private static void checkShape(DayRecord d, int states) {
        if (d.trust().size() != states || d.escalation().size() != states) {
            throw new IllegalArgumentException("day " + d.day() + ": expected " + states
                    + " trust and escalation values, got " + d.trust().size() + " and "
                    + d.escalation().size());
        }
    }

    /** " (violations)", or "" when no cause is given. */
    private static String cause(RunOutcome o) {
        return o.cause() == CollapseCause.NONE ? ""
                : " (" + o.cause().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
