package truce.gui;

import java.awt.Color;
import truce.chart.Look;

/**
 * How values look in the window: colours and sizes as pure functions of the model's values,
 * so that they can be tested without a display.
 *
 * <ul>
 *   <li>a state's fill goes from green (escalation 0) through yellow (0.5) to red (1);</li>
 *   <li>a trust link goes from red (trust 0) through grey (0.5) to blue (1) and widens
 *       with trust;</li>
 *   <li>a militant group grows with the attacks it has launched, a mediator with its
 *       leverage;</li>
 *   <li>each state keeps one colour (its outline here, its lines in the charts), the same
 *       Okabe–Ito colours as the charts ({@link Look}, the one palette of charts and window).</li>
 * </ul>
 * Sizes are in field units (see {@link ActorField}); widths of lines in pixels.
 */
final class Palette {

    /** A colour per militant group in the charts, cycling (greys and browns). */
    private static final Color[] GROUP_COLOURS = {
        new Color(0x4D4D4D), new Color(0x8C510A), new Color(0x999999), new Color(0xBF812D)
    };

    static final Color LOW = new Color(0x1A9850);
    static final Color MID = new Color(0xFEE08B);
    static final Color HIGH = new Color(0xD73027);
    static final Color DISTRUST = new Color(0xB2182B);
    static final Color NEUTRAL = new Color(0xBBBBBB);
    static final Color TRUST = new Color(0x2166AC);

    static final Color TEXT = Look.TEXT;
    static final Color MUTED = Look.MUTED;
    static final Color ATTACK = Look.ATTACK;
    static final Color VIOLATION = Look.VIOLATION;
    static final Color TALKS_OK = Look.TALKS_OK;
    static final Color TALKS_FAILED = Look.TALKS_FAILED;
    static final Color TALKS_MIXED = Look.TALKS_MIXED;
    static final Color GROUP = new Color(0x5A5A5A);
    static final Color GROUP_ACTIVE = new Color(0xB2182B);
    static final Color MEDIATOR = new Color(0x92C5DE);
    static final Color MEDIATION = new Color(0x6BAED6);
    static final Color HOSTING = new Color(0x888888);
    static final Color COLLAPSED = Look.COLLAPSE;
    /** A ceasefire in force, and after it settled or expired (Okabe–Ito bluish green, blue, orange). */
    static final Color CEASEFIRE = new Color(0x009E73);
    static final Color SETTLED = new Color(0x0072B2);
    static final Color EXPIRED = new Color(0xE69F00);

    /** A ceasefire link's colour by its ending label ({@code in_force}, {@code breakdown}, ...), grey before it starts. */
    static Color ceasefire(String ending, boolean notStarted) {
        if (notStarted) {
            return NEUTRAL;
        }
        return switch (ending) {
            case "breakdown" -> COLLAPSED;
            case "settlement" -> SETTLED;
            case "expiry" -> EXPIRED;
            default -> CEASEFIRE;
        };
    }
    static final Color IN_FORCE = Look.IN_FORCE;

    /** Diameter of a state node. */
    static final double STATE_SIZE = 10;
    /** Diameter of a group that has not attacked yet; it grows to {@link #GROUP_MAX}. */
    static final double GROUP_MIN = 4;
    static final double GROUP_MAX = 10;
    /** Attacks at which a group reaches its largest size. */
    static final int GROUP_FULL_ATTACKS = 100;
    /** Diameter of a mediator at leverage 0 and at leverage 1. */
    static final double MEDIATOR_MIN = 3;
    static final double MEDIATOR_MAX = 9;

    private Palette() {
    }

    /** The colour of state {@code index} (its outline here, its lines in the charts). */
    static Color state(int index) {
        return Look.series(index);
    }

    /** The colour of militant group {@code index} in the charts. */
    static Color group(int index) {
        return GROUP_COLOURS[Math.floorMod(index, GROUP_COLOURS.length)];
    }

    /** A state's fill: green at escalation 0, yellow at 0.5, red at 1 (clamped to [0, 1]). */
    static Color escalation(double escalation) {
        double x = clamp01(escalation);
        return x <= 0.5 ? mix(LOW, MID, x / 0.5) : mix(MID, HIGH, (x - 0.5) / 0.5);
    }

    /** A trust link's colour: red at trust 0, grey at 0.5, blue at 1 (clamped). */
    static Color trust(double trust) {
        double x = clamp01(trust);
        return x <= 0.5 ? mix(DISTRUST, NEUTRAL, x / 0.5) : mix(NEUTRAL, TRUST, (x - 0.5) / 0.5);
    }

    /** A trust link's width in pixels: 1 at trust 0, 9 at trust 1. */
    static float trustWidth(double trust) {
        return (float) (1 + 8 * clamp01(trust));
    }

    /** A mediation link's width in pixels: 1 at leverage 0, 5 at leverage 1. */
    static float leverageWidth(double leverage) {
        return (float) (1 + 4 * clamp01(leverage));
    }

    /** A group's diameter: grows with the square root of its attacks, up to {@link #GROUP_MAX}. */
    static double groupSize(int attacks) {
        double share = Math.sqrt(Math.min(Math.max(attacks, 0), GROUP_FULL_ATTACKS)
                / (double) GROUP_FULL_ATTACKS);
        return GROUP_MIN + (GROUP_MAX - GROUP_MIN) * share;
    }

    /** A mediator's diameter: linear in its leverage in [0, 1]. */
    static double mediatorSize(double leverage) {
        return MEDIATOR_MIN + (MEDIATOR_MAX - MEDIATOR_MIN) * clamp01(leverage);
    }

    /** The colour of a mediator's ring for today's talks, or null if it held none. */
    static Color talks(EventTracker.Talks t) {
        return switch (t) {
            case NONE -> null;
            case SUCCEEDED -> TALKS_OK;
            case FAILED -> TALKS_FAILED;
            case MIXED -> TALKS_MIXED;
        };
    }

    /** Linear mix of two colours, {@code t} in [0, 1] from {@code a} to {@code b}. */
    static Color mix(Color a, Color b, double t) {
        double s = clamp01(t);
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * s),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * s),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * s));
    }

    static double clamp01(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }
}
