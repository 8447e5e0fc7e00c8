package truce.scenario;

/** How a sweep chooses its design points. */
public enum DesignType {
    /** Full factorial: every combination of every parameter's values. */
    GRID,
    /** An explicit list of points. */
    LIST,
    /** Latin hypercube: n samples, each parameter's range cut into n strata, one sample in each. */
    LHS,
    /** The first n points of a Sobol low-discrepancy sequence over the parameters' ranges. */
    SOBOL,
    /**
     * Saltelli's sampling for variance-based sensitivity: n base samples A and B from a Sobol
     * sequence of twice the dimension, and each AB_i; n x (k + 2) points in all.
     */
    SALTELLI,
    /**
     * Morris's elementary-effects screening: n trajectories, each a random start on a 4-level
     * grid followed by k one-at-a-time steps; n x (k + 1) points in all.
     */
    MORRIS
}
