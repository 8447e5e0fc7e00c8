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
    SALTELLI
}
