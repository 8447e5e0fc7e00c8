package truce.stats;

/**
 * The outcome of a log-rank test.
 *
 * @param chiSquare the test statistic, {@code >= 0}
 * @param degreesOfFreedom degrees of freedom of its chi-square reference distribution, {@code >= 1}:
 *        the number of groups minus 1, less one for each group that carries no information (see
 *        {@link LogRank})
 * @param pValue probability, under equal survival in all groups, of a statistic at least as large;
 *        in {@code [0, 1]} (values below about 1e-16 are reported as 0)
 * @see LogRank
 */
public record LogRankResult(double chiSquare, int degreesOfFreedom, double pValue) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code chiSquare} is negative or NaN
     * @throws IllegalArgumentException if {@code degreesOfFreedom < 1}
     * @throws IllegalArgumentException if {@code pValue} is not in {@code [0, 1]}
     */
    public LogRankResult {
        if (!(chiSquare >= 0)) {
            throw new IllegalArgumentException("chi-square must be >= 0: " + chiSquare);
        }
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1: " + degreesOfFreedom);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1]: " + pValue);
        }
    }

    /**
     * Whether the test rejects equal survival at a significance level.
     *
     * @param alpha significance level, strictly between 0 and 1 (0.001 for the stylized facts)
     * @return {@code pValue < alpha}
     * @throws IllegalArgumentException if {@code alpha} is not strictly between 0 and 1
     */
    public boolean rejects(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("significance level must be in (0, 1): " + alpha);
        }
        return pValue < alpha;
    }
}
