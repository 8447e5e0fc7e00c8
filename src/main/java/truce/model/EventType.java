package truce.model;

/** Kinds of exogenous event a scenario may schedule on a given day. */
public enum EventType {
    /** A militant attack by {@code group}; {@code casualties} and {@code blamed} may be fixed. */
    ATTACK,
    /** A round of talks convened by {@code mediator}; {@code outcome} may be fixed. */
    TALKS,
    /** A cross-border strike by state {@code by} against state {@code against}: a violation. */
    STRIKE,
    /** State {@code state} changes its demand at talks to {@code value}. */
    DEMAND,
    /** A monitoring mission is set up. */
    MONITORING,
    /**
     * State {@code state} coerces state {@code against} short of force (a treaty put in abeyance, a
     * border or trade closure): {@code against}'s escalation toward {@code state} rises by
     * {@code value} at once. Not a violation: not counted, not answered, no trust lost.
     */
    COERCION
}
