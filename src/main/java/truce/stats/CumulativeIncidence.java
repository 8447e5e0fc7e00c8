package truce.stats;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Aalen–Johansen cumulative incidence of each kind of ending, with the all-cause survival and
 * infinitesimal-jackknife standard errors of both (see {@link AalenJohansen}). Immutable and
 * thread-safe. Kinds of ending are numbered {@code 1..K}; step functions are right-continuous,
 * carried forward after the last time.
 */
public final class CumulativeIncidence {

    private final double[] times;
    private final long[] atRisk;
    /** counts[0] censored, counts[k] endings of kind k, by time index. */
    private final long[][] counts;
    private final double[] survival;
    private final double[] survivalVariance;
    private final double[][] incidence;
    private final double[][] incidenceVariance;
    private final long n;

    /**
     * Computes the estimate from grouped counts.
     *
     * @param times distinct times, ascending
     * @param counts {@code counts[0][i]} censored and {@code counts[k][i]} endings of kind
     *        {@code k} at {@code times[i]}; taken over (not copied)
     */
    CumulativeIncidence(double[] times, long[][] counts) {
        final int size = times.length;
        final int causes = counts.length - 1;
        this.times = times;
        this.counts = counts;
        this.atRisk = new long[size];
        this.survival = new double[size];
        this.survivalVariance = new double[size];
        this.incidence = new double[causes + 1][size];
        this.incidenceVariance = new double[causes + 1][size];
        long total = 0;
        for (long[] c : counts) {
            for (long x : c) {
                total = Math.addExact(total, x);
            }
        }
        this.n = total;

        long risk = total;
        double s = 1.0;
        double[] f = new double[causes + 1];
        // influence of one spell still at risk (its time is later), on S and on each F_k
        double commonS = 0.0;
        double[] commonF = new double[causes + 1];
        // sums over spells that have ended, whose influence is a_k + b F_k(t) (and b S(t) on S):
        // sum m a_k^2, sum m a_k b, sum m b^2
        double[] aa = new double[causes + 1];
        double[] ab = new double[causes + 1];
        double bb = 0.0;
        double[] h = new double[causes + 1];
        for (int i = 0; i < size; i++) {
            long ended = 0;
            for (int k = 1; k <= causes; k++) {
                ended += counts[k][i];
            }
            final double nr = risk;
            final double hazard = ended / nr;
            for (int k = 1; k <= causes; k++) {
                h[k] = counts[k][i] / nr;
            }
            final double sBefore = s;
            s = sBefore * (1.0 - hazard);
            for (int k = 1; k <= causes; k++) {
                f[k] += sBefore * h[k];
            }
            // spells that end (or are censored) at this time, one group per kind of ending
            for (int c = 0; c <= causes; c++) {
                final long m = counts[c][i];
                if (m == 0) {
                    continue;
                }
                final double uS = commonS * (1.0 - hazard) - sBefore * ((c > 0 ? 1.0 : 0.0) - hazard) / nr;
                final double b = s > 0 ? uS / s : 0.0;
                bb += m * b * b;
                for (int k = 1; k <= causes; k++) {
                    final double uF = commonF[k] + commonS * h[k] + sBefore * ((k == c ? 1.0 : 0.0) - h[k]) / nr;
                    final double a = uF - b * f[k];
                    aa[k] += m * a * a;
                    ab[k] += m * a * b;
                }
            }
            // spells still at risk after this time
            for (int k = 1; k <= causes; k++) {
                commonF[k] += commonS * h[k] - sBefore * h[k] / nr;
            }
            commonS = commonS * (1.0 - hazard) + sBefore * hazard / nr;
            long censored = counts[0][i];
            atRisk[i] = risk;
            risk -= ended + censored;
            survival[i] = s;
            survivalVariance[i] = risk * commonS * commonS + s * s * bb;
            for (int k = 1; k <= causes; k++) {
                incidence[k][i] = Math.min(1.0, f[k]); // the sum of rounded terms can pass 1 by an ulp
                incidenceVariance[k][i] = Math.max(0.0,
                        risk * commonF[k] * commonF[k] + aa[k] + 2.0 * f[k] * ab[k] + f[k] * f[k] * bb);
            }
        }
    }

    /** @return the number of kinds of ending, {@code K >= 1} */
    public int causes() {
        return counts.length - 1;
    }

    /** @return number of spells, {@code >= 1} */
    public long n() {
        return n;
    }

    /** @return the spells that ended in way {@code cause} ({@code 0}: censored) */
    public long count(int cause) {
        checkCause(cause, 0);
        return Arrays.stream(counts[cause]).sum();
    }

    /** @return the distinct times at which a spell ended or was censored, ascending; a copy */
    public double[] times() {
        return times.clone();
    }

    /**
     * Spells at risk just before {@code t}: whose time is {@code >= t}.
     *
     * @param t time in days, not NaN
     * @return the number at risk, in {@code [0, n()]}
     */
    public long atRiskAt(double t) {
        int i = indexAt(t);
        if (i < 0) {
            return n;
        }
        return times[i] == t ? atRisk[i] : atRisk[i] - ended(i) - counts[0][i];
    }

    /**
     * The probability of being still in force after {@code t} (the all-cause Kaplan–Meier
     * estimate).
     *
     * @param t time in days, not NaN
     * @return {@code S(t)} in {@code [0, 1]}; 1 before the first time
     */
    public double survivalAt(double t) {
        int i = indexAt(t);
        return i < 0 ? 1.0 : survival[i];
    }

    /** @return the infinitesimal-jackknife standard error of {@link #survivalAt(double)} */
    public double survivalStandardErrorAt(double t) {
        int i = indexAt(t);
        return i < 0 ? 0.0 : Math.sqrt(survivalVariance[i]);
    }

    /**
     * The cumulative incidence of ending {@code cause} by {@code t}: the probability that the
     * ceasefire has ended that way on or before day {@code t}.
     *
     * @param cause the kind of ending, in {@code [1, causes()]}
     * @param t time in days, not NaN
     * @return {@code F_cause(t)} in {@code [0, 1]}; 0 before the first time
     * @throws IllegalArgumentException if {@code cause} is out of range or {@code t} is NaN
     */
    public double incidenceAt(int cause, double t) {
        checkCause(cause, 1);
        int i = indexAt(t);
        return i < 0 ? 0.0 : incidence[cause][i];
    }

    /**
     * The infinitesimal-jackknife standard error of {@link #incidenceAt(int, double)}, as R's
     * multi-state {@code survfit} reports it ({@code std.err}).
     *
     * @param cause the kind of ending, in {@code [1, causes()]}
     * @param t time in days, not NaN
     * @return the standard error, {@code >= 0}
     * @throws IllegalArgumentException if {@code cause} is out of range or {@code t} is NaN
     */
    public double standardErrorAt(int cause, double t) {
        checkCause(cause, 1);
        int i = indexAt(t);
        return i < 0 ? 0.0 : Math.sqrt(incidenceVariance[cause][i]);
    }

    /**
     * A pointwise interval for {@link #incidenceAt(int, double)}, as R's multi-state
     * {@code survfit} builds it from the standard error ({@code survfit_confint} with
     * {@code logse = FALSE}).
     *
     * @param cause the kind of ending, in {@code [1, causes()]}
     * @param t time in days, not NaN
     * @param level confidence level, strictly between 0 and 1
     * @param type how the interval is built; not null
     * @return the interval; empty where the incidence is 0 (R's {@code NA})
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Optional<Interval> intervalAt(int cause, double t, double level, ConfidenceType type) {
        Objects.requireNonNull(type, "type");
        return type.intervalFromProbabilityScale(incidenceAt(cause, t), standardErrorAt(cause, t), level);
    }

    /**
     * The cause-specific Kaplan–Meier curve of ending {@code cause}: the other endings treated as
     * censoring. {@code 1 - S_k(t)} overstates {@code F_k(t)} when endings compete (it answers a
     * question about a world without the other endings), which is why it is shown beside the
     * cumulative incidence and not instead of it.
     *
     * @param cause the kind of ending, in {@code [1, causes()]}
     * @return the curve, never null
     * @throws IllegalArgumentException if {@code cause} is out of range
     */
    public SurvivalCurve causeSpecificKaplanMeier(int cause) {
        checkCause(cause, 1);
        long[] events = counts[cause].clone();
        long[] censored = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            censored[i] = counts[0][i] + ended(i) - events[i];
        }
        return new SurvivalCurve(LifeTable.ofColumns(times, events, censored));
    }

    private long ended(int i) {
        long e = 0;
        for (int k = 1; k < counts.length; k++) {
            e += counts[k][i];
        }
        return e;
    }

    private void checkCause(int cause, int from) {
        if (cause < from || cause >= counts.length) {
            throw new IllegalArgumentException("cause must be in [" + from + ", " + causes() + "]: " + cause);
        }
    }

    /** Index of the last time {@code <= t}, or -1 if none. */
    private int indexAt(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("time must not be NaN");
        }
        int i = Arrays.binarySearch(times, t + 0.0);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public String toString() {
        return "CumulativeIncidence[n=" + n + ", causes=" + causes() + ", times=" + times.length + "]";
    }
}
