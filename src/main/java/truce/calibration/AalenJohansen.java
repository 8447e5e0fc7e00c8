package truce.calibration;

import java.util.List;
import java.util.TreeMap;

/**
 * The Aalen–Johansen estimator of cumulative incidence under competing endings: at each distinct
 * time {@code t_j} with {@code n_j} spells at risk, {@code d_j} endings of any kind and
 * {@code d_kj} of kind k, {@code F_k(t) = sum_{t_j <= t} S(t_j-) d_kj / n_j}, where {@code S} is
 * the Kaplan–Meier survival from every ending. The variance is the delta-method estimate
 * (Marubini &amp; Valsecchi 1995, ch. 10):
 * {@code sum_{t_j <= t} [F(t) - F(t_j)]^2 d_j / (n_j (n_j - d_j)) + S(t_j-)^2 d_kj (n_j - d_kj) / n_j^3
 * - 2 [F(t) - F(t_j)] S(t_j-) d_kj / n_j^2}, which with a single kind of ending is Greenwood's.
 *
 * <p>Calibration's own small version, until {@code truce.stats} has one to share.
 */
final class AalenJohansen {

    private AalenJohansen() {
    }

    /** The cumulative incidence of {@code kind} among {@code spells}; at least one spell. */
    static IncidenceCurve estimate(List<Observation> spells, Ending kind) {
        TreeMap<Double, long[]> table = new TreeMap<>(); // time -> {endings of any kind, of this kind, censored}
        for (Observation o : spells) {
            long[] row = table.computeIfAbsent(o.days(), t -> new long[3]);
            if (o.ending() == Ending.CENSORED) {
                row[2]++;
            } else {
                row[0]++;
                if (o.ending() == kind) {
                    row[1]++;
                }
            }
        }
        int m = table.size();
        double[] times = new double[m];
        long[] atRisk = new long[m];
        long[] all = new long[m];
        long[] mine = new long[m];
        double[] before = new double[m]; // S(t_j-)
        double[] f = new double[m];
        long n = spells.size();
        double s = 1;
        double cum = 0;
        int j = 0;
        for (var e : table.entrySet()) {
            times[j] = e.getKey();
            long[] row = e.getValue();
            atRisk[j] = n;
            all[j] = row[0];
            mine[j] = row[1];
            before[j] = s;
            cum += s * row[1] / n;
            f[j] = cum;
            s *= 1 - (double) row[0] / n;
            n -= row[0] + row[2];
            j++;
        }
        double[] variance = new double[m];
        for (int t = 0; t < m; t++) {
            double v = 0;
            for (int i = 0; i <= t; i++) {
                if (all[i] == 0) {
                    continue;
                }
                double ni = atRisk[i];
                double gap = f[t] - f[i];
                double greenwood = all[i] < atRisk[i] ? all[i] / (ni * (ni - all[i])) : 0;
                v += gap * gap * greenwood
                        + before[i] * before[i] * mine[i] * (ni - mine[i]) / (ni * ni * ni)
                        - 2 * gap * before[i] * mine[i] / (ni * ni);
            }
            variance[t] = Math.max(0, v);
        }
        return new IncidenceCurve(times, f, variance);
    }
}
