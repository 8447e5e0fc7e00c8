package truce.analysis;

/**
 * One bar of a histogram (truce.chart.CollapseDayHistogram): the runs whose ceasefire collapsed on a day
 * in [{@code start}, {@code end}).
 *
 * @param start first day of the bin, in days since the ceasefire; finite, &ge; 0
 * @param end the day after the bin, &gt; {@code start}, finite
 * @param count runs that collapsed in the bin, &ge; 0
 */
public record HistogramBin(double start, double end, long count) {

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public HistogramBin {
        if (!(Double.isFinite(start) && start >= 0.0 && Double.isFinite(end) && end > start)) {
            throw new IllegalArgumentException("bin must have 0 <= start < end: [" + start
                    + ", " + end + ")");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
    }
}
