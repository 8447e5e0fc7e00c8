package truce.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * The one palette and stroke set of Truce's pictures, shared by the charts and the GUI window
 * ({@code truce.gui}), so that a state, an attack or a collapse looks the same wherever it is
 * drawn. Colours of series are Okabe–Ito (colour-blind safe).
 */
public final class Look {

    /** Series colours, cycling: one per state, curve or line (Okabe–Ito). */
    private static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0xCC79A7), new Color(0x009E73),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0x999999)
    };

    /** How many series colours there are before they repeat. */
    public static final int SERIES_COUNT = SERIES.length;

    public static final Color TEXT = new Color(0x333333);
    public static final Color MUTED = new Color(0x777777);
    public static final Color GRID = new Color(0xDDDDDD);
    /** A collapse, and a breakdown. */
    public static final Color COLLAPSE = new Color(0xB2182B);
    /** A ceasefire in force, and a settlement. */
    public static final Color IN_FORCE = new Color(0x1A9850);
    public static final Color ATTACK = new Color(0xD73027);
    public static final Color VIOLATION = new Color(0x7B3294);
    public static final Color TALKS_OK = new Color(0x1A9850);
    public static final Color TALKS_FAILED = new Color(0xD73027);
    public static final Color TALKS_MIXED = new Color(0xE08214);
    public static final Color MONITORING = new Color(0xE3EEF9);
    public static final Color AFTER_COLLAPSE = new Color(0xF2F2F2);
    /** Error bars drawn over bars. */
    public static final Color WHISKER = new Color(0x222222);

    /** A data line: 2 px, round. */
    public static final Stroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** A second kind of data line (escalation beside trust): 2 px, dashed. */
    public static final Stroke DASHED_LINE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10.0f, new float[] {7.0f, 4.0f}, 0.0f);
    /** A marker line (a median, a collapse): 1.5 px, dashed. */
    public static final Stroke MARKER = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10.0f, new float[] {6.0f, 4.0f}, 0.0f);
    /** A reference line: 1 px, dotted. */
    public static final Stroke DOTTED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10.0f, new float[] {2.0f, 3.0f}, 0.0f);
    public static final Stroke GRID_STROKE = new BasicStroke(0.5f);

    private Look() {
    }

    /** The colour of series {@code i} (a state, a curve), cycling. */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }
}
