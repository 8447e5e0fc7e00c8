package truce.model;

/** Whoever convenes a round of talks on a ceasefire: a mediator, or a direct channel between its parties. */
interface Convener {

    /** Its current leverage, which scales the chance that talks succeed. */
    double leverage();

    /** Whether a success under it sets up a monitoring mission. */
    boolean monitors();

    /** Called by the ceasefire's peace process when a round it convened ends. */
    void talksEnded(Ceasefire ceasefire, int day, boolean success);
}
