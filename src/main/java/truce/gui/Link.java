package truce.gui;

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
        MEDIATES
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

    private Link(Kind kind, String from, int fromIndex, String to, int toIndex,
                 StateAgent truster, Mediator mediator) {
        this.kind = kind;
        this.from = from;
        this.fromIndex = fromIndex;
        this.to = to;
        this.toIndex = toIndex;
        this.truster = truster;
        this.mediator = mediator;
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
     * {@link Kind#MEDIATES}, and 1 for the others.
     */
    public double getValue() {
        return switch (kind) {
            case TRUST -> truster.trustIn(toIndex);
            case MEDIATES -> mediator.getLeverage();
            default -> 1.0;
        };
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
        };
    }
}
