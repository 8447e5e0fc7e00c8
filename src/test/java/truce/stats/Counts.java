package truce.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Test data in the form a sweep produces it: runs counted by collapse day over a horizon, plus
 * survivors censored at the horizon; convertible to spells so the two routes of the estimators
 * can be compared on the same data.
 */
record Counts(long[] collapsesByDay, long survivors, int horizon) {

    /** Counts from a list of collapse days. */
    static Counts of(int horizon, long survivors, int... collapseDays) {
        long[] c = new long[horizon];
        for (int d : collapseDays) {
            c[d]++;
        }
        return new Counts(c, survivors, horizon);
    }

    /**
     * Random runs with a daily collapse hazard that falls from {@code early} (day 0) to
     * {@code early / 4} (last day), as in the stylized fact that the hazard is highest early.
     *
     * @param seed fixed seed, so the data are reproducible
     */
    static Counts random(long seed, int horizon, int runs, double early) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] c = new long[horizon];
        long survivors = 0;
        for (int i = 0; i < runs; i++) {
            int day = 0;
            while (day < horizon && r.nextDouble() >= early * (1.0 - 0.75 * day / horizon)) {
                day++;
            }
            if (day < horizon) {
                c[day]++;
            } else {
                survivors++;
            }
        }
        return new Counts(c, survivors, horizon);
    }

    long n() {
        long n = survivors;
        for (long x : collapsesByDay) {
            n += x;
        }
        return n;
    }

    /** The same runs as spells, in a shuffled (but fixed) order. */
    List<Spell> spells() {
        List<Spell> s = new ArrayList<>();
        for (int d = 0; d < horizon; d++) {
            for (long i = 0; i < collapsesByDay[d]; i++) {
                s.add(Spell.collapse(d));
            }
        }
        for (long i = 0; i < survivors; i++) {
            s.add(Spell.censored(horizon));
        }
        Collections.shuffle(s, new Random(42));
        return s;
    }
}
