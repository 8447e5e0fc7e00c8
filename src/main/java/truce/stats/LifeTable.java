package truce.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Spells grouped by distinct time: for each time, ascending, how many collapsed and how many were
 * censored there. The common input of {@link KaplanMeier} and {@link LogRank}, built either from
 * spells or from counts per collapse day, so both routes share one computation and give identical
 * results on the same data. Immutable; arrays are never handed out.
 */
final class LifeTable {

    private final double[] times;
    private final long[] events;
    private final long[] censored;
    private final long n;

    private LifeTable(double[] times, long[] events, long[] censored, long n) {
        this.times = times;
        this.events = events;
        this.censored = censored;
        this.n = n;
    }

    /**
     * Groups spells by time.
     *
     * @param spells the spells; not null, no null element, at least one
     * @param what what the spells are, for error messages
     * @throws NullPointerException if {@code spells} or one of its elements is null
     * @throws IllegalArgumentException if {@code spells} is empty
     */
    static LifeTable of(Collection<Spell> spells, String what) {
        Objects.requireNonNull(spells, what);
        if (spells.isEmpty()) {
            throw new IllegalArgumentException(what + " must hold at least one spell");
        }
        List<Spell> sorted = new ArrayList<>(spells);
        for (Spell s : sorted) {
            Objects.requireNonNull(s, () -> what + " must not contain null");
        }
        sorted.sort(Comparator.comparingDouble(Spell::time));
        int size = sorted.size();
        double[] t = new double[size];
        long[] d = new long[size];
        long[] c = new long[size];
        int k = -1;
        for (Spell s : sorted) {
            if (k < 0 || s.time() != t[k]) {
                t[++k] = s.time();
            }
            if (s.event()) {
                d[k]++;
            } else {
                c[k]++;
            }
        }
        int distinct = k + 1;
        return new LifeTable(Arrays.copyOf(t, distinct), Arrays.copyOf(d, distinct),
                Arrays.copyOf(c, distinct), size);
    }

    /**
     * Builds the table from counts: {@code collapsesByDay[d]} collapses at time {@code d} for each
     * day {@code d} in {@code [0, horizon)}, and {@code survivors} censored at time {@code horizon}.
     *
     * @param what what the counts are, for error messages
     * @throws NullPointerException if {@code collapsesByDay} is null
     * @throws IllegalArgumentException if {@code horizon < 1}
     * @throws IllegalArgumentException if {@code collapsesByDay.length != horizon}
     * @throws IllegalArgumentException if a count or {@code survivors} is negative
     * @throws IllegalArgumentException if all counts and {@code survivors} are 0
     * @throws ArithmeticException if the total overflows a {@code long}
     */
    static LifeTable ofCounts(long[] collapsesByDay, long survivors, int horizon, String what) {
        Objects.requireNonNull(collapsesByDay, what);
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 day: " + horizon);
        }
        if (collapsesByDay.length != horizon) {
            throw new IllegalArgumentException(what + " must have one count per day of the horizon ("
                    + horizon + "), has " + collapsesByDay.length);
        }
        if (survivors < 0) {
            throw new IllegalArgumentException("survivors must be >= 0: " + survivors);
        }
        int distinct = survivors > 0 ? 1 : 0;
        long total = survivors;
        for (int day = 0; day < horizon; day++) {
            long count = collapsesByDay[day];
            if (count < 0) {
                throw new IllegalArgumentException(what + "[" + day + "] must be >= 0: " + count);
            }
            if (count > 0) {
                distinct++;
                total = Math.addExact(total, count);
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException(what + " must count at least one run");
        }
        double[] t = new double[distinct];
        long[] d = new long[distinct];
        long[] c = new long[distinct];
        int k = 0;
        for (int day = 0; day < horizon; day++) {
            if (collapsesByDay[day] > 0) {
                t[k] = day;
                d[k] = collapsesByDay[day];
                k++;
            }
        }
        if (survivors > 0) {
            t[k] = horizon;
            c[k] = survivors;
        }
        return new LifeTable(t, d, c, total);
    }

    /**
     * A table from its columns (already grouped: ascending distinct times, at least one spell at
     * each); the arrays are copied.
     */
    static LifeTable ofColumns(double[] times, long[] events, long[] censored) {
        long n = 0;
        for (int i = 0; i < times.length; i++) {
            n = Math.addExact(n, Math.addExact(events[i], censored[i]));
        }
        return new LifeTable(times.clone(), events.clone(), censored.clone(), n);
    }

    /** @return number of spells, {@code >= 1} */
    long n() {
        return n;
    }

    /** @return number of distinct times, {@code >= 1} */
    int size() {
        return times.length;
    }

    /** @return the {@code i}-th distinct time, ascending in {@code i} */
    double time(int i) {
        return times[i];
    }

    /** @return collapses at the {@code i}-th time */
    long events(int i) {
        return events[i];
    }

    /** @return censorings at the {@code i}-th time */
    long censored(int i) {
        return censored[i];
    }
}
