package truce.analysis;

/**
 * One ceasefire's breakdowns and days at risk, split by whether another ceasefire of the same runs
 * had broken down (issue 15: does a collapse on one front raise the hazard on another?). A day of
 * ceasefire {@code ceasefire} at risk (in force at its start) counts as "after" once {@code other}
 * broke down on an earlier day; a breakdown on the same day as the other's counts as "before", so
 * simultaneous endings never favour spillover.
 *
 * @param ceasefire the ceasefire whose hazard is counted
 * @param other the ceasefire whose breakdown splits the days
 * @param breakdownsBefore breakdowns while the other had not broken down
 * @param daysBefore days at risk while the other had not broken down
 * @param breakdownsAfter breakdowns after the other broke down
 * @param daysAfter days at risk after the other broke down
 */
public record HazardCounts(String ceasefire, String other, long breakdownsBefore, long daysBefore,
                           long breakdownsAfter, long daysAfter) {

    /** No runs yet. */
    public static HazardCounts empty(String ceasefire, String other) {
        return new HazardCounts(ceasefire, other, 0, 0, 0, 0);
    }

    /**
     * This count with one more run.
     *
     * @param start the first day the ceasefire was at risk
     * @param end its ending day, or the horizon if it was still in force
     * @param brokeDown whether it ended in a breakdown (on {@code end})
     * @param horizon days simulated
     * @param otherBreakdown the day the other ceasefire broke down, or -1 if it did not
     */
    public HazardCounts plus(int start, int end, boolean brokeDown, int horizon, int otherBreakdown) {
        int last = end >= horizon ? horizon - 1 : end; // the last day at risk
        if (last < start) {
            return this;
        }
        long before = otherBreakdown < 0 ? last - start + 1 : Math.max(0, Math.min(last, otherBreakdown) - start + 1);
        long after = last - start + 1 - before;
        boolean eventAfter = brokeDown && otherBreakdown >= 0 && end > otherBreakdown;
        return new HazardCounts(ceasefire, other, breakdownsBefore + (brokeDown && !eventAfter ? 1 : 0),
                daysBefore + before, breakdownsAfter + (eventAfter ? 1 : 0), daysAfter + after);
    }

    /** The sum of two counts of the same pair (pooled design points). */
    public HazardCounts plus(HazardCounts o) {
        return new HazardCounts(ceasefire, other, breakdownsBefore + o.breakdownsBefore, daysBefore + o.daysBefore,
                breakdownsAfter + o.breakdownsAfter, daysAfter + o.daysAfter);
    }
}
