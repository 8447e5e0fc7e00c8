package truce.gui;

import java.util.function.IntSupplier;
import truce.model.Ceasefire;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;

/**
 * What an edge of the actor network stands for; it is the edge's {@code info}, and its getters
 * show in the edge's inspector.
 */
public final class Link {

    /** The kinds of link. */
    public enum Kind {
        /** A state's trust in a counterpart (from the truster to the trusted). */
        TRUST,
        /** A state hosts a militant group (from the state to the group). */
        HOSTS,
        /** A militant group attacks a state (from the group to its target). */
        TARGETS,
        /** A mediator mediates with a state (from the mediator to the state). */
        MEDIATES,
        /** A ceasefire between two states (from its first party to its second), with its state. */
        CEASEFIRE
    }

    private final Kind kind;
    private final String from;
    private final String to;
    /** Index of the link's source among the actors of its kind (state, group or mediator). */
    private final int fromIndex;
    /** Index of the link's target among the actors of its kind. */
    private final int toIndex;
    private final StateAgent truster;
    private final Mediator mediator;
    private final Ceasefire ceasefire;
    /** Today's day, for a ceasefire's state. */
    private final IntSupplier today;

    private Link(Kind kind, String from, int fromIndex, String to, int toIndex,
                 StateAgent truster, Mediator mediator) {
        this(kind, from, fromIndex, to, toIndex, truster, mediator, null, null);
    }

    private Link(Kind kind, String from, int fromIndex, String to, int toIndex,
                 StateAgent truster, Mediator mediator, Ceasefire ceasefire, IntSupplier today) {
        this.kind = kind;
        this.from = from;
        this.fromIndex = fromIndex;
        this.to = to;
        this.toIndex = toIndex;
        this.truster = truster;
        this.mediator = mediator;
        this.ceasefire = ceasefire;
        this.today = today;
    }

    /** State {@code i}'s trust in state {@code j}. */
    static Link trust(StateAgent truster, int i, StateAgent trusted, int j) {
        return new Link(Kind.TRUST, truster.getName(), i, trusted.getName(), j, truster, null);
    }

    /** State {@code s} hosts group {@code g}. */
    static Link hosts(StateAgent host, int s, MilitantGroup group, int g) {
        return new Link(Kind.HOSTS, host.getName(), s, group.getName(), g, null, null);
    }

    /** Group {@code g} attacks state {@code s}. */
    static Link targets(MilitantGroup group, int g, StateAgent target, int s) {
        return new Link(Kind.TARGETS, group.getName(), g, target.getName(), s, null, null);
    }

    /** Mediator {@code m} mediates with state {@code s}. */
    static Link mediates(Mediator mediator, int m, StateAgent state, int s) {
        return new Link(Kind.MEDIATES, mediator.getName(), m, state.getName(), s, null, mediator);
    }

    /** Ceasefire {@code c} between states {@code a} (index i) and {@code b} (index j). */
    static Link ceasefire(Ceasefire c, StateAgent a, int i, StateAgent b, int j, IntSupplier today) {
        return new Link(Kind.CEASEFIRE, a.getName(), i, b.getName(), j, null, null, c, today);
    }

    public Kind getKind() {
        return kind;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /**
     * The link's current value: trust for {@link Kind#TRUST}, the mediator's leverage for
     * {@link Kind#MEDIATES}, 1 for a ceasefire in force (0 otherwise), and 1 for the others.
     */
    public double getValue() {
        return switch (kind) {
            case TRUST -> truster.trustIn(toIndex);
            case MEDIATES -> mediator.getLeverage();
            case CEASEFIRE -> ceasefire.getInForce() && today.getAsInt() >= ceasefire.getStartDay() ? 1.0 : 0.0;
            default -> 1.0;
        };
    }

    /** For a ceasefire: its key; else empty. */
    public String getCeasefire() {
        return ceasefire == null ? "" : ceasefire.getKey();
    }

    /** For a ceasefire: its state today (not started, in force, or how and when it ended); else empty. */
    public String getState() {
        return ceasefire == null ? "" : ceasefire.stateOn(today.getAsInt());
    }

    /** The ceasefire this link stands for, or null. */
    Ceasefire ceasefireOf() {
        return ceasefire;
    }

    int fromIndex() {
        return fromIndex;
    }

    int toIndex() {
        return toIndex;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TRUST -> from + " trusts " + to;
            case HOSTS -> from + " hosts " + to;
            case TARGETS -> from + " targets " + to;
            case MEDIATES -> from + " mediates with " + to;
            case CEASEFIRE -> "ceasefire " + ceasefire.getKey() + " between " + from + " and " + to + ": " + getState();
        };
    }
}
