package truce.analysis;

/**
 * One column of a number-at-risk table under a Kaplan–Meier chart (Morris et al. 2019, "Proposals
 * on Kaplan–Meier plots in medical research and a survey of stakeholder views: KMunicate", BMJ
 * Open 9:e030215): on a day, how many runs were still at risk and how many had collapsed.
 *
 * @param day the day, {@code >= 0}
 * @param atRisk runs still observed on that day (collapse day, or horizon, {@code >= day}), {@code >= 0}
 * @param events runs that collapsed on or before that day, {@code >= 0}
 */
public record RiskCount(int day, long atRisk, long events) {

    /** @throws IllegalArgumentException if a value is negative */
    public RiskCount {
        if (day < 0 || atRisk < 0 || events < 0) {
            throw new IllegalArgumentException("day, at risk and events must be >= 0: " + day + ", " + atRisk
                    + ", " + events);
        }
    }
}
