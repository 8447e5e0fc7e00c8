package truce.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Kaplan–Meier curve of one group of runs (a design point, or a level of one
 * parameter), for a {@link KaplanMeierChart}. The curve starts at survival 1 (interval
 * [1, 1]) on day 0 and changes only at its steps; it is drawn up to {@code end}.
 *
 * @param label the legend text, e.g. {@code "mediators.qatar.leverage = 0.9"}; not
 *     {@code null}
 * @param steps the drops, by strictly increasing time, with non-increasing survival; not
 *     {@code null}, may be empty (no run collapsed)
 * @param censorTimes days at which runs left observation still in force (usually all at
 *     the horizon); not {@code null}, each in [0, {@code end}]; stored sorted, without
 *     duplicates (one mark per day)
 * @param end the last day of observation (the horizon), in days; &ge; every step's time
 */
public record KmCurve(String label, List<KmStep> steps, List<Double> censorTimes, double end) {

    /**
     * @throws IllegalArgumentException if steps are out of order or survival rises, or a
     *     time is outside [0, {@code end}]
     * @throws NullPointerException if an argument or an element is {@code null}
     */
    public KmCurve {
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
        if (!(Double.isFinite(end) && end >= 0.0)) {
            throw new IllegalArgumentException("end must be finite and >= 0: " + end);
        }
        double t = -1.0;
        double s = 1.0;
        for (KmStep step : steps) {
            if (step.time() <= t) {
                throw new IllegalArgumentException("curve '" + label
                        + "': step times must increase strictly, found " + step.time()
                        + " after " + t);
            }
            if (step.survival() > s + SurvivalPoint.TOLERANCE) {
                throw new IllegalArgumentException("curve '" + label + "': survival rises to "
                        + step.survival() + " at day " + step.time());
            }
            if (step.time() > end) {
                throw new IllegalArgumentException("curve '" + label + "': step at day "
                        + step.time() + " after the end " + end);
            }
            t = step.time();
            s = step.survival();
        }
        List<Double> censored = new ArrayList<>();
        for (Double c : censorTimes) {
            if (!(c >= 0.0 && c <= end)) {
                throw new IllegalArgumentException("curve '" + label + "': censor time " + c
                        + " outside [0, " + end + "]");
            }
            censored.add(c == 0.0 ? 0.0 : c); // -0.0 -> 0.0
        }
        censorTimes = censored.stream().distinct().sorted().toList();
    }

    /**
     * The estimate at {@code time}: the survival of the last step at or before it, or 1
     * before the first step.
     *
     * @param time a day
     * @return the survival, in [0, 1]
     */
    public double survivalAt(double time) {
        double s = 1.0;
        for (KmStep step : this.steps) {
            if (step.time() > time) {
                break;
            }
            s = step.survival();
        }
        return s;
    }
}
