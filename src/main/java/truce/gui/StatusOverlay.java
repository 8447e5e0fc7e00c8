package truce.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A display layer that draws text over the actors: the day and the ceasefire's status with
 * today's events at the top left, and a key to the colours at the bottom left. It stays in
 * place when the display is scrolled or zoomed. Nothing on it can be selected.
 */
final class StatusOverlay extends FieldPortrayal2D {

    private static final Font STATUS = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font SUMMARY = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** A line of the key: its text and the colour of its swatch (null: the escalation scale). */
    private record KeyLine(String text, Color swatch) {
    }

    private static final List<KeyLine> KEY_LINES = List.of(
            new KeyLine("state fill: escalation  0 (green) \u2192 0.5 (yellow) \u2192 1 (red)", null),
            new KeyLine("trust arrows: width and colour by trust, low (red) \u2192 high (blue)",
                    Palette.TRUST),
            new KeyLine("purple arrow: a violation by that state today", Palette.VIOLATION),
            new KeyLine("red ring / arc: militant attack today", Palette.ATTACK),
            new KeyLine("mediator ring: talks today, succeeded (green) / failed (red)",
                    Palette.TALKS_OK));

    private final EventTracker today;

    StatusOverlay(EventTracker today) {
        this.today = today;
        setField(today);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double x = info.clip.x + 10;
        double y = info.clip.y + 8;
        y = line(g, today.status(), STATUS, today.inForce() ? Palette.IN_FORCE : Palette.COLLAPSED,
                x, y);
        line(g, today.summary(), SUMMARY, Palette.TEXT, x, y + 2);

        g.setFont(KEY);
        int h = g.getFontMetrics().getHeight();
        double top = info.clip.y + info.clip.height - 8 - h * KEY_LINES.size();
        for (KeyLine k : KEY_LINES) {
            if (k.swatch() != null) {
                g.setPaint(k.swatch());
                g.fill(new Rectangle2D.Double(x, top + h / 2.0 - 2, 14, 4));
            } else {
                for (int i = 0; i < 3; i++) {
                    g.setPaint(Palette.escalation(i / 2.0));
                    g.fill(new Rectangle2D.Double(x + i * 5, top + 2, 5, h - 4));
                }
            }
            line(g, k.text(), KEY, Palette.MUTED, x + 20, top);
            top += h;
        }
    }

    /** Draws one left-aligned line on a translucent box; returns the next line's top. */
    private static double line(Graphics2D g, String text, Font font, Color colour, double x,
                               double top) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setPaint(new Color(255, 255, 255, 210));
        g.fill(new Rectangle2D.Double(x - 3, top, fm.stringWidth(text) + 6, fm.getHeight()));
        g.setPaint(colour);
        g.drawString(text, (float) x, (float) (top + fm.getAscent()));
        return top + fm.getHeight();
    }

    @Override
    protected void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
        // nothing to hit: the overlay is text
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }
}
