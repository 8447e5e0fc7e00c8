package truce.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A numeric axis whose ticks sit at given values (the values a parameter was swept
 * over), labelled with {@link DisplayFormat#number(double)}. A tick is dropped when its
 * label would touch the previous one, so close or many values stay legible. The caller
 * sets the range.
 */
final class ValueTickAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Pixels between neighbouring labels. */
    private static final double GAP = 8.0;

    private final double[] values;
    private final String[] labels;

    /**
     * @param label the axis label; not {@code null}
     * @param values the tick values, sorted ascending; not {@code null}
     */
    ValueTickAxis(String label, double[] values) {
        this(label, values, null);
    }

    /**
     * Ticks at 0, 1, 2, ... labelled with the given names (categories, or the values of a
     * parameter drawn at equal spacing).
     */
    ValueTickAxis(String label, List<String> names) {
        this(label, java.util.stream.IntStream.range(0, names.size()).asDoubleStream().toArray(),
                names.toArray(new String[0]));
    }

    private ValueTickAxis(String label, double[] values, String[] labels) {
        super(label);
        this.values = values.clone();
        this.labels = labels;
        ChartStyle.style(this);
        setAutoRange(false);
    }

    @Override
    @SuppressWarnings("rawtypes") // the overridden signature's
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
                             RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : TextAnchor.CENTER_LEFT;
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        List<NumberTick> ticks = new ArrayList<>();
        double last = Double.NaN;
        double lastHalf = 0.0;
        for (int i = 0; i < this.values.length; i++) {
            double v = this.values[i];
            String text = this.labels != null ? this.labels[i] : DisplayFormat.number(v);
            double half = 0.5 * (horizontal ? fm.stringWidth(text) : fm.getHeight());
            double pos = valueToJava2D(v, dataArea, edge);
            if (Double.isNaN(last) || Math.abs(pos - last) >= lastHalf + half + GAP) {
                ticks.add(new NumberTick(TickType.MAJOR, v, text, anchor, anchor, 0.0));
                last = pos;
                lastHalf = half;
            }
        }
        return ticks;
    }
}
