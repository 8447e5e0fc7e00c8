package truce.calibration;

import java.util.Arrays;

/**
 * A cumulative incidence curve of one ending among competing endings (Aalen–Johansen), with its
 * delta-method ("Greenwood-type") variance: a right-continuous step function of days.
 */
public final class IncidenceCurve {

    private final double[] times;
    private final double[] incidence;
    private final double[] variance;

    IncidenceCurve(double[] times, double[] incidence, double[] variance) {
        this.times = times;
        this.incidence = incidence;
        this.variance = variance;
    }

    /** The estimated probability that the ending has occurred by day {@code t}. */
    public double at(double t) {
        int i = index(t);
        return i < 0 ? 0 : incidence[i];
    }

    /** The variance of {@link #at(double)}. */
    public double varianceAt(double t) {
        int i = index(t);
        return i < 0 ? 0 : variance[i];
    }

    /** Distinct times at which the curve may step, ascending. */
    public double[] times() {
        return times.clone();
    }

    private int index(double t) {
        int i = Arrays.binarySearch(times, t + 0.0);
        return i >= 0 ? i : -i - 2;
    }
}
