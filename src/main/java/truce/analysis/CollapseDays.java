package truce.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * When ceasefires broke, for a histogram (truce.chart.CollapseDayHistogram): the collapse days of the runs
 * that collapsed, binned, out of all runs. Build it from counts per bin, or from raw days
 * with {@link #fromDays(double[], long, double)}.
 *
 * @param bins the bins, by increasing day, not overlapping; not {@code null}, not empty
 * @param runs all runs, collapsed or not; &ge; the runs counted in the bins
 * @param medianDay median collapse day of the runs that collapsed, in days; {@code NaN}
 *     when unknown or none collapsed
 * @param horizon the horizon the runs were simulated to, in days; finite, &gt; 0
 */
public record CollapseDays(List<HistogramBin> bins, long runs, double medianDay, double horizon) {

    /** The default bin width: a week, in days. */
    public static final double WEEK = 7.0;

    /**
     * @throws IllegalArgumentException if bins are empty, out of order or overlap, the
     *     counts exceed {@code runs}, or a day is out of range
     * @throws NullPointerException if {@code bins} or a bin is {@code null}
     */
    public CollapseDays {
        bins = List.copyOf(bins);
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("no bins");
        }
        for (int i = 1; i < bins.size(); i++) {
            if (bins.get(i).start() < bins.get(i - 1).end()) {
                throw new IllegalArgumentException("bins out of order or overlapping at day "
                        + bins.get(i).start());
            }
        }
        if (!(Double.isFinite(horizon) && horizon > 0.0)) {
            throw new IllegalArgumentException("horizon must be finite and > 0: " + horizon);
        }
        long collapsed = bins.stream().mapToLong(HistogramBin::count).sum();
        if (runs < collapsed) {
            throw new IllegalArgumentException("runs (" + runs + ") fewer than collapsed runs ("
                    + collapsed + ")");
        }
        if (!Double.isNaN(medianDay) && !(medianDay >= 0.0 && Double.isFinite(medianDay))) {
            throw new IllegalArgumentException("medianDay must be >= 0 or NaN: " + medianDay);
        }
    }

    /**
     * Bins raw collapse days by week from day 0 ({@link #WEEK}).
     *
     * @see #fromDays(double[], long, double, double)
     */
    public static CollapseDays fromDays(double[] days, long runs, double horizon) {
        return fromDays(days, runs, horizon, WEEK);
    }

    /**
     * Bins raw collapse days into bins of {@code binWidth} days from day 0, covering
     * [0, {@code horizon}) at least, and takes their median (the mean of the middle two
     * for an even count).
     *
     * @param days the collapse day of each run that collapsed, in days, each in
     *     [0, {@code horizon}]; not {@code null}, may be empty
     * @param runs all runs, &ge; {@code days.length}
     * @param horizon the horizon, in days; finite, &gt; 0
     * @param binWidth days per bin; finite, &gt; 0
     * @return the binned days; never {@code null}
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if {@code days} is {@code null}
     */
    public static CollapseDays fromDays(double[] days, long runs, double horizon,
                                        double binWidth) {
        Objects.requireNonNull(days, "days");
        if (!(Double.isFinite(binWidth) && binWidth > 0.0)) {
            throw new IllegalArgumentException("binWidth must be finite and > 0: " + binWidth);
        }
        if (!(Double.isFinite(horizon) && horizon > 0.0)) {
            throw new IllegalArgumentException("horizon must be finite and > 0: " + horizon);
        }
        double[] sorted = days.clone();
        Arrays.sort(sorted);
        for (double d : sorted) {
            if (!(d >= 0.0 && d <= horizon)) {
                throw new IllegalArgumentException("collapse day " + d + " outside [0, "
                        + horizon + "]");
            }
        }
        int n = (int) Math.ceil(horizon / binWidth);
        if (sorted.length > 0) {
            n = Math.max(n, (int) Math.floor(sorted[sorted.length - 1] / binWidth) + 1);
        }
        long[] counts = new long[n];
        for (double d : sorted) {
            counts[(int) Math.floor(d / binWidth)]++;
        }
        HistogramBin[] bins = new HistogramBin[n];
        for (int i = 0; i < n; i++) {
            bins[i] = new HistogramBin(i * binWidth, (i + 1) * binWidth, counts[i]);
        }
        return new CollapseDays(List.of(bins), runs, median(sorted), horizon);
    }

    /**
     * The collapse days of every run of a sweep, in weekly bins, with their median (the lower
     * middle day).
     */
    public static CollapseDays of(SweepSummary summary) {
        return of(summary.points(), summary.manifest().horizon());
    }

    /**
     * The collapse days of a group of runs, as a histogram with its label.
     *
     * @param label the group, as the Kaplan–Meier chart names it
     * @param days its collapse days
     */
    public record Group(String label, CollapseDays days) {
    }

    /** The collapse days of the runs of the Kaplan–Meier chart's groups, in their order. */
    public static List<Group> of(SurvivalGroups groups, int horizon) {
        List<Group> out = new java.util.ArrayList<>();
        for (SurvivalGroups.Group g : groups.groups()) {
            out.add(new Group(g.label(), of(g.points(), horizon)));
        }
        return out;
    }

    /** The collapse days of these design points' runs, in weekly bins, with their median. */
    static CollapseDays of(List<SweepSummary.Point> points, int horizon) {
        long[] counts = new long[horizon];
        long runs = 0;
        for (SweepSummary.Point p : points) {
            SurvivalGroups.addCollapses(p.stats().km(), counts);
            runs += p.stats().n();
        }
        List<HistogramBin> bins = new java.util.ArrayList<>();
        long collapsed = 0;
        for (int start = 0; start < horizon; start += (int) WEEK) {
            int end = Math.min(horizon, start + (int) WEEK);
            long c = 0;
            for (int d = start; d < end; d++) {
                c += counts[d];
            }
            bins.add(new HistogramBin(start, end, c));
            collapsed += c;
        }
        double median = Double.NaN;
        long seen = 0;
        for (int d = 0; d < horizon && collapsed > 0; d++) {
            seen += counts[d];
            if (2 * seen >= collapsed) {
                median = d;
                break;
            }
        }
        return new CollapseDays(bins, runs, median, horizon);
    }

    /** Runs that collapsed: the sum of the bins' counts. */
    public long collapsed() {
        return this.bins.stream().mapToLong(HistogramBin::count).sum();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
