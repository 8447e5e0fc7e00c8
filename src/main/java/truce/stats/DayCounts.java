package truce.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Runs counted by the day they ended and the way they ended, and those still going at the
 * horizon, kept sparse: only the days on which some run ended, as one {@code int[]}. A sweep keeps
 * such counts for each of up to a million design points until its report is written, and a point
 * has few distinct ending days (one at one replicate), while the estimates made from them (a
 * Kaplan–Meier curve, an Aalen–Johansen estimate: several arrays each) are asked for a few times
 * per point. So the estimates are made again from the counts when asked, and equal those of
 * {@link KaplanMeier#fromCounts} and {@link AalenJohansen#fromCounts} on the full counts: the same
 * life table gives the same arithmetic in the same order. Immutable.
 */
public final class DayCounts {

    /**
     * For each day on which some run ended, in ascending order: the day, then the runs that ended
     * each way on it ({@link #kinds} counts). A count fits an {@code int}: a design point has at
     * most {@code Integer.MAX_VALUE} runs (the limit of its Wilson interval).
     */
    private final int[] rows;
    private final int kinds;
    private final int going;
    private final int horizon;

    private DayCounts(int[] rows, int kinds, int going, int horizon) {
        this.rows = rows;
        this.kinds = kinds;
        this.going = going;
        this.horizon = horizon;
    }

    /**
     * The counts, from a count for each way of ending and each day.
     *
     * @param byKindAndDay {@code byKindAndDay[k][d]}: runs that ended in way {@code k} on day
     *     {@code d}; at least one way, each of length {@code horizon}, counts {@code >= 0}; not
     *     modified or retained
     * @param going runs still going at the horizon (censored there), {@code >= 0}
     * @param horizon days simulated per run, {@code >= 1}
     * @throws NullPointerException if {@code byKindAndDay} or one of its arrays is null
     * @throws IllegalArgumentException if there is no way of ending, an array's length is not
     *     {@code horizon}, a count is negative, there is no run, or more than
     *     {@code Integer.MAX_VALUE} runs
     */
    public static DayCounts of(long[][] byKindAndDay, long going, int horizon) {
        Objects.requireNonNull(byKindAndDay, "byKindAndDay");
        int kinds = byKindAndDay.length;
        if (kinds < 1) {
            throw new IllegalArgumentException("need at least one way of ending");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day: " + horizon);
        }
        long total = checkCount(going, "runs still going");
        int days = 0;
        for (int d = 0; d < horizon; d++) {
            boolean used = false;
            for (int k = 0; k < kinds; k++) {
                long[] a = Objects.requireNonNull(byKindAndDay[k], "byKindAndDay[" + k + "]");
                if (a.length != horizon) {
                    throw new IllegalArgumentException("byKindAndDay[" + k + "] must have one count per day of the"
                            + " horizon (" + horizon + "), has " + a.length);
                }
                total = checkCount(total + checkCount(a[d], "byKindAndDay[" + k + "][" + d + "]"), "runs");
                used |= a[d] > 0;
            }
            days += used ? 1 : 0;
        }
        if (total == 0) {
            throw new IllegalArgumentException("byKindAndDay must count at least one run");
        }
        int[] rows = new int[days * (kinds + 1)];
        int r = 0;
        for (int d = 0; d < horizon; d++) {
            boolean used = false;
            for (int k = 0; k < kinds; k++) {
                used |= byKindAndDay[k][d] > 0;
            }
            if (used) {
                rows[r++] = d;
                for (int k = 0; k < kinds; k++) {
                    rows[r++] = (int) byKindAndDay[k][d];
                }
            }
        }
        return new DayCounts(rows, kinds, (int) going, horizon);
    }

    private static long checkCount(long count, String what) {
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be in [0, " + Integer.MAX_VALUE + "]: " + count);
        }
        return count;
    }

    /** @return the number of runs, {@code >= 1} */
    public long n() {
        long n = going;
        for (int i = 0; i < rows.length; i++) {
            n += i % (kinds + 1) == 0 ? 0 : rows[i];
        }
        return n;
    }

    /** @return the runs still going at the horizon */
    public long going() {
        return going;
    }

    /** @return days simulated per run */
    public int horizon() {
        return horizon;
    }

    /** The distinct times of the estimates: the days some run ended, then the horizon if some are going. */
    private double[] times() {
        int days = rows.length / (kinds + 1);
        double[] t = new double[days + (going > 0 ? 1 : 0)];
        for (int i = 0; i < days; i++) {
            t[i] = rows[i * (kinds + 1)];
        }
        if (going > 0) {
            t[days] = horizon;
        }
        return t;
    }

    /** The runs that ended each way at each of {@link #times()}, ways numbered from 1; at 0 those censored. */
    private long[][] counts() {
        int days = rows.length / (kinds + 1);
        long[][] c = new long[kinds + 1][days + (going > 0 ? 1 : 0)];
        for (int i = 0; i < days; i++) {
            for (int k = 1; k <= kinds; k++) {
                c[k][i] = rows[i * (kinds + 1) + k];
            }
        }
        if (going > 0) {
            c[0][days] = going;
        }
        return c;
    }

    /**
     * The Kaplan–Meier curve of the day of ending, any way counting as the event and the runs still
     * going censored at the horizon: equal to {@link KaplanMeier#fromCounts} on the full counts of
     * one way of ending.
     */
    public SurvivalCurve kaplanMeier() {
        long[][] c = counts();
        long[] events = c[1];
        for (int k = 2; k <= kinds; k++) {
            for (int i = 0; i < events.length; i++) {
                events[i] += c[k][i];
            }
        }
        return new SurvivalCurve(LifeTable.ofColumns(times(), events, c[0]));
    }

    /**
     * The Aalen–Johansen estimate of the cumulative incidence of each way of ending, numbered from
     * 1 in the order of {@link #of}'s arrays: equal to {@link AalenJohansen#fromCounts} on the full
     * counts.
     */
    public CumulativeIncidence aalenJohansen() {
        return new CumulativeIncidence(times(), counts());
    }

    /** Equal counts: same days, ways, counts, runs still going and horizon. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof DayCounts d && kinds == d.kinds && going == d.going && horizon == d.horizon
                && Arrays.equals(rows, d.rows));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds, going, horizon, Arrays.hashCode(rows));
    }

    @Override
    public String toString() {
        return "DayCounts[" + rows.length / (kinds + 1) + " days, " + kinds + " ways, " + going + " going, horizon "
                + horizon + "]";
    }
}
