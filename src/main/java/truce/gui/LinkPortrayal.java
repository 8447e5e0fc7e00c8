package truce.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.util.Locale;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;

/**
 * Draws the links of the actor network ({@link Link}):
 *
 * <ul>
 *   <li>trust: one arrow per direction, side by side, from the truster to the trusted, wider
 *       and bluer with more trust ({@link Palette#trust}); purple on a day the truster
 *       violated the ceasefire; arcs round the states between them when there are more than
 *       two;</li>
 *   <li>hosting: a dashed grey line from the host state to the group;</li>
 *   <li>targeting: a faint arrow from a group to its target, curving below the states, thick
 *       red on a day it attacked;</li>
 *   <li>mediation: a light blue line from a mediator to each state, wider with leverage;
 *       green (red) on a day its talks succeeded (failed);</li>
 *   <li>a ceasefire (a scenario with a {@code ceasefires:} section): a thick arc above the states
 *       between its two parties, labelled with its key and state: green in force, grey dashed
 *       before it starts, red after a breakdown, blue after a settlement, orange after expiry.</li>
 * </ul>
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;

    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font ALERT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    /** Pixels between the two arrows of a pair of states. */
    private static final double PAIR_GAP = 9;
    private static final float[] DASH = {6f, 4f};
    private static final float[] DOT = {2f, 4f};

    private final EventTracker today;

    LinkPortrayal(EventTracker today) {
        this.today = today;
    }

    /**
     * A link as drawn: its line or curve in pixels, the point where its arrow ends (null for
     * none) with the direction it comes from, and the side its labels go ({@code normal}).
     */
    private record Geometry(Shape path, Point2D tip, Point2D tail, Point2D.Double normal,
                            Point2D.Double middle) {
    }

    private Geometry geometry(Edge edge, Link link, EdgeDrawInfo2D e) {
        Point2D.Double from = new Point2D.Double(e.draw.x, e.draw.y);
        Point2D.Double to = e.secondPoint;
        double fromRadius = radius(edge.getFrom()) * e.draw.width;
        double toRadius = radius(edge.getTo()) * e.draw.width;
        Point2D.Double n = normal(from, to);
        switch (link.getKind()) {
            case TRUST -> {
                int skipped = Math.abs(link.toIndex() - link.fromIndex()) - 1;
                if (skipped == 0) {
                    // neighbours: the two directions run side by side, each on its own right
                    Point2D.Double a = shift(along(from, to, fromRadius + 4), n, PAIR_GAP);
                    Point2D.Double b = shift(along(to, from, toRadius + 8), n, PAIR_GAP);
                    return new Geometry(new Line2D.Double(a, b), b, a, n, mid(a, b));
                }
                // states further apart (three or more states): arcs round the states between,
                // one direction above the row, the other below
                Point2D.Double control = shift(mid(from, to), n, 2 * skipped * (toRadius + 24));
                Point2D.Double a = along(from, control, fromRadius + 4);
                Point2D.Double b = along(to, control, toRadius + 8);
                return new Geometry(new QuadCurve2D.Double(a.x, a.y, control.x, control.y, b.x,
                        b.y), b, control, n, mid(mid(a, b), control));
            }
            case TARGETS -> {
                // curved, bulging downwards, away from the trust arrows between the states
                if (n.y < 0) {
                    n = new Point2D.Double(-n.x, -n.y);
                }
                double bulge = Math.max(40, from.distance(to) * 0.3);
                Point2D.Double control = shift(mid(from, to), n, bulge);
                Point2D.Double a = along(from, control, fromRadius + 3);
                Point2D.Double b = along(to, control, toRadius + 8);
                return new Geometry(new QuadCurve2D.Double(a.x, a.y, control.x, control.y, b.x,
                        b.y), b, control, n, mid(mid(a, b), control));
            }
            case CEASEFIRE -> {
                // an arc above the row of states, higher the further apart its parties are
                Point2D.Double up = new Point2D.Double(0, -1);
                double bulge = 28 + 0.12 * from.distance(to);
                Point2D.Double control = shift(mid(from, to), up, bulge);
                Point2D.Double a = along(from, control, fromRadius + 2);
                Point2D.Double b = along(to, control, toRadius + 2);
                return new Geometry(new QuadCurve2D.Double(a.x, a.y, control.x, control.y, b.x, b.y), null, null,
                        up, mid(mid(a, b), control));
            }
            default -> {
                Point2D.Double a = along(from, to, fromRadius + 2);
                Point2D.Double b = along(to, from, toRadius + 3);
                return new Geometry(new Line2D.Double(a, b), null, null, n, mid(a, b));
            }
        }
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge edge = (Edge) object;
        Link link = (Link) edge.getInfo();
        Geometry geo = geometry(edge, link, (EdgeDrawInfo2D) info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        switch (link.getKind()) {
            case TRUST -> drawTrust(g, link, geo);
            case HOSTS -> drawHosting(g, geo);
            case TARGETS -> drawTargeting(g, link, geo);
            case MEDIATES -> drawMediation(g, link, geo);
            case CEASEFIRE -> drawCeasefire(g, link, geo);
        }
    }

    private static void drawCeasefire(Graphics2D g, Link link, Geometry geo) {
        String state = link.getState();
        Color colour = Palette.ceasefire(link.ceasefireOf().getEnding(), state.startsWith("not started"));
        if (state.startsWith("not started")) {
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
        } else {
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        g.setPaint(colour);
        g.draw(geo.path());
        label(g, link.getCeasefire() + ": " + state, ALERT, colour, shift(geo.middle(), geo.normal(), 6), false);
    }

    private void drawTrust(Graphics2D g, Link link, Geometry geo) {
        double trust = link.getValue();
        boolean violated = today.violationsBy(link.fromIndex(), link.toIndex()) > 0;
        float width = Palette.trustWidth(trust);
        g.setPaint(violated ? Palette.VIOLATION : Palette.trust(trust));
        g.setStroke(new BasicStroke(violated ? Math.max(width, 5f) : width,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(geo.path());
        arrowHead(g, geo.tail(), geo.tip(), Math.max(width, 3f) + 8);
        String text = violated
                ? link.getFrom() + " violated the ceasefire today"
                : String.format(Locale.ROOT, "%s's trust in %s: %.2f", link.getFrom(),
                        link.getTo(), trust);
        label(g, text, violated ? ALERT : LABEL, violated ? Palette.VIOLATION : Palette.TEXT,
                shift(geo.middle(), geo.normal(), width / 2 + 4), geo.normal().y >= 0);
    }

    private static void drawHosting(Graphics2D g, Geometry geo) {
        g.setPaint(Palette.HOSTING);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH,
                0f));
        g.draw(geo.path());
        label(g, "hosts", LABEL, Palette.MUTED,
                new Point2D.Double(geo.middle().x - 24, geo.middle().y - 8), true);
    }

    private void drawTargeting(Graphics2D g, Link link, Geometry geo) {
        boolean attacked = today.attacksBy(link.fromIndex()) > 0;
        if (attacked) {
            g.setPaint(Palette.ATTACK);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        } else {
            g.setPaint(new Color(0xE7A3A0));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    DOT, 0f));
        }
        g.draw(geo.path());
        arrowHead(g, geo.tail(), geo.tip(), attacked ? 13 : 9);
    }

    private void drawMediation(Graphics2D g, Link link, Geometry geo) {
        Color flash = Palette.talks(today.talks(link.fromIndex()));
        float width = Palette.leverageWidth(link.getValue());
        g.setPaint(flash != null ? flash
                : new Color(Palette.MEDIATION.getRed(), Palette.MEDIATION.getGreen(),
                        Palette.MEDIATION.getBlue(), 150));
        g.setStroke(new BasicStroke(flash != null ? Math.max(width, 4f) : width,
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(geo.path());
    }

    /** A link is hit within a few pixels of its line as drawn, not at the actors' centres. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Edge edge = (Edge) object;
        if (!(edge.getInfo() instanceof Link link) || !(range instanceof EdgeDrawInfo2D e)) {
            return false;
        }
        Shape band = new BasicStroke(8f).createStrokedShape(geometry(edge, link, e).path());
        return band.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    private static Point2D.Double mid(Point2D a, Point2D b) {
        return new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }

    /** The point {@code distance} pixels from {@code p} towards {@code q}. */
    static Point2D.Double along(Point2D p, Point2D q, double distance) {
        double len = p.distance(q);
        if (len == 0) {
            return new Point2D.Double(p.getX(), p.getY());
        }
        double t = Math.min(distance, len / 2) / len;
        return new Point2D.Double(p.getX() + (q.getX() - p.getX()) * t,
                p.getY() + (q.getY() - p.getY()) * t);
    }

    /** The unit normal of p -> q (to its right on screen); opposite directions get opposite sides. */
    static Point2D.Double normal(Point2D p, Point2D q) {
        double dx = q.getX() - p.getX();
        double dy = q.getY() - p.getY();
        double len = Math.hypot(dx, dy);
        return len == 0 ? new Point2D.Double(0, 1) : new Point2D.Double(-dy / len, dx / len);
    }

    static Point2D.Double shift(Point2D p, Point2D.Double n, double by) {
        return new Point2D.Double(p.getX() + n.x * by, p.getY() + n.y * by);
    }

    private static void arrowHead(Graphics2D g, Point2D tail, Point2D tip, double size) {
        double angle = Math.atan2(tip.getY() - tail.getY(), tip.getX() - tail.getX());
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.getX() + Math.cos(angle) * size * 0.6, tip.getY() + Math.sin(angle) * size * 0.6);
        head.lineTo(tip.getX() + Math.cos(angle + 2.6) * size * 0.6,
                tip.getY() + Math.sin(angle + 2.6) * size * 0.6);
        head.lineTo(tip.getX() + Math.cos(angle - 2.6) * size * 0.6,
                tip.getY() + Math.sin(angle - 2.6) * size * 0.6);
        head.closePath();
        g.fill(head);
    }

    /** A centred label whose top ({@code below}) or bottom is at {@code at}. */
    private static void label(Graphics2D g, String text, Font font, Color colour, Point2D at,
                              boolean below) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double top = below ? at.getY() : at.getY() - fm.getHeight();
        ActorPortrayal.label(g, text, font, colour, at.getX(), top);
    }

    /** An actor's radius in field units, as {@link ActorPortrayal} draws it. */
    static double radius(Object agent) {
        if (agent instanceof StateAgent) {
            return Palette.STATE_SIZE / 2;
        } else if (agent instanceof MilitantGroup g) {
            return Palette.groupSize(g.getAttacks()) / 2;
        } else if (agent instanceof Mediator m) {
            return Palette.mediatorSize(m.getLeverage()) / 2;
        }
        return 0;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        // MASON wraps an edge's info (here a Link), so the inspector shows the Link's getters
        Object o = wrapper.getObject();
        return o instanceof Link l ? "Link: " + l : super.getName(wrapper);
    }
}
