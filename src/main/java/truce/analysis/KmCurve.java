package truce.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import truce.stats.ConfidenceType;
import truce.stats.SurvivalCurve;
import truce.stats.SurvivalStep;

/**
 * A Kaplan–Meier curve of one group of runs (a design point, or a level of one
 * parameter), for a Kaplan–Meier chart. The curve starts at survival 1 (interval
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
 * @param riskTable runs at risk and cumulative collapses at regular days, for the
 *     number-at-risk table under a chart (Morris et al. 2019); not {@code null}, may be empty
 */
public record KmCurve(String label, List<KmStep> steps, List<Double> censorTimes, double end,
                      List<RiskCount> riskTable) {

    /** Days between the columns of the number-at-risk table. */
    public static final int TABLE_STEP = 30;

    /** A curve without a number-at-risk table. */
    public KmCurve(String label, List<KmStep> steps, List<Double> censorTimes, double end) {
        this(label, steps, censorTimes, end, List.of());
    }

    /**
     * The curve of a Kaplan–Meier estimate: a step at each collapse time with its pointwise 95%
     * interval of type {@code type} (none where the estimate is 0), censor marks, and the
     * number-at-risk table at days 0, {@value #TABLE_STEP}, 60, ... up to {@code end}.
     *
     * @param label the legend text
     * @param km the estimate
     * @param end the horizon, in days
     * @param type how the intervals are built
     */
    public static KmCurve of(String label, SurvivalCurve km, double end, ConfidenceType type) {
        List<KmStep> steps = new ArrayList<>();
        List<RiskCount> table = new ArrayList<>();
        int next = 0;
        long events = 0;
        long atRisk = km.n();
        for (SurvivalStep st : km.steps()) {
            while (next < st.time() && next <= end) {
                table.add(new RiskCount(next, atRisk, events));
                next += TABLE_STEP;
            }
            if (st.events() > 0) {
                steps.add(km.intervalAt(st.time(), 0.95, type)
                        .map(ci -> new KmStep(st.time(), st.survival(), ci.lower(), ci.upper()))
                        .orElseGet(() -> new KmStep(st.time(), st.survival(), 0.0, 0.0))); // S = 0: nothing to shade
            }
            events += st.events();
            atRisk -= st.events() + st.censored();
            if (next == st.time() && next <= end) {
                // spells ending at this day were at risk on it; collapses on it count by it
                table.add(new RiskCount(next, st.atRisk(), events));
                next += TABLE_STEP;
            }
        }
        while (next <= end) {
            table.add(new RiskCount(next, atRisk, events));
            next += TABLE_STEP;
        }
        return new KmCurve(label, steps, km.censorTimes(), end, table);
    }

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
        riskTable = List.copyOf(riskTable);
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
