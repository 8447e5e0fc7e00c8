package truce.analysis;

import java.util.Arrays;

/**
 * One ceasefire's breakdowns and days at risk, split by whether another ceasefire of the same runs
 * had broken down (issue 15: does a collapse on one front raise the hazard on another?), in strata
 * of {@value #STRATUM_DAYS} days of the scenario's calendar, so that a comparison can hold the day
 * fixed (the hazard of a ceasefire falls with its age, and the days after the other's breakdown are
 * later days). A day of ceasefire {@code ceasefire} at risk (from its first day in force to its
 * ending) counts as "after" once {@code other} broke down on an earlier day; a breakdown on the same
 * day as the other's counts as "before", so simultaneous endings never favour spillover.
 */
public final class HazardCounts {

    /** Days per stratum of the calendar. */
    public static final int STRATUM_DAYS = 30;

    private final String ceasefire;
    private final String other;
    private final long[] breakdownsBefore;
    private final long[] daysBefore;
    private final long[] breakdownsAfter;
    private final long[] daysAfter;

    private HazardCounts(String ceasefire, String other, int strata) {
        this.ceasefire = ceasefire;
        this.other = other;
        this.breakdownsBefore = new long[strata];
        this.daysBefore = new long[strata];
        this.breakdownsAfter = new long[strata];
        this.daysAfter = new long[strata];
    }

    /**
     * No runs yet.
     *
     * @param ceasefire the ceasefire whose hazard is counted
     * @param other the ceasefire whose breakdown splits the days
     * @param horizon days simulated
     */
    public static HazardCounts empty(String ceasefire, String other, int horizon) {
        return new HazardCounts(ceasefire, other, (horizon + STRATUM_DAYS - 1) / STRATUM_DAYS);
    }

    /**
     * Adds one run.
     *
     * @param start the first day the ceasefire was at risk
     * @param end its ending day, or the horizon if it was still in force
     * @param brokeDown whether it ended in a breakdown (on {@code end})
     * @param horizon days simulated
     * @param otherBreakdown the day the other ceasefire broke down, or -1 if it did not
     */
    public void add(int start, int end, boolean brokeDown, int horizon, int otherBreakdown) {
        int last = end >= horizon ? horizon - 1 : end; // the last day at risk
        if (last < start) {
            return;
        }
        int split = otherBreakdown < 0 ? last : Math.min(last, otherBreakdown); // last day "before"
        addDays(daysBefore, start, split);
        addDays(daysAfter, Math.max(start, split + 1), last);
        if (brokeDown) {
            boolean after = otherBreakdown >= 0 && end > otherBreakdown;
            (after ? breakdownsAfter : breakdownsBefore)[end / STRATUM_DAYS]++;
        }
    }

    /** Adds the days from {@code from} to {@code to} (inclusive; none if {@code to < from}) to their strata. */
    private static void addDays(long[] days, int from, int to) {
        for (int d = from; d <= to; ) {
            int s = d / STRATUM_DAYS;
            int stratumEnd = Math.min(to, (s + 1) * STRATUM_DAYS - 1);
            days[s] += stratumEnd - d + 1;
            d = stratumEnd + 1;
        }
    }

    /** The sum of two counts of the same pair (pooled design points); neither is changed. */
    public HazardCounts plus(HazardCounts o) {
        HazardCounts sum = new HazardCounts(ceasefire, other, daysBefore.length);
        for (int s = 0; s < daysBefore.length; s++) {
            sum.breakdownsBefore[s] = breakdownsBefore[s] + o.breakdownsBefore[s];
            sum.daysBefore[s] = daysBefore[s] + o.daysBefore[s];
            sum.breakdownsAfter[s] = breakdownsAfter[s] + o.breakdownsAfter[s];
            sum.daysAfter[s] = daysAfter[s] + o.daysAfter[s];
        }
        return sum;
    }

    /** A copy, so that a finished point's counts cannot change. */
    public HazardCounts copy() {
        return plus(new HazardCounts(ceasefire, other, daysBefore.length));
    }

    public String ceasefire() {
        return ceasefire;
    }

    public String other() {
        return other;
    }

    /** Breakdowns while the other had not broken down, by stratum. */
    public long[] breakdownsBeforeByStratum() {
        return breakdownsBefore.clone();
    }

    /** Days at risk while the other had not broken down, by stratum. */
    public long[] daysBeforeByStratum() {
        return daysBefore.clone();
    }

    /** Breakdowns after the other broke down, by stratum. */
    public long[] breakdownsAfterByStratum() {
        return breakdownsAfter.clone();
    }

    /** Days at risk after the other broke down, by stratum. */
    public long[] daysAfterByStratum() {
        return daysAfter.clone();
    }

    public long breakdownsBefore() {
        return Arrays.stream(breakdownsBefore).sum();
    }

    public long daysBefore() {
        return Arrays.stream(daysBefore).sum();
    }

    public long breakdownsAfter() {
        return Arrays.stream(breakdownsAfter).sum();
    }

    public long daysAfter() {
        return Arrays.stream(daysAfter).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HazardCounts h && ceasefire.equals(h.ceasefire) && other.equals(h.other)
                && Arrays.equals(breakdownsBefore, h.breakdownsBefore) && Arrays.equals(daysBefore, h.daysBefore)
                && Arrays.equals(breakdownsAfter, h.breakdownsAfter) && Arrays.equals(daysAfter, h.daysAfter);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ceasefire, other, Arrays.hashCode(daysBefore), Arrays.hashCode(daysAfter));
    }

    @Override
    public String toString() {
        return ceasefire + " given " + other + ": " + breakdownsBefore() + " in " + daysBefore() + " days before, "
                + breakdownsAfter() + " in " + daysAfter() + " after";
    }
}
