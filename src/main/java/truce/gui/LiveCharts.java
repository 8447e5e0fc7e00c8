package truce.gui;

import truce.chart.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/**
 * The live charts of a run (JFreeChart 1.5, since MASON's own charts need JFreeChart 1.0):
 * each state's trust (solid) and escalation (dashed) in its colour, and cumulative militant
 * attacks by group, state violations and talks held, with the collapse day marked.
 * {@link #record} copies a day's values off the model in the model's thread and hands them to
 * the Swing thread, which alone touches the datasets. Shown by {@link TimeSeriesFrame}; needs
 * no display itself.
 */
final class LiveCharts {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = Look.GRID;
    /** The day axis shows at least this many days. */
    private static final int MIN_DAYS = 30;
    private static final Stroke SOLID = Look.LINE;
    private static final Stroke DASHED = Look.DASHED_LINE;

    /** One day's values, copied off the model in its thread. */
    record Day(int day, double[] trust, double[] escalation, int[] attacksByGroup,
               int violations, int talks, boolean inForce) {

        static Day of(TruceModel model) {
            List<StateAgent> states = model.getStateAgents();
            double[] trust = new double[states.size()];
            double[] escalation = new double[states.size()];
            int violations = 0;
            for (int s = 0; s < states.size(); s++) {
                trust[s] = states.get(s).getTrust();
                escalation[s] = states.get(s).getEscalation();
                violations += states.get(s).getViolations();
            }
            List<MilitantGroup> groups = model.getGroups();
            int[] attacks = new int[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                attacks[g] = groups.get(g).getAttacks();
            }
            int talks = model.getMediators().stream().mapToInt(m -> m.getTalksConvened()).sum();
            return new Day(model.day(), trust, escalation, attacks, violations, talks,
                    model.getCeasefire().getInForce());
        }
    }

    private final XYSeriesCollection levels = new XYSeriesCollection();
    private final XYSeriesCollection counts = new XYSeriesCollection();
    private final List<XYPlot> plots = new ArrayList<>();
    private final JFreeChart levelChart;
    private final JFreeChart countChart;
    private boolean collapseMarked;

    /**
     * @param states the states' names, in declaration order
     * @param groups the militant groups' names, in declaration order
     */
    LiveCharts(List<String> states, List<String> groups) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lines.setLegendLine(new Line2D.Double(-12.0, 0.0, 12.0, 0.0));
        for (int s = 0; s < states.size(); s++) {
            levels.addSeries(new XYSeries(states.get(s) + " trust", true, false));
            levels.addSeries(new XYSeries(states.get(s) + " escalation", true, false));
            for (int k = 0; k < 2; k++) {
                lines.setSeriesPaint(2 * s + k, Palette.state(s));
                lines.setSeriesStroke(2 * s + k, k == 0 ? SOLID : DASHED);
            }
        }
        NumberAxis level = axis("level (0\u20131)");
        level.setAutoRange(false);
        level.setRange(-0.02, 1.02);
        level.setTickUnit(new NumberTickUnit(0.2,
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        levelChart = chart("Trust (solid) and escalation (dashed) of each state",
                plot(levels, level, lines));

        XYStepRenderer steps = new XYStepRenderer();
        steps.setLegendLine(new Line2D.Double(-12.0, 0.0, 12.0, 0.0));
        int series = 0;
        for (int g = 0; g < groups.size(); g++, series++) {
            counts.addSeries(new XYSeries("attacks by " + groups.get(g), true, false));
            steps.setSeriesPaint(series, Palette.group(g));
            steps.setSeriesStroke(series, SOLID);
        }
        counts.addSeries(new XYSeries("violations by states", true, false));
        steps.setSeriesPaint(series, Palette.VIOLATION);
        steps.setSeriesStroke(series++, SOLID);
        counts.addSeries(new XYSeries("talks held", true, false));
        steps.setSeriesPaint(series, Palette.TALKS_OK);
        steps.setSeriesStroke(series, DASHED);
        NumberAxis count = axis("count so far");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setAutoRangeIncludesZero(true);
        countChart = chart("Cumulative militant attacks, violations and talks",
                plot(counts, count, steps));
    }

    /** Trust and escalation of each state. */
    JFreeChart levelChart() {
        return levelChart;
    }

    /** Cumulative attacks by group, violations and talks. */
    JFreeChart countChart() {
        return countChart;
    }

    XYSeriesCollection levels() {
        return levels;
    }

    XYSeriesCollection counts() {
        return counts;
    }

    private XYPlot plot(XYSeriesCollection data, NumberAxis y,
                        org.jfree.chart.renderer.xy.XYItemRenderer r) {
        NumberAxis day = axis("day since ceasefire");
        day.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        day.setRange(0, MIN_DAYS); // widened as days come in, see add()
        XYPlot p = new XYPlot(data, day, y, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlinePaint(Color.LIGHT_GRAY);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plots.add(p);
        return p;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(AXIS);
        a.setTickLabelFont(AXIS);
        a.setLabelPaint(Palette.TEXT);
        a.setTickLabelPaint(Palette.TEXT);
        return a;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.getTitle().setPaint(Palette.TEXT);
        c.setPadding(new RectangleInsets(4, 6, 4, 14));
        LegendTitle legend = c.getLegend();
        legend.setItemFont(LEGEND);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        return c;
    }

    /**
     * Copies the day's values off the model and queues them for the charts; call in the model's
     * thread after each day.
     */
    void record(TruceModel model) {
        Day d = Day.of(model);
        SwingUtilities.invokeLater(() -> add(d));
    }

    /** Empties the charts for a new run; call on the Swing thread (or via {@link #clearLater}). */
    void clear() {
        for (int i = 0; i < levels.getSeriesCount(); i++) {
            levels.getSeries(i).clear();
        }
        for (int i = 0; i < counts.getSeriesCount(); i++) {
            counts.getSeries(i).clear();
        }
        for (XYPlot p : plots) {
            p.clearDomainMarkers();
            p.getDomainAxis().setRange(0, MIN_DAYS);
        }
        collapseMarked = false;
    }

    /** Queues {@link #clear()} on the Swing thread, ahead of the next run's days. */
    void clearLater() {
        SwingUtilities.invokeLater(this::clear);
    }

    /** Adds one day to the charts; call on the Swing thread. */
    void add(Day d) {
        for (int s = 0; s < d.trust().length; s++) {
            levels.getSeries(2 * s).add(d.day(), d.trust()[s]);
            levels.getSeries(2 * s + 1).add(d.day(), d.escalation()[s]);
        }
        int series = 0;
        for (int attacks : d.attacksByGroup()) {
            counts.getSeries(series++).add(d.day(), attacks);
        }
        counts.getSeries(series++).add(d.day(), d.violations());
        counts.getSeries(series).add(d.day(), d.talks());
        for (XYPlot p : plots) {
            if (d.day() + 1 > p.getDomainAxis().getUpperBound()) {
                p.getDomainAxis().setRange(0, Math.max(MIN_DAYS, Math.ceil((d.day() + 1) * 1.2)));
            }
        }
        if (!d.inForce() && !collapseMarked) {
            collapseMarked = true;
            for (XYPlot p : plots) {
                ValueMarker m = new ValueMarker(d.day(), Palette.COLLAPSED, new BasicStroke(2f));
                m.setLabel("collapse, day " + d.day());
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                m.setLabelPaint(Palette.COLLAPSED);
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                p.addDomainMarker(m);
            }
        }
    }

    /** The number of days charted so far (for tests). */
    int days() {
        return levels.getSeriesCount() == 0 ? 0 : levels.getSeries(0).getItemCount();
    }
}
