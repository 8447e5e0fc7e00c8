package truce.calibration;

import java.util.List;

/**
 * The summary statistics of a calibration: each measure at each day, as one vector (measure-major).
 *
 * @param days days at which the curves are read, ascending
 * @param measures the curves read
 */
public record SummaryStatistics(List<Integer> days, List<Measure> measures) {

    /** The default days: 1, 3, 7, 14, 30, 60, 90, 180, 365. */
    public static final List<Integer> DEFAULT_DAYS = List.of(1, 3, 7, 14, 30, 60, 90, 180, 365);

    public SummaryStatistics {
        days = List.copyOf(days);
        measures = List.copyOf(measures);
    }

    /** Length of the vector. */
    public int size() {
        return days.size() * measures.size();
    }

    /** The vector of the curves. */
    public double[] of(EndingCurves c) {
        double[] out = new double[size()];
        int k = 0;
        for (Measure m : measures) {
            for (int d : days) {
                out[k++] = m.at(c, d);
            }
        }
        return out;
    }

    /** The variances of the vector of the curves. */
    public double[] variances(EndingCurves c) {
        double[] out = new double[size()];
        int k = 0;
        for (Measure m : measures) {
            for (int d : days) {
                out[k++] = m.varianceAt(c, d);
            }
        }
        return out;
    }

    /** Name of element k, e.g. {@code survival@30}. */
    public String name(int k) {
        return measures.get(k / days.size()).label() + "@" + days.get(k % days.size());
    }

    /** The last day read. */
    public int lastDay() {
        return days.get(days.size() - 1);
    }
}
