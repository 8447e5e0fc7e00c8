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
    MONITORING
}
