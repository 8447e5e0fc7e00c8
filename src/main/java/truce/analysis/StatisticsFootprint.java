package truce.analysis;

/**
 * The heap a sweep needs for the statistics it keeps of every design point until its report is
 * written (the summary, Kaplan–Meier curve and endings of each point, and with several ceasefires
 * each one's and the hazards of each pair): a linear model of the design's size, so a design too
 * large for the heap is refused before anything is written instead of filling the heap later.
 *
 * <p>Bytes = {@link #FIXED} + {@link #REPORT} × points × (bytes a point), where a point costs
 * {@link #A_POINT} at one replicate with 5 swept parameters and 3 states, plus {@link #A_PARAMETER}
 * a further swept parameter and {@link #A_STATE} a further state; for a {@code ceasefires:} section
 * of {@code k} ceasefires, {@code k} × {@link #A_CEASEFIRE} and {@code k(k−1)} pairs of hazard
 * counts (4 arrays of one count a {@value HazardCounts#STRATUM_DAYS}-day stratum); and for each of
 * its {@code 1 + k} curves (the sweep's, each ceasefire's) {@link #A_STEP} a further step (a
 * distinct day of an ending: at most {@code min(replicates, horizon)}; the model takes the most, so
 * it errs on the large side for ceasefires that rarely end) and, with adaptive replication, whose
 * points' counts by day stay open to the end, {@link #AN_OPEN_DAY} a day of the horizon.
 *
 * <p>Measured with {@code scripts/heap-per-point.sh} (the live heap by {@code jmap -histo:live} at a
 * quarter and at three quarters of a Latin hypercube sweep's runs, over 5 swept parameters):
 * {@code scenarios/baseline-2025.yaml} 574-595 bytes a point at one replicate (681 with the plan's
 * own numbers, which grow with points too), 981 at 20 replicates (15,000 points; 807 over 20,000
 * points measured mid-run by another procedure); {@code scenarios/south-asia-2025.yaml} (2
 * ceasefires, horizon 527) 1,807-2,288 at one replicate and 3,358 at 20. The highest live heap
 * seen while the report of 200,000 points was written was 1.12 times the statistics' ({@link #REPORT}
 * allows 1.25); {@link #FIXED} and {@link #REPORT} are checked by running the most points the model
 * allows in {@code -Xmx256m} and {@code -Xmx512m} (the README, "Guarantees").
 *
 * @param points the design points whose statistics the process keeps
 * @param replicates the most runs a point gets
 * @param horizon days simulated per run
 * @param parameters swept parameters
 * @param states the scenario's states
 * @param ceasefires the ceasefires of the scenario's {@code ceasefires:} section; 0 without one
 * @param grouped whether each point's rows come together (all but adaptive replication)
 */
public record StatisticsFootprint(long points, int replicates, int horizon, int parameters, int states, int ceasefires,
                                  boolean grouped) {

    /**
     * Bytes a point at one replicate, 5 swept parameters, 3 states, no {@code ceasefires:} section
     * (measured: 574-595 over LHS sweeps of 60,000 and 200,000 points, 681 with the plan's own numbers).
     */
    static final long A_POINT = 750;
    /**
     * Bytes a further step of one of a point's curves: a day of its counts by day, for its survival
     * (the day and its breakdowns) and for its endings (the day and a count an ending), as ints: 24,
     * rounded up for the arrays' slack (measured: 19-20).
     */
    static final long A_STEP = 32;
    /**
     * Bytes a swept parameter beyond the first five: the text of its value (a String of about 12
     * characters: 56 bytes) and its number in a sampled plan (8).
     */
    static final long A_PARAMETER = 64;
    /** Bytes a state beyond the first three: the means of its two trust columns (two doubles). */
    static final long A_STATE = 16;
    /** Bytes a ceasefire of a {@code ceasefires:} section adds to a point, besides hazards (measured: 140-380). */
    static final long A_CEASEFIRE = 400;
    /** Bytes a day of the horizon costs each curve of a point whose counts stay open: one count an ending and day. */
    static final long AN_OPEN_DAY = 8L * (1 + EndingIncidence.ENDINGS.size());
    /**
     * What writing the report needs beyond the statistics, as a factor of them (measured: the
     * highest live heap seen while the report of 200,000 points was written was 1.12 times the
     * statistics' at the last run).
     */
    static final double REPORT = 1.25;
    /**
     * Bytes of everything else: classes, the chart libraries, buffers (measured: 10.8 MB live in a
     * sweep of 300 points; 12 MB where the per-point line meets zero points; the chart libraries
     * and the report's images take the rest, checked by the runs of the most points allowed).
     */
    static final long FIXED = 48L << 20;

    public StatisticsFootprint {
        if (points < 0 || replicates < 1 || horizon < 1 || parameters < 0 || states < 0 || ceasefires < 0) {
            throw new IllegalArgumentException("impossible design: " + points + " points, " + replicates
                    + " replicates, horizon " + horizon + ", " + parameters + " parameters, " + states + " states, "
                    + ceasefires + " ceasefires");
        }
    }

    /** Bytes of heap a point's statistics take. */
    public long bytesAPoint() {
        long curves = 1 + ceasefires;
        long perCurve = A_STEP * (Math.min(replicates, horizon) - 1) + (grouped ? 0 : AN_OPEN_DAY * horizon);
        long strata = (horizon + HazardCounts.STRATUM_DAYS - 1) / HazardCounts.STRATUM_DAYS;
        long pair = 4 * (16 + 8 * strata) + 32;
        return A_POINT + A_PARAMETER * Math.max(0, parameters - 5) + A_STATE * Math.max(0, states - 3)
                + ceasefires * A_CEASEFIRE + (long) ceasefires * (ceasefires - 1) * pair + curves * perCurve;
    }

    /** Bytes of heap the sweep needs, its report included. */
    public long bytes() {
        return FIXED + (long) Math.ceil(REPORT * bytesAPoint() * points);
    }

    /** The most points of this shape whose statistics fit in {@code heap} bytes (0 if none). */
    public long pointsThatFit(long heap) {
        return Math.max(0, (long) ((heap - FIXED) / (REPORT * bytesAPoint())));
    }
}
