package truce.stats;

/**
 * One row of a Kaplan–Meier life table: a distinct time at which at least one spell ended.
 *
 * @param time the time, in days; finite
 * @param atRisk spells still observed just before {@code time} (their time is {@code >= time});
 *        {@code >= 1}
 * @param events collapses at {@code time}; {@code >= 0}
 * @param censored spells censored at {@code time}; {@code >= 0}, and
 *        {@code 1 <= events + censored <= atRisk}
 * @param survival Kaplan–Meier estimate {@code S(time)} = product over event times
 *        {@code t_i <= time} of {@code (1 - d_i / n_i)}; in {@code [0, 1]}
 * @param greenwoodSum Greenwood's sum over event times {@code t_i <= time} of
 *        {@code d_i / (n_i (n_i - d_i))}, so that {@code Var(S) = S^2 * greenwoodSum};
 *        {@code >= 0}, and {@code +Infinity} from the time at which every spell at risk collapsed
 *        ({@code n_i == d_i}, where {@code S} drops to 0)
 * @see KaplanMeier
 */
public record SurvivalStep(double time, long atRisk, long events, long censored, double survival,
                           double greenwoodSum) {

    /**
     * Checks the counts and the estimates.
     *
     * @throws IllegalArgumentException if {@code time} is not finite
     * @throws IllegalArgumentException if {@code atRisk < 1}
     * @throws IllegalArgumentException if {@code events} or {@code censored} is negative, both are
     *         0, or their sum exceeds {@code atRisk}
     * @throws IllegalArgumentException if {@code survival} is not in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code greenwoodSum} is NaN or negative
     */
    public SurvivalStep {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("step time must be finite: " + time);
        }
        if (atRisk < 1) {
            throw new IllegalArgumentException("at risk must be >= 1: " + atRisk);
        }
        if (events < 0 || censored < 0 || events + censored < 1 || events + censored > atRisk) {
            throw new IllegalArgumentException("need 1 <= events + censored <= atRisk, with neither negative: events "
                    + events + ", censored " + censored + ", at risk " + atRisk);
        }
        if (!(survival >= 0 && survival <= 1)) {
            throw new IllegalArgumentException("survival must be in [0, 1]: " + survival);
        }
        if (!(greenwoodSum >= 0)) {
            throw new IllegalArgumentException("Greenwood sum must be >= 0: " + greenwoodSum);
        }
    }
}
