package truce.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/**
 * Draws one kind of actor as a labelled disc whose colour and size follow its current values,
 * with a coloured ring when something happened to it today. Double-clicking an actor opens
 * MASON's inspector on the model's own agent object (its getters).
 *
 * <ul>
 *   <li>{@link #forStates}: filled by escalation ({@link Palette#escalation}), outlined in the
 *       state's chart colour; a red ring on a day it was attacked.</li>
 *   <li>{@link #forGroups}: grey, growing with its attacks so far; red on a day it attacked.</li>
 *   <li>{@link #forMediators}: light blue, sized by leverage; a green (red) ring on a day its
 *       talks succeeded (failed).</li>
 * </ul>
 */
abstract class ActorPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font DETAIL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font ALERT_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final BasicStroke RING = new BasicStroke(4f);
    private static final BasicStroke SELECTED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

    /**
     * How an actor looks now.
     *
     * @param diameter in field units
     * @param ring colour of today's event ring, or null for none
     * @param alert a line in the ring's colour saying what happened today, or null
     */
    record Look(Color fill, Color outline, float outlineWidth, double diameter, Color ring,
                String name, String detail, String alert) {
    }

    final EventTracker today;

    ActorPortrayal(EventTracker today) {
        this.today = today;
    }

    /** How {@code agent} looks now in {@code model}. */
    abstract Look look(Object agent, TruceModel model);

    static ActorPortrayal forStates(EventTracker today) {
        return new ActorPortrayal(today) {
            private static final long serialVersionUID = 1L;

            @Override
            Look look(Object agent, TruceModel model) {
                StateAgent s = (StateAgent) agent;
                int i = model.getStateAgents().indexOf(s);
                int attacks = today.attacksOn(i);
                return new Look(Palette.escalation(s.getEscalation()), Palette.state(i), 4f,
                        Palette.STATE_SIZE, attacks > 0 ? Palette.ATTACK : null,
                        s.getName(),
                        String.format(Locale.ROOT, "escalation %.2f \u00b7 trust %.2f",
                                s.getEscalation(), s.getTrust()),
                        attacks == 0 ? null : attacks + (attacks == 1 ? " attack" : " attacks")
                                + " on it today");
            }
        };
    }

    static ActorPortrayal forGroups(EventTracker today) {
        return new ActorPortrayal(today) {
            private static final long serialVersionUID = 1L;

            @Override
            Look look(Object agent, TruceModel model) {
                MilitantGroup g = (MilitantGroup) agent;
                int attacks = today.attacksBy(model.getGroups().indexOf(g));
                return new Look(attacks > 0 ? Palette.GROUP_ACTIVE : Palette.GROUP, Color.WHITE,
                        1.5f, Palette.groupSize(g.getAttacks()), attacks > 0 ? Palette.ATTACK : null,
                        g.getName(),
                        String.format(Locale.ROOT, "%d %s \u00b7 rate %.2f/day", g.getAttacks(),
                                g.getAttacks() == 1 ? "attack" : "attacks", g.getAttackRate()),
                        attacks == 0 ? null : attacks + (attacks == 1 ? " attack" : " attacks")
                                + " on " + g.getTarget() + " today");
            }
        };
    }

    static ActorPortrayal forMediators(EventTracker today) {
        return new ActorPortrayal(today) {
            private static final long serialVersionUID = 1L;

            @Override
            Look look(Object agent, TruceModel model) {
                Mediator m = (Mediator) agent;
                EventTracker.Talks talks = today.talks(model.getMediators().indexOf(m));
                return new Look(Palette.MEDIATOR, Palette.MEDIATION, 1.5f,
                        Palette.mediatorSize(m.getLeverage()), Palette.talks(talks),
                        m.getName(),
                        String.format(Locale.ROOT, "leverage %.2f \u00b7 talks held: %d",
                                m.getLeverage(), m.getTalksConvened()),
                        talks == EventTracker.Talks.NONE ? null
                                : "talks today: " + talks.name().toLowerCase(Locale.ROOT));
            }
        };
    }

    private Look look(Object agent, DrawInfo2D info) {
        return look(agent, (TruceModel) info.gui.state);
    }

    private static Ellipse2D disc(Look look, DrawInfo2D info) {
        double w = look.diameter() * info.draw.width;
        double h = look.diameter() * info.draw.height;
        return new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Look look = look(object, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Ellipse2D disc = disc(look, info);
        if (look.ring() != null) {
            double pad = 5;
            g.setPaint(look.ring());
            g.setStroke(RING);
            g.draw(new Ellipse2D.Double(disc.getX() - pad, disc.getY() - pad,
                    disc.getWidth() + 2 * pad, disc.getHeight() + 2 * pad));
        }
        g.setPaint(look.fill());
        g.fill(disc);
        g.setPaint(look.outline());
        g.setStroke(new BasicStroke(look.outlineWidth()));
        g.draw(disc);
        if (info.selected) {
            g.setPaint(Color.BLACK);
            g.setStroke(SELECTED);
            g.draw(new Ellipse2D.Double(disc.getX() - 10, disc.getY() - 10,
                    disc.getWidth() + 20, disc.getHeight() + 20));
        }

        double y = disc.getMaxY() + (look.ring() != null ? 8 : 3);
        y = label(g, look.name(), NAME_FONT, Palette.TEXT, info.draw.x, y);
        y = label(g, look.detail(), DETAIL_FONT, Palette.TEXT, info.draw.x, y);
        if (look.alert() != null) {
            label(g, look.alert(), ALERT_FONT, look.ring(), info.draw.x, y);
        }
    }

    /** Draws a centred line of text on a translucent white box; returns the next line's top. */
    static double label(Graphics2D g, String text, Font font, Color colour, double x, double top) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(text);
        float left = (float) (x - w / 2.0);
        g.setPaint(new Color(255, 255, 255, 200));
        g.fill(new java.awt.geom.Rectangle2D.Double(left - 2, top, w + 4, fm.getHeight()));
        g.setPaint(colour);
        g.drawString(text, left, (float) (top + fm.getAscent()));
        return top + fm.getHeight();
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Ellipse2D disc = disc(look(object, range), range);
        return disc.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object o = wrapper.getObject();
        if (o instanceof StateAgent s) {
            return "State: " + s.getName();
        } else if (o instanceof MilitantGroup g) {
            return "Militant group: " + g.getName();
        } else if (o instanceof Mediator m) {
            return "Mediator: " + m.getName();
        }
        return super.getName(wrapper);
    }
}
